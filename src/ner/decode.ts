/**
 * Tagging with a model: features → emission scores → Viterbi.
 *
 * The fast path caches, per model, summed weight vectors: per written word (its offset
 * features at each offset −2…+2, and for a postposition its `ppn`/`ppp` features), per cluster
 * pair, per shape trigram, and the constant features; word-bigram features are found through a
 * table of the bigrams the model knows, by first word. So a sentence of known words costs no
 * string work, and the cache does not grow with every word pair seen. It gives exactly the scores of the plain path
 * (weights are integers), which a test checks.
 */
import { wordClusters } from './clusters.ts';
import { AFTER, BEFORE, HEAD_CLASSES, HEAD_WINDOW, headFeatures, leftPairFeature, offsetFeatures, rightPairFeature, sentenceFeatures, sentenceView, wordInfo, type FeatureSource, type WordInfo } from './features.ts';
import { LABELS, NUM_LABELS, type Label } from './labels.ts';
import { wordClasses, type WordClasses } from './lexicon.ts';
import type { NerModel } from './model.ts';
import { decodeWithMarginals, tagConfidence, viterbi } from './viterbi.ts';

const L = NUM_LABELS;
const OFFSETS = 5; // d = −2 … +2
/** The cache is emptied when it holds more words than CACHE_LIMIT or more shape trigrams than TRIGRAM_LIMIT (bounded memory on long streams). */
const CACHE_LIMIT = 200_000;
const TRIGRAM_LIMIT = 1_000_000;
/** Shape ids fit in 17 bits so that three of them make one exact number key. */
const ID_BITS = 2 ** 17;
const PP_WINDOW = 4;
const TITLE_WINDOW = 3;

interface CachedWord {
  info: WordInfo;
  /** `OFFSETS × L` summed weights, row d+2. */
  scores: Float64Array;
  /** The model's word bigrams that start with this word: next word's norm → [row of `w|w+1`, row of `w-1|w`] (−1: none); null when none. */
  bigrams: ReadonlyMap<string, readonly [number, number]> | null;
  /** Small id of the word's cluster key (cluster pairs are cached by id). */
  clusterId: number;
  /** The word's norm holds '|', so its pair features are looked up by name. */
  bar: boolean;
  /** Small id of the word's shape (shape trigrams are cached by id). */
  shapeId: number;
  postposition: boolean;
  title: boolean;
  /** For a postposition: `PP_WINDOW × L`, row k−1 what it gives the word k places before it (`ppn=`, `ppn=…@k`). */
  ppn: Float64Array | null;
  /** For a postposition: what it gives a word after it (`ppp=`). */
  ppp: Float64Array | null;
  /** For a name head word: `HEAD_WINDOW × L`, row k−1 what it gives the word k places before it (`hd@k=`, `hd=`). */
  head: Float64Array | null;
}

interface Cache {
  words: Map<string, CachedWord>;
  /** The sentence edges (`BEFORE`, `AFTER`), kept apart from real words. */
  before: CachedWord;
  after: CachedWord;
  /** First word → second word → [row of `w|w+1=a|b`, row of `w-1|w=a|b`], for the bigrams in the model. */
  bigrams: Map<string, Map<string, [number, number]>>;
  /** Cluster key → small id. */
  clusterIds: Map<string, number>;
  /**
   * Cluster pair (ids a, b as one small number) → `2 × L` weights: row 0 what `cl0|cl+1` gives
   * the first word, row 1 what `cl-1|cl0` gives the second.
   */
  clusterPairs: Map<number, Float64Array>;
  /** Shape → small id. */
  shapeIds: Map<string, number>;
  shapes: string[];
  /** Shape trigram (ids a, b, c as one number) → what `sh-1|sh|sh+1` gives the middle word. */
  trigrams: Map<number, Float64Array>;
  /** Weights of the constant features: `b`, `title<=3`, `first`, `last`. */
  bias: Float64Array;
  titleNear: Float64Array;
  first: Float64Array;
  last: Float64Array;
}

const caches = new WeakMap<NerModel, Cache>();

function addFeatures(features: readonly string[], model: NerModel, out: Float64Array, base: number): void {
  const { index, weights } = model;
  for (const f of features) {
    const r = index.get(f);
    if (r === undefined) continue;
    const w = r * L;
    for (let y = 0; y < L; y++) out[base + y] += weights[w + y];
  }
}

/** Adds one feature's weights (if the model knows it) to `out` at `base`. */
function addFeature(feature: string, model: NerModel, out: Float64Array, base: number): void {
  const r = model.index.get(feature);
  if (r === undefined) return;
  const { weights } = model;
  const w = r * L;
  for (let y = 0; y < L; y++) out[base + y] += weights[w + y];
}

function featureVector(feature: string, model: NerModel): Float64Array {
  const v = new Float64Array(L);
  addFeature(feature, model, v, 0);
  return v;
}

function cachedScores(info: WordInfo, model: NerModel): Float64Array {
  const scores = new Float64Array(OFFSETS * L);
  const buf: string[] = [];
  for (let d = -2; d <= 2; d++) {
    buf.length = 0;
    offsetFeatures(info, d, buf);
    addFeatures(buf, model, scores, (d + 2) * L);
  }
  return scores;
}

function shapeId(shape: string, cache: Cache): number {
  let id = cache.shapeIds.get(shape);
  if (id === undefined) {
    id = cache.shapes.length;
    cache.shapes.push(shape);
    cache.shapeIds.set(shape, id);
  }
  return id;
}

function cachedWord(info: WordInfo, model: NerModel, cache: Cache): CachedWord {
  const postposition = info.classes.includes('postposition');
  let ppn: Float64Array | null = null;
  let ppp: Float64Array | null = null;
  if (postposition) {
    ppn = new Float64Array(PP_WINDOW * L);
    for (let k = 1; k <= PP_WINDOW; k++) {
      addFeature('ppn=' + info.norm, model, ppn, (k - 1) * L);
      addFeature('ppn=' + info.norm + '@' + k, model, ppn, (k - 1) * L);
    }
    ppp = featureVector('ppp=' + info.norm, model);
  }
  let head: Float64Array | null = null;
  if (HEAD_CLASSES.some((c) => info.classes.includes(c))) {
    head = new Float64Array(HEAD_WINDOW * L);
    const buf: string[] = [];
    for (let k = 1; k <= HEAD_WINDOW; k++) {
      buf.length = 0;
      headFeatures(info, k, buf);
      addFeatures(buf, model, head, (k - 1) * L);
    }
  }
  return {
    info, scores: cachedScores(info, model), shapeId: shapeId(info.shape, cache),
    bigrams: info.norm.includes('|') ? null : cache.bigrams.get(info.norm) ?? null, clusterId: clusterId(info.clusterKey, cache), bar: info.norm.includes('|'),
    postposition, title: info.classes.includes('title'), ppn, ppp, head,
  };
}

function newCache(model: NerModel): Cache {
  const cache = {
    words: new Map(), bigrams: modelBigrams(model), clusterIds: new Map(), clusterPairs: new Map(), shapeIds: new Map(), shapes: [], trigrams: new Map(),
    bias: featureVector('b', model), titleNear: featureVector('title<=3', model), first: featureVector('first', model), last: featureVector('last', model),
  } as unknown as Cache;
  cache.before = cachedWord(BEFORE, model, cache);
  cache.after = cachedWord(AFTER, model, cache);
  return cache;
}

function cacheFor(model: NerModel): Cache {
  let cache = caches.get(model);
  if (!cache || cache.words.size > CACHE_LIMIT || cache.trigrams.size > TRIGRAM_LIMIT || cache.shapes.length >= ID_BITS || cache.clusterIds.size >= CLUSTER_ID_LIMIT) caches.set(model, (cache = newCache(model)));
  return cache;
}

/** Cluster ids stay below this, so that two make one small-integer key. */
const CLUSTER_ID_LIMIT = 4096;

function clusterId(key: string, cache: Cache): number {
  let id = cache.clusterIds.get(key);
  if (id === undefined) {
    id = cache.clusterIds.size;
    cache.clusterIds.set(key, id);
  }
  return id;
}

/** The model's word-bigram rows by first and second word, read once from the feature names. */
function modelBigrams(model: NerModel): Map<string, Map<string, [number, number]>> {
  const out = new Map<string, Map<string, [number, number]>>();
  const put = (rest: string, row: number, side: 0 | 1) => {
    const bar = rest.indexOf('|');
    // A word with '|' in it makes the split ambiguous: such pairs take the string path.
    if (bar < 0 || rest.indexOf('|', bar + 1) >= 0) return;
    const [a, b] = [rest.slice(0, bar), rest.slice(bar + 1)];
    let next = out.get(a);
    if (!next) out.set(a, (next = new Map()));
    let rows = next.get(b);
    if (!rows) next.set(b, (rows = [-1, -1]));
    rows[side] = row;
  };
  for (const [feature, row] of model.index) {
    if (feature.startsWith('w|w+1=')) put(feature.slice(6), row, 0);
    else if (feature.startsWith('w-1|w=')) put(feature.slice(6), row, 1);
  }
  return out;
}

/** Adds model row `row` (if any) to `out` at `base`. */
function addRow(model: NerModel, row: number, out: Float64Array, base: number): void {
  if (row < 0) return;
  const { weights } = model;
  const w = row * L;
  for (let y = 0; y < L; y++) out[base + y] += weights[w + y];
}

/**
 * Adds what the pair (a, b) gives its two words: row 0 of the pair to `out` at `baseA` (when
 * ≥ 0), row 1 at `baseB` (when ≥ 0): the cluster bigram from the cache, the word bigram from the
 * model's table (or by its feature names where a word holds '|').
 */
function addPair(a: CachedWord, b: CachedWord, model: NerModel, cache: Cache, out: Float64Array, baseA: number, baseB: number): void {
  const key = a.clusterId * CLUSTER_ID_LIMIT + b.clusterId;
  let cp = cache.clusterPairs.get(key);
  if (!cp) {
    cp = new Float64Array(2 * L);
    addFeature('cl0|cl+1=' + a.info.clusterKey + '|' + b.info.clusterKey, model, cp, 0);
    addFeature('cl-1|cl0=' + a.info.clusterKey + '|' + b.info.clusterKey, model, cp, L);
    cache.clusterPairs.set(key, cp);
  }
  if (baseA >= 0) addInto(out, baseA, cp, 0);
  if (baseB >= 0) addInto(out, baseB, cp, L);
  if (a.bar || b.bar) {
    if (baseA >= 0) addFeature(rightPairFeature(a.info, b.info), model, out, baseA);
    if (baseB >= 0) addFeature(leftPairFeature(a.info, b.info), model, out, baseB);
    return;
  }
  const rows = a.bigrams?.get(b.info.norm);
  if (!rows) return;
  if (baseA >= 0) addRow(model, rows[0], out, baseA);
  if (baseB >= 0) addRow(model, rows[1], out, baseB);
}

function trigramScores(a: CachedWord, b: CachedWord, c: CachedWord, model: NerModel, cache: Cache): Float64Array {
  const key = (a.shapeId * ID_BITS + b.shapeId) * ID_BITS + c.shapeId;
  let s = cache.trigrams.get(key);
  if (!s) {
    // The bias feature fires with every trigram: its weights ride in the same vector (integers, so the sum is exact).
    s = featureVector('sh-1|sh|sh+1=' + a.info.shape + '|' + b.info.shape + '|' + c.info.shape, model);
    addInto(s, 0, cache.bias, 0);
    cache.trigrams.set(key, s);
  }
  return s;
}

function addInto(out: Float64Array, base: number, v: Float64Array, off: number): void {
  for (let y = 0; y < L; y++) out[base + y] += v[off + y];
}

/**
 * Emission scores `n × L` for a sentence's features under `model` (unknown features score 0).
 * @example emissions([['b']], model).length // 7
 */
export function emissions(features: readonly (readonly string[])[], model: NerModel): Float64Array {
  const out = new Float64Array(features.length * L);
  for (let t = 0; t < features.length; t++) addFeatures(features[t], model, out, t * L);
  return out;
}

/**
 * Emission scores `n × L` for a sentence's words, the same numbers as
 * `emissions(sentenceFeatures(words, extra), model)`, computed with the per-word cache: every
 * feature's weights come from a vector cached per word, word pair, shape trigram or constant,
 * so a sentence of known words costs no string work at all. Weights are integers, so the order
 * of the sums does not change them.
 * @example fastEmissions(['रूस', 'ने'], model).length // 14
 */
export function fastEmissions(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = [], classes: WordClasses = wordClasses()): Float64Array {
  const n = words.length;
  const cache = cacheFor(model);
  const wordCache = cache.words;
  const clusters = wordClusters();
  // entries[j + 1] is word j; entries[0] and entries[n + 1] the sentence edges.
  const entries: CachedWord[] = new Array(n + 2);
  entries[0] = cache.before;
  entries[n + 1] = cache.after;
  for (let i = 0; i < n; i++) {
    let c = wordCache.get(words[i]);
    if (!c) {
      c = cachedWord(wordInfo(words[i], classes, clusters), model, cache);
      wordCache.set(words[i], c);
    }
    entries[i + 1] = c;
  }
  const out = new Float64Array(n * L);
  // Each word pair (edges included) once: it gives the word on its left row 0, on its right row 1.
  for (let k = 0; k <= n; k++) addPair(entries[k], entries[k + 1], model, cache, out, k >= 1 ? (k - 1) * L : -1, k < n ? k * L : -1);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    // entries[] already holds the edges at 0 and n + 1; further out the edge repeats.
    addInto(out, base, (i < 2 ? cache.before : entries[i - 1]).scores, 0);
    addInto(out, base, entries[i].scores, L);
    addInto(out, base, entries[i + 1].scores, 2 * L);
    addInto(out, base, entries[i + 2].scores, 3 * L);
    addInto(out, base, (i + 3 > n + 1 ? cache.after : entries[i + 3]).scores, 4 * L);
    addInto(out, base, trigramScores(entries[i], entries[i + 1], entries[i + 2], model, cache), 0);
    for (let j = i + 1; j < n && j <= i + PP_WINDOW; j++) {
      const e = entries[j + 1];
      if (e.postposition) {
        addInto(out, base, e.ppn!, (j - i - 1) * L);
        break;
      }
    }
    for (let j = i + 1; j < n && j <= i + HEAD_WINDOW; j++) {
      const e = entries[j + 1];
      if (e.postposition) break;
      if (e.head) addInto(out, base, e.head, (j - i - 1) * L);
    }
    for (let j = i - 1; j >= 0 && j >= i - PP_WINDOW; j--) {
      const e = entries[j + 1];
      if (e.postposition) {
        addInto(out, base, e.ppp!, 0);
        break;
      }
    }
    for (let j = i - 1; j >= 0 && j >= i - TITLE_WINDOW; j--) {
      if (entries[j + 1].title) {
        addInto(out, base, cache.titleNear, 0);
        break;
      }
    }
    if (i === 0) addInto(out, base, cache.first, 0);
    if (i === n - 1) addInto(out, base, cache.last, 0);
  }
  if (extra.length) {
    const view = sentenceView(entries.slice(1, n + 1).map((e) => e.info));
    const buf: string[] = [];
    for (let i = 0; i < n; i++) {
      buf.length = 0;
      for (const source of extra) source(view, i, buf);
      addFeatures(buf, model, out, i * L);
    }
  }
  return out;
}

/**
 * The BIO tags of one sentence's words under a given model. `classes` replaces the word classes
 * (first-pass taggers of training folds use their own); the per-word cache belongs to the model,
 * so one model must always be used with the same classes.
 * @example tagWithModel(['रूस', 'ने'], model) // ['B-LOC', 'O']
 */
export function tagWithModel(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = [], classes: WordClasses = wordClasses()): Label[] {
  if (words.length === 0) return [];
  return Array.from(viterbi(fastEmissions(words, model, extra, classes), words.length, model.transitions), (y) => LABELS[y]);
}

/**
 * The slow reference path: string features for every word, then scores (used by training and tests).
 * @example tagWithModelReference(['रूस', 'ने'], model) // same as tagWithModel
 */
export function tagWithModelReference(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = []): Label[] {
  if (words.length === 0) return [];
  return Array.from(viterbi(emissions(sentenceFeatures(words, extra), model), words.length, model.transitions), (y) => LABELS[y]);
}

/** Softmax temperature for confidences when the model does not say (weights are ×64 integers). */
export const DEFAULT_TEMPERATURE = 64;

/** Tags with a confidence per word. */
export interface TaggedWords {
  tags: Label[];
  /** For each word, how sure the model is of its tag (0–1, from max-marginals). */
  confidences: number[];
}

/**
 * The BIO tags of one sentence with a confidence per word (softmax over max-marginals at the
 * model's calibrated temperature).
 * @example tagWithConfidence(['रूस', 'ने'], model).confidences[0] > 0.5 // true
 */
export function tagWithConfidence(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = []): TaggedWords {
  const n = words.length;
  if (n === 0) return { tags: [], confidences: [] };
  const { path, marginals: mm } = decodeWithMarginals(fastEmissions(words, model, extra), n, model.transitions);
  const temperature = typeof model.meta.temperature === 'number' && model.meta.temperature > 0 ? model.meta.temperature : DEFAULT_TEMPERATURE;
  return { tags: Array.from(path, (y) => LABELS[y]), confidences: Array.from(path, (y, t) => tagConfidence(mm, t, y, temperature)) };
}
