/**
 * First-order Viterbi decoding over the BIO tags, with the BIO constraint built in.
 */
import { LABELS, NUM_LABELS, allowedTransition } from './labels.ts';

const L = NUM_LABELS;

/**
 * `(L+1)×L` additive mask: row 0 is the sentence start, row `p+1` the previous tag `p`;
 * `-Infinity` where BIO forbids the transition (I-X only after B-X/I-X), else 0.
 */
export const TRANSITION_MASK: Float64Array = (() => {
  const m = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++) {
    for (let y = 0; y < L; y++) m[(p + 1) * L + y] = allowedTransition(p < 0 ? null : LABELS[p], LABELS[y]) ? 0 : -Infinity;
  }
  return m;
})();

/**
 * The best tag sequence (tag indices) for `n` words given emission scores `emit[t*L + y]` and
 * transition scores `trans[(p+1)*L + y]` (row 0 = sentence start). Forbidden BIO transitions
 * are never chosen. Ties go to the lower tag index, so decoding is deterministic.
 * @example viterbi(new Float64Array(7), 1, new Float64Array(56)) // Int32Array [0]
 */
export function viterbi(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = emit[y] + trans[y] + TRANSITION_MASK[y];
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const k = (p + 1) * L + y;
        const s = score[prevBase + p] + trans[k] + TRANSITION_MASK[k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + y] = best + emit[base + y];
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y] > best) {
      best = score[(n - 1) * L + y];
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]];
  return path;
}
