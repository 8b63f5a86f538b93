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

/**
 * Max-marginals `n × L`: for each word and tag, the score of the best BIO-valid sequence that
 * gives the word that tag. The Viterbi path's tags have the top value at every word; a small
 * gap to the runner-up means an uncertain tag.
 * @example maxMarginals(new Float64Array(7), 1, new Float64Array(56))[0] // 0 (O at the start)
 */
export function maxMarginals(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): Float64Array {
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  if (n === 0) return alpha;
  for (let y = 0; y < L; y++) alpha[y] = emit[y] + trans[y] + TRANSITION_MASK[y];
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let p = 0; p < L; p++) {
        const k = (p + 1) * L + y;
        const s = alpha[(t - 1) * L + p] + trans[k] + TRANSITION_MASK[k];
        if (s > best) best = s;
      }
      alpha[t * L + y] = best + emit[t * L + y];
    }
  }
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      for (let z = 0; z < L; z++) {
        const k = (y + 1) * L + z;
        const s = trans[k] + TRANSITION_MASK[k] + emit[(t + 1) * L + z] + beta[(t + 1) * L + z];
        if (s > best) best = s;
      }
      beta[t * L + y] = best;
    }
  }
  for (let i = 0; i < n * L; i++) alpha[i] += beta[i];
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

/** Transitions with the BIO mask added, per transition array (models are loaded once). */
/** For each tag y, the tags that may stand before it (ascending); forbidden pairs only ever add −∞. */
const ALLOWED_PREV: Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from(
  Array.from({ length: L }, (_, p) => p).filter((p) => TRANSITION_MASK[(p + 1) * L + y] === 0)));
/** For each tag y, the tags that may follow it (ascending). */
const ALLOWED_NEXT: Int32Array[] = Array.from({ length: L }, (_, y) => Int32Array.from(
  Array.from({ length: L }, (_, z) => z).filter((z) => TRANSITION_MASK[(y + 1) * L + z] === 0)));

const maskedTransitions = new WeakMap<object, Float64Array>();

function masked(trans: ArrayLike<number>): Float64Array {
  let m = maskedTransitions.get(trans);
  if (!m) {
    m = new Float64Array((L + 1) * L);
    for (let k = 0; k < m.length; k++) m[k] = trans[k] + TRANSITION_MASK[k];
    maskedTransitions.set(trans, m);
  }
  return m;
}

/**
 * `viterbi` and `maxMarginals` in one go, sharing the forward pass (the Viterbi scores are the
 * forward max-marginals): the same path and the same numbers as calling both.
 * @example decodeWithMarginals(new Float64Array(7), 1, new Float64Array(56)).path // Int32Array [0]
 */
export function decodeWithMarginals(emit: ArrayLike<number>, n: number, trans: ArrayLike<number>): { path: Int32Array; marginals: Float64Array } {
  const path = new Int32Array(n);
  const alpha = new Float64Array(n * L);
  if (n === 0) return { path, marginals: alpha };
  const tm = masked(trans);
  const back = new Int32Array(n * L);
  const beta = new Float64Array(n * L);
  for (let y = 0; y < L; y++) alpha[y] = emit[y] + trans[y] + TRANSITION_MASK[y];
  for (let t = 1; t < n; t++) {
    const base = t * L;
    const prevBase = base - L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      // Only allowed predecessors, in ascending order: a forbidden one scores −∞ and never wins.
      const prev = ALLOWED_PREV[y];
      for (let q = 0; q < prev.length; q++) {
        const p = prev[q];
        // (a + trans) + 0 === a + (trans + 0).
        const s = alpha[prevBase + p] + tm[(p + 1) * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[base + y] = best + emit[base + y];
      back[base + y] = arg;
    }
  }
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
  for (let t = n - 2; t >= 0; t--) {
    const nextBase = (t + 1) * L;
    for (let y = 0; y < L; y++) {
      let b = -Infinity;
      const row = (y + 1) * L;
      const next = ALLOWED_NEXT[y];
      for (let q = 0; q < next.length; q++) {
        const z = next[q];
        const s = tm[row + z] + emit[nextBase + z] + beta[nextBase + z];
        if (s > b) b = s;
      }
      beta[t * L + y] = b;
    }
  }
  for (let i = 0; i < n * L; i++) alpha[i] += beta[i];
  return { path, marginals: alpha };
}
