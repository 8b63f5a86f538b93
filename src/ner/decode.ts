/**
 * Tagging with a model: features → emission scores → Viterbi.
 *
 * The fast path caches, per model and per written word, the summed weights of the word's
 * offset features at each offset −2…+2 (they depend on that word alone), so a sentence costs
 * only its context features in string work. It gives exactly the scores of the plain path
 * (weights are integers), which a test checks.
 */
import { wordClusters } from './clusters.ts';
import { AFTER, BEFORE, contextFeatures, infoAt, leftPairFeature, offsetFeatures, rightPairFeature, sentenceFeatures, sentenceView, wordInfo, type FeatureSource, type WordInfo } from './features.ts';
import { LABELS, NUM_LABELS, type Label } from './labels.ts';
import { wordClasses } from './lexicon.ts';
import type { NerModel } from './model.ts';
import { maxMarginals, tagConfidence, viterbi } from './viterbi.ts';

const L = NUM_LABELS;
const OFFSETS = 5; // d = −2 … +2
/** The cache is emptied when it holds more words or word pairs than this (bounded memory on long streams). */
const CACHE_LIMIT = 200_000;
const PAIR_LIMIT = 1_000_000;

interface CachedWord {
  info: WordInfo;
  /** `OFFSETS × L` summed weights, row d+2. */
  scores: Float64Array;
  /** For a following word: `2 × L` weights, row 0 what the pair gives this word, row 1 what it gives the next. */
  pairs: Map<CachedWord, Float64Array>;
}

interface Cache {
  words: Map<string, CachedWord>;
  /** The sentence edges (`BEFORE`, `AFTER`), kept apart from real words. */
  edges: Map<WordInfo, CachedWord>;
  pairs: number;
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

function cacheFor(model: NerModel): Cache {
  let cache = caches.get(model);
  if (!cache || cache.words.size > CACHE_LIMIT || cache.pairs > PAIR_LIMIT) caches.set(model, (cache = { words: new Map(), edges: new Map(), pairs: 0 }));
  return cache;
}

function pairScores(a: CachedWord, b: CachedWord, model: NerModel, cache: Cache): Float64Array {
  let s = a.pairs.get(b);
  if (!s) {
    s = new Float64Array(2 * L);
    addFeatures([rightPairFeature(a.info, b.info)], model, s, 0);
    addFeatures([leftPairFeature(a.info, b.info)], model, s, L);
    a.pairs.set(b, s);
    cache.pairs++;
  }
  return s;
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
 * `emissions(sentenceFeatures(words, extra), model)`, computed with the per-word cache.
 * @example fastEmissions(['रूस', 'ने'], model).length // 14
 */
export function fastEmissions(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = []): Float64Array {
  const n = words.length;
  const cache = cacheFor(model);
  const wordCache = cache.words;
  const classes = wordClasses();
  const clusters = wordClusters();
  const infos: WordInfo[] = new Array(n);
  const rows: CachedWord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let c = wordCache.get(words[i]);
    if (!c) {
      const info = wordInfo(words[i], classes, clusters);
      c = { info, scores: cachedScores(info, model), pairs: new Map() };
      wordCache.set(words[i], c);
    }
    infos[i] = c.info;
    rows[i] = c;
  }
  const edges = cache.edges;
  for (const e of [BEFORE, AFTER]) if (!edges.has(e)) edges.set(e, { info: e, scores: cachedScores(e, model), pairs: new Map() });
  const entries: CachedWord[] = [edges.get(BEFORE)!, ...rows, edges.get(AFTER)!];
  const out = new Float64Array(n * L);
  const buf: string[] = [];
  const view = extra.length ? sentenceView(infos) : null;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let d = -2; d <= 2; d++) {
      const j = i + d;
      const scores = (j < 0 || j >= n ? edges.get(infoAt(infos, i, d))! : rows[j]).scores;
      const off = (d + 2) * L;
      for (let y = 0; y < L; y++) out[base + y] += scores[off + y];
    }
    const left = pairScores(entries[i], entries[i + 1], model, cache);
    const right = pairScores(entries[i + 1], entries[i + 2], model, cache);
    for (let y = 0; y < L; y++) out[base + y] += left[L + y] + right[y];
    buf.length = 0;
    contextFeatures(infos, i, buf, false);
    if (view) for (const source of extra) source(view, i, buf);
    addFeatures(buf, model, out, base);
  }
  return out;
}

/**
 * The BIO tags of one sentence's words under a given model.
 * @example tagWithModel(['रूस', 'ने'], model) // ['B-LOC', 'O']
 */
export function tagWithModel(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = []): Label[] {
  if (words.length === 0) return [];
  return Array.from(viterbi(fastEmissions(words, model, extra), words.length, model.transitions), (y) => LABELS[y]);
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
  const emit = fastEmissions(words, model, extra);
  const path = viterbi(emit, n, model.transitions);
  const mm = maxMarginals(emit, n, model.transitions);
  const temperature = typeof model.meta.temperature === 'number' && model.meta.temperature > 0 ? model.meta.temperature : DEFAULT_TEMPERATURE;
  return { tags: Array.from(path, (y) => LABELS[y]), confidences: Array.from(path, (y, t) => tagConfidence(mm, t, y, temperature)) };
}
