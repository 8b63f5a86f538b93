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

/** For each tag y, the tags that may stand before it (ascending): a forbidden pair only ever adds −∞. */
const ALLOWED_PREV: Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from(
  Array.from({ length: L }, (_, p) => p).filter((p) => TRANSITION_MASK[(p + 1) * L + y] === 0)));
/** For each tag y, the tags that may follow it (ascending). */
const ALLOWED_NEXT: Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from(
  Array.from({ length: L }, (_, z) => z).filter((z) => TRANSITION_MASK[(y + 1) * L + z] === 0)));

/**
 * The forward max-product pass (n ≥ 1): `alpha[t*L + y]`, the best score of a BIO-valid prefix
 * ending in tag y at word t, and `back`, its previous tag. Only allowed pairs are visited, in
 * ascending order, so the scores and the tie-breaking (lower tag first) are those of a pass over
 * all pairs with the −∞ mask added (a mask of 0 adds nothing).
 */
function forward(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): { alpha: Float64Array; back: Int32Array } {
  const alpha = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) alpha[y] = emit[y] + trans[y] + TRANSITION_MASK[y];
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const prev = ALLOWED_PREV[y];
      for (let q = 0; q < prev.length; q++) {
        const p = prev[q];
        const s = alpha[prevBase + p] + trans[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[base + y] = best + emit[base + y];
      back[base + y] = arg;
    }
  }
  return { alpha, back };
}

/** The best path from a forward pass: the top last tag (lower tag on ties), then the back pointers. */
function backtrace(alpha: Float64Array, back: Int32Array, n: number): Int32Array {
  const path = new Int32Array(n);
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    if (alpha[lastBase + y] > best) {
      best = alpha[lastBase + y];
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]];
  return path;
}

/** Adds the backward max-product pass to the forward scores, turning them into max-marginals. */
function addBackward(alpha: Float64Array, emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): void {
  const beta = new Float64Array(n * L);
  for (let t = n - 2; t >= 0; t--) {
    const nextBase = (t + 1) * L;
    for (let y = 0; y < L; y++) {
      let b = -Infinity;
      const row = (y + 1) * L;
      const next = ALLOWED_NEXT[y];
      for (let q = 0; q < next.length; q++) {
        const z = next[q];
        const s = trans[row + z] + emit[nextBase + z] + beta[nextBase + z];
        if (s > b) b = s;
      }
      beta[t * L + y] = b;
    }
  }
  for (let i = 0; i < n * L; i++) alpha[i] += beta[i];
}

/**
 * The best tag sequence (tag indices) for `n` words given emission scores `emit[t*L + y]` and
 * transition scores `trans[(p+1)*L + y]` (row 0 = sentence start). Forbidden BIO transitions
 * are never chosen. Ties go to the lower tag index, so decoding is deterministic.
 * @example viterbi(new Float64Array(7), 1, new Float64Array(56)) // Int32Array [0]
 */
export function viterbi(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): Int32Array {
  if (n === 0) return new Int32Array(0);
  const { alpha, back } = forward(emit, n, trans);
  return backtrace(alpha, back, n);
}

/**
 * Max-marginals `n × L`: for each word and tag, the score of the best BIO-valid sequence that
 * gives the word that tag. The Viterbi path's tags have the top value at every word; a small
 * gap to the runner-up means an uncertain tag.
 * @example maxMarginals(new Float64Array(7), 1, new Float64Array(56))[0] // 0 (O at the start)
 */
export function maxMarginals(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): Float64Array {
  if (n === 0) return new Float64Array(0);
  const { alpha } = forward(emit, n, trans);
  addBackward(alpha, emit, n, trans);
  return alpha;
}

/**
 * Turns one word's max-marginals into a probability-like confidence for tag `y`: a softmax
 * at temperature `temperature` (in weight units).
 * @example tagConfidence(Float64Array.from([10, 0, 0, 0, 0, 0, 0]), 0, 0, 1) > 0.99 // true
 */
export function tagConfidence(mm: ArrayLike<number>, t: number, y: number, temperature: number): number {
  let max = -Infinity;
  for (let z = 0; z < L; z++) max = Math.max(max, mm[t * L + z]);
  let sum = 0;
  for (let z = 0; z < L; z++) sum += Math.exp((mm[t * L + z] - max) / temperature);
  return Math.exp((mm[t * L + y] - max) / temperature) / sum;
}

/**
 * `viterbi` and `maxMarginals` in one go, sharing the forward pass (the Viterbi scores are the
 * forward max-marginals): the same path and the same numbers as calling both.
 * @example decodeWithMarginals(new Float64Array(7), 1, new Float64Array(56)).path // Int32Array [0]
 */
export function decodeWithMarginals(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): { path: Int32Array; marginals: Float64Array } {
  if (n === 0) return { path: new Int32Array(0), marginals: new Float64Array(0) };
  const { alpha, back } = forward(emit, n, trans);
  const path = backtrace(alpha, back, n);
  addBackward(alpha, emit, n, trans);
  return { path, marginals: alpha };
}
