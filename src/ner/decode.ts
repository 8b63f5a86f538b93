/**
 * Tagging with a model: features → emission scores → Viterbi.
 */
import { sentenceFeatures, type FeatureSource } from './features.ts';
import { LABELS, NUM_LABELS, type Label } from './labels.ts';
import type { NerModel } from './model.ts';
import { viterbi } from './viterbi.ts';

const L = NUM_LABELS;

/**
 * Emission scores `n × L` for a sentence's features under `model` (unknown features score 0).
 * @example emissions([['b']], model).length // 7
 */
export function emissions(features: readonly (readonly string[])[], model: NerModel): Float64Array {
  const out = new Float64Array(features.length * L);
  const { index, weights } = model;
  for (let t = 0; t < features.length; t++) {
    const base = t * L;
    for (const f of features[t]) {
      const r = index.get(f);
      if (r === undefined) continue;
      const w = r * L;
      for (let y = 0; y < L; y++) out[base + y] += weights[w + y];
    }
  }
  return out;
}

/**
 * The BIO tags of one sentence's words under a given model.
 * @example tagWithModel(['रूस', 'ने'], model) // ['B-LOC', 'O']
 */
export function tagWithModel(words: readonly string[], model: NerModel, extra: readonly FeatureSource[] = []): Label[] {
  if (words.length === 0) return [];
  const emit = emissions(sentenceFeatures(words, extra), model);
  return Array.from(viterbi(emit, words.length, model.transitions), (y) => LABELS[y]);
}
