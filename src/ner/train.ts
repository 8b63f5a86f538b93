/**
 * Trains the tagger on IL-NER train, picks the epoch and O penalty by F1 on dev, and writes
 * data/ner/model.json and data/ner/tag-profile.tsv.
 * Deterministic: fixed seed, first-seen feature ids, integer weights, sorted rows.
 *
 *   npm run train:ner            # writes data/ner/model.json and prints dev/test scores
 *   npm run train:ner -- --dry   # trains and scores without writing
 *   npm run train:ner -- --dry --holdout   # compares recipes: a fifth of train held out as a second dev set
 */
import { writeFileSync } from 'node:fs';
import { augmentWithOrigin, splitBracketedSpans } from './augment.ts';
import { sentenceFeatures } from './features.ts';
import { namedCount, readIlNer, type TaggedSentence } from './ilner.ts';
import { LABELS, NUM_LABELS } from './labels.ts';
import { classesWithNames, type WordClasses } from './lexicon.ts';
import { nameLists, type NameLists } from './names.ts';
import { countTags, profileClasses, profileSentences, PROFILE_PATH, serialiseProfile, type TagCounts } from './profile.ts';
import { MODEL_FORMAT, MODEL_PATH, modelFromDocument, serialiseModel, type ModelDocument, type NerModel } from './model.ts';
import { AveragedPerceptron, seededRandom, shuffledIndices, type AveragedWeights, type EncodedSentence } from './perceptron.ts';
import { SpanScorer } from './spans.ts';
import { emissions, tagWithModel } from './decode.ts';
import { maxMarginals, tagConfidence, viterbi } from './viterbi.ts';

/** Training settings; changing any of them changes the model. */
export const SETTINGS = {
  seed: 20240605,
  maxEpochs: 12,
  /** A feature must occur this often in train to get weights. */
  minCount: Number(process.env.NER_MIN_COUNT ?? 1),
  /** Weights are stored as round(w × scale). */
  scale: 64,
  /** Candidate penalties on the `O` tag (folded into the always-on `b` feature), tuned on dev: the perceptron is precision-heavy. */
  oPenalties: [0, 1, 2, 3, 4, 6, 8, 10, 12, 15],
  /** Candidate softmax temperatures (in stored weight units) for confidences, tuned on dev by log-loss. */
  temperatures: [512, 1024, 2048, 3072, 4096, 6144, 8192],
  /** Perceptrons trained on differently seeded shuffles (seed, seed + 1, …) whose averaged weights are averaged. */
  runs: Number(process.env.NER_RUNS ?? 3),
  /** Folds for the jackknifed name lists of training sentences. */
  nameFolds: 5,
  /** First-pass taggers of the corpus tag profile (profile.ts): epochs and O penalty. */
  profile: { epochs: 3, oPenalty: 6 },
  /** Whether the corpus tag profile is built and used (`NER_PROFILE=0` turns it off, for comparisons). */
  useProfile: process.env.NER_PROFILE !== '0',
  /** Whether the profile's first-pass taggers learn from the whole training set (default) or only its named part (`NER_PROFILE_FROM=named`: pooled 0.760 against 0.765). */
  profileFromAll: process.env.NER_PROFILE_FROM !== 'named',
  /**
   * Which train sentences the model learns from (`NER_TRAIN`). IL-NER is sorted by the entity
   * types its sentences hold; its second half is the sentences with no tagged entity (ilner.ts
   * `namedCount`). `all` (default): the whole file, the distribution dev and test have. `named`:
   * only the sentences before that tail. `clean`: the named part and the tail sentences in which a
   * first-pass tagger trained on the named part finds no name (the rest may be annotators' misses).
   */
  trainOn: (process.env.NER_TRAIN ?? 'all') as 'all' | 'named' | 'clean',
  /** Whether the epoch, O penalty and temperature are tuned on the whole dev file (default) or, with `NER_TUNE=named`, on its named part. */
  tuneOnAll: process.env.NER_TUNE !== 'named',
  /** `--holdout` holds out every `holdoutEvery`-th sentence of the whole train file as a second development set (experiments only). */
  holdoutEvery: 5,
  /** After tuning on dev, train the model again on train + dev with the tuned settings (`NER_FINAL_DEV=1`; off: in round 6 it gave test 0.776 against 0.774, within noise, and dev would stop being held out). */
  finalOnTrainAndDev: process.env.NER_FINAL_DEV === '1',
};

const L = NUM_LABELS;

/**
 * The name lists each training fold sees: those built from the other folds only (jackknife), so
 * the list features are trusted as much as they deserve on unseen words.
 */
function foldLists(raw: readonly TaggedSentence[], named: number = raw.length): NameLists[] {
  const K = SETTINGS.nameFolds;
  return Array.from({ length: K }, (_, k) => nameLists(raw.filter((_, i) => i < named && i % K !== k)));
}

/**
 * The tail sentences in which a first-pass tagger trained on the named part finds no name
 * (`NER_TRAIN=clean`): a name found there may be one the annotators missed.
 */
function cleanTail(head: readonly TaggedSentence[], tail: readonly TaggedSentence[]): TaggedSentence[] {
  const augmented = augmentWithOrigin(head);
  const listClasses = foldLists(head).map((l) => classesWithNames(l));
  const first = trainFirstPass(augmented, listClasses, SETTINGS.seed + 200);
  const classes = classesWithNames(nameLists(head));
  const clean = tail.filter((s) => tagWithModel(s.words, first, [], classes).every((t) => t === 'O'));
  console.error(`tail: ${clean.length} of ${tail.length} sentences kept (no name found by a first pass)`);
  return clean;
}

/**
 * A first-pass tagger for the corpus tag profile: one perceptron, fixed epochs and O penalty,
 * over the given training sentences, each with the name-list classes of its fold (no profile
 * classes).
 */
function trainFirstPass(items: readonly { sentence: TaggedSentence; origin: number }[], listClasses: readonly WordClasses[], seed: number): NerModel {
  const { encoded, names } = encode(items.map((x) => x.sentence), items.map((x) => listClasses[x.origin % SETTINGS.nameFolds]));
  const p = new AveragedPerceptron(names.length);
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= SETTINGS.profile.epochs; epoch++) for (const i of shuffledIndices(encoded.length, random)) p.step(encoded[i]);
  const avg = p.averaged();
  avg.weights[names.indexOf('b') * L] -= SETTINGS.profile.oPenalty;
  return modelFromDocument(quantise(names, avg.weights, avg.transitions, {}), 'first-pass model');
}

/**
 * Corpus tag profiles (profile.ts): one per fold, from a first-pass tagger trained without that
 * fold and run with that fold's name lists, and one from a tagger trained on all of train (the
 * profile committed for dev, test and use), run with the name lists of `head`, train's named part.
 */
function buildProfiles(head: readonly TaggedSentence[], augmented: readonly { sentence: TaggedSentence; origin: number }[], lists: readonly NameLists[]): { folds: TagCounts[]; full: TagCounts } {
  const K = SETTINGS.nameFolds;
  const corpus = profileSentences();
  const t0 = performance.now();
  const listClasses = lists.map((l) => classesWithNames(l));
  const source = SETTINGS.profileFromAll ? augmented : augmented.filter((x) => x.origin < head.length);
  const folds = lists.map((_, k) => {
    const part = source.filter((x) => x.origin % K !== k);
    const model = trainFirstPass(part, listClasses, SETTINGS.seed + 100 + k);
    const counts = countTags(corpus, (words) => tagWithModel(words, model, [], listClasses[k]));
    console.error(`profile fold ${k + 1}/${K}: ${counts.size} words (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    return counts;
  });
  const model = trainFirstPass(source, listClasses, SETTINGS.seed + 100 + K);
  const fullClasses = classesWithNames(nameLists(head));
  const full = countTags(corpus, (words) => tagWithModel(words, model, [], fullClasses));
  console.error(`profile: ${corpus.length} corpus sentences, ${profileClasses(full).size} words with a class (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  return { folds, full };
}

/** The element-wise mean of several runs' averaged weights (the first array is reused). */
function meanWeights(all: AveragedWeights[]): AveragedWeights {
  const [first, ...rest] = all;
  for (const r of rest) {
    for (let i = 0; i < first.weights.length; i++) first.weights[i] += r.weights[i];
    for (let i = 0; i < first.transitions.length; i++) first.transitions[i] += r.transitions[i];
  }
  for (let i = 0; i < first.weights.length; i++) first.weights[i] /= all.length;
  for (let i = 0; i < first.transitions.length; i++) first.transitions[i] /= all.length;
  return first;
}

function encode(sentences: TaggedSentence[], classes: readonly WordClasses[]): { encoded: EncodedSentence[]; names: string[] } {
  const feats = sentences.map((s, i) => sentenceFeatures(s.words, [], classes[i]));
  const counts = new Map<string, number>();
  for (const s of feats) for (const w of s) for (const f of w) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const [f, c] of counts) {
    if (c >= SETTINGS.minCount) {
      ids.set(f, names.length);
      names.push(f);
    }
  }
  const encoded = sentences.map((s, i) => {
    const offsets = new Int32Array(s.words.length + 1);
    const list: number[] = [];
    feats[i].forEach((w, t) => {
      for (const f of w) {
        const id = ids.get(f);
        if (id !== undefined) list.push(id);
      }
      offsets[t + 1] = list.length;
    });
    return { feats: Int32Array.from(list), offsets, gold: Int32Array.from(s.tags, (t) => LABELS.indexOf(t)) };
  });
  return { encoded, names };
}

/** Scores a model on sentences whose features are precomputed. */
function evaluate(model: NerModel, data: { feats: string[][]; tags: string[] }[]): ReturnType<SpanScorer['scores']> {
  const scorer = new SpanScorer();
  for (const s of data) {
    const pred = viterbi(emissions(s.feats, model), s.tags.length, model.transitions);
    scorer.add(s.tags, Array.from(pred, (y) => LABELS[y]));
  }
  return scorer.scores();
}

/** The softmax temperature with the lowest dev log-loss of the gold tag, over words where gold or prediction is an entity. */
function calibrate(model: NerModel, data: { feats: string[][]; tags: string[] }[]): number {
  const decoded = data.map((s) => {
    const emit = emissions(s.feats, model);
    const n = s.tags.length;
    return { mm: maxMarginals(emit, n, model.transitions), path: viterbi(emit, n, model.transitions), gold: s.tags.map((t) => LABELS.indexOf(t as never)) };
  });
  let best = { temperature: SETTINGS.temperatures[0], loss: Infinity };
  for (const temperature of SETTINGS.temperatures) {
    let loss = 0;
    for (const d of decoded) {
      d.gold.forEach((g, t) => {
        if (g !== 0 || d.path[t] !== 0) loss -= Math.log(Math.max(1e-12, tagConfidence(d.mm, t, g, temperature)));
      });
    }
    if (loss < best.loss) best = { temperature, loss };
  }
  return best.temperature;
}

function quantise(names: string[], weights: Float64Array, transitions: Float64Array, meta: Record<string, unknown>): ModelDocument {
  const q = (v: number) => Math.round(v * SETTINGS.scale) + 0; // + 0 turns -0 into 0
  const rows: [string, ...number[]][] = [];
  names.forEach((name, r) => {
    const row = Array.from(weights.subarray(r * L, r * L + L), q);
    if (row.some((v) => v !== 0)) rows.push([name, ...row]);
  });
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { format: MODEL_FORMAT, labels: [...LABELS], meta, transitions: Array.from(transitions, q), features: rows };
}

function fmt(rows: ReturnType<SpanScorer['scores']>): string {
  return rows.map((r) => `${r.type} P=${r.precision.toFixed(4)} R=${r.recall.toFixed(4)} F1=${r.f1.toFixed(4)}`).join('  ');
}

function main(): void {
  const dry = process.argv.includes('--dry');
  // Malformed `-` tags become O (dropping those sentences measured worse on dev). Bracketed
  // acronyms split off, Latin-acronym copies added (see augment.ts).
  const allTrain = readIlNer('train');
  const dev = readIlNer('dev');
  const test = readIlNer('test');
  if (!allTrain || !dev || !test) throw new Error('IL-NER not found under ../shared/data/il-ner');
  // --holdout: an experiment mode with a second development set, every fifth sentence of train
  // (the file is sorted by entity type, so only an interleaved sample is like the whole); the
  // epoch and O penalty are then chosen on dev and that held-out part together. Never used for
  // the committed model.
  const holdout = process.argv.includes('--holdout');
  const named = namedCount(allTrain);
  const held = (i: number) => holdout && i % SETTINGS.holdoutEvery === SETTINGS.holdoutEvery - 1;
  const dev2 = allTrain.filter((_, i) => held(i));
  const head = allTrain.filter((_, i) => !held(i) && i < named);
  const tail = SETTINGS.trainOn === 'named' ? [] : allTrain.filter((_, i) => !held(i) && i >= named);
  const raw = [...head, ...(SETTINGS.trainOn === 'clean' ? cleanTail(head, tail) : tail)];
  console.error(`train: ${raw.length} of ${allTrain.length} sentences`);
  const augmented = augmentWithOrigin(raw);
  const train = augmented.map((x) => x.sentence);
  const t0 = performance.now();
  // Name lists come from the named part only (names in the tail are misses); fold k of a tail sentence is its index mod K, as for the head.
  const lists = foldLists(raw, head.length);
  const profiles = SETTINGS.useProfile ? buildProfiles(head, augmented, lists) : { folds: lists.map(() => new Map()), full: new Map() };
  const foldProfileClasses = profiles.folds.map(profileClasses);
  const byFold = lists.map((l, k) => classesWithNames(l, foldProfileClasses[k]));
  const trainClasses = augmented.map((x) => byFold[x.origin % SETTINGS.nameFolds]);
  const evalClasses = classesWithNames(nameLists(head), profileClasses(profiles.full));
  const { encoded, names } = encode(train, trainClasses);
  const devData = dev.map((s) => ({ feats: sentenceFeatures(s.words, [], evalClasses), tags: s.tags }));
  const dev2Data = dev2.map((s) => ({ feats: sentenceFeatures(s.words, [], evalClasses), tags: s.tags }));
  const devNamed = devData.slice(0, namedCount(dev));
  const tuneData = [...(SETTINGS.tuneOnAll ? devData : devNamed), ...dev2Data];
  console.error(`features: ${names.length}, sentences: ${encoded.length}, encoded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const index = new Map(names.map((n, i) => [n, i]));
  // Several perceptrons, each over its own seeded shuffle; the model is the mean of their averaged weights (less dependent on one order).
  const runs = Array.from({ length: SETTINGS.runs }, (_, k) => ({ perceptron: new AveragedPerceptron(names.length), random: seededRandom(SETTINGS.seed + k) }));
  const biasRow = index.get('b')!;
  let bestPenalty = { penalty: 0, f1: -1 };
  let best: { epoch: number; f1: number } & AveragedWeights = { epoch: 0, f1: -1, weights: new Float64Array(0), transitions: new Float64Array(0) };
  for (let epoch = 1; epoch <= SETTINGS.maxEpochs; epoch++) {
    let mistakes = 0;
    for (const { perceptron, random } of runs) for (const i of shuffledIndices(encoded.length, random)) if (perceptron.step(encoded[i])) mistakes++;
    const avg = meanWeights(runs.map((r) => r.perceptron.averaged()));
    // The epoch and the O penalty are chosen together on dev: the penalty is subtracted from the O weight of the bias feature.
    for (const penalty of SETTINGS.oPenalties) {
      const weights = avg.weights.slice();
      weights[biasRow * L] -= penalty;
      const scores = evaluate({ index, weights, transitions: avg.transitions, meta: {} }, tuneData);
      const f1 = scores[scores.length - 1].f1;
      console.error(`epoch ${epoch} O penalty ${penalty}: wrong sentences ${mistakes}, ${holdout ? 'dev + held-out' : 'dev'} ${fmt(scores.slice(-1))}`);
      if (f1 > best.f1) {
        best = { epoch, f1, ...avg };
        bestPenalty = { penalty, f1 };
      }
    }
  }
  best.weights[biasRow * L] -= bestPenalty.penalty;
  const meta = {
    data: `IL-NER Hindi train${SETTINGS.trainOn === 'all' ? '' : ` (${SETTINGS.trainOn} sentences)`}${SETTINGS.finalOnTrainAndDev ? ' + dev' : ''} (CC-BY-4.0), see data/ner/SOURCE.md`,
    trainer: 'averaged structured perceptron, first-order Viterbi, BIO constraints',
    features: `lexicon, clusters, gazetteer words and name lists (data/ner/gazetteer-words.json)${SETTINGS.useProfile ? ', corpus tag profile (data/ner/tag-profile.tsv)' : ''}; name lists and profile jackknifed over training folds`,
    nameFolds: SETTINGS.nameFolds,
    epochs: best.epoch,
    oPenalty: bestPenalty.penalty,
    seed: SETTINGS.seed,
    minCount: SETTINGS.minCount,
    scale: SETTINGS.scale,
  };
  const quantised = quantise(names, best.weights, best.transitions, meta);
  const temperature = calibrate(modelFromDocument(quantised, 'trained model'), SETTINGS.tuneOnAll ? devData : devNamed);
  const tuned = modelFromDocument({ ...quantised, meta: { ...meta, temperature } }, 'trained model');
  const testData = test.map((s) => ({ feats: sentenceFeatures(s.words, [], evalClasses), tags: s.tags }));
  console.log(`confidence temperature ${temperature}; best epoch ${best.epoch}; O penalty ${bestPenalty.penalty}`);
  console.log(`train-only model: dev  ${fmt(evaluate(tuned, devData))}`);
  console.log(`train-only model: dev (named part) ${fmt(evaluate(tuned, devNamed).slice(-1))}`);
  if (holdout) {
    console.log(`train-only model: held-out ${fmt(evaluate(tuned, dev2Data))}`);
    console.log(`train-only model: dev + held-out (the tuning set) ${fmt(evaluate(tuned, tuneData).slice(-1))}`);
    if (!SETTINGS.tuneOnAll) console.log(`train-only model: whole dev + held-out ${fmt(evaluate(tuned, [...devData, ...dev2Data]).slice(-1))}`);
  }
  console.log(`train-only model: test ${fmt(evaluate(tuned, testData))}`);
  console.log(`train-only model: test (named part) ${fmt(evaluate(tuned, testData.slice(0, namedCount(test))).slice(-1))}`);
  let doc: ModelDocument = { ...quantised, meta: { ...meta, temperature } };
  if (SETTINGS.finalOnTrainAndDev) {
    // The epoch count, O penalty and temperature chosen on dev; the final model also learns from dev.
    // Dev sentences get the committed name lists (built from train alone, so out-of-fold for dev).
    const devPart = SETTINGS.trainOn === 'named' ? dev.slice(0, devNamed.length) : dev;
    const all = [...train, ...devPart.map((s) => ({ ...s, tags: splitBracketedSpans(s.words, s.tags) }))];
    const final = encode(all, [...trainClasses, ...devPart.map(() => evalClasses)]);
    const p = new AveragedPerceptron(final.names.length);
    const r = seededRandom(SETTINGS.seed);
    for (let epoch = 1; epoch <= best.epoch; epoch++) for (const i of shuffledIndices(final.encoded.length, r)) p.step(final.encoded[i]);
    const avg = p.averaged();
    avg.weights[final.names.indexOf('b') * L] -= bestPenalty.penalty;
    doc = { ...quantise(final.names, avg.weights, avg.transitions, meta), meta: { ...meta, temperature } };
  }
  const model = modelFromDocument(doc, 'trained model');
  console.log(`stored features ${doc.features.length}`);
  console.log(`final model: test ${fmt(evaluate(model, testData))}`);
  if (!dry && !holdout) {
    writeFileSync(PROFILE_PATH, serialiseProfile(profiles.full));
    const text = serialiseModel(doc);
    writeFileSync(MODEL_PATH, text);
    console.log(`wrote ${MODEL_PATH} (${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}

if (!process.env.NER_NO_MAIN) main();
