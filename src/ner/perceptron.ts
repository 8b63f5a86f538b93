/**
 * Averaged structured perceptron (Collins 2002) over BIO tag sequences, with the lazy averaging
 * trick (Daumé): keep `w` and `u = Σ c·Δ`; the average is `w − u/c`.
 */
import { NUM_LABELS } from './labels.ts';
import { viterbi } from './viterbi.ts';

const L = NUM_LABELS;

/** A training sentence with its features as row ids. */
export interface EncodedSentence {
  /** Feature ids of all words, word after word. */
  readonly feats: Int32Array;
  /** `offsets[t]..offsets[t+1]` are word t's feature ids; length n+1. */
  readonly offsets: Int32Array;
  /** Gold tag indices. */
  readonly gold: Int32Array;
}

/** Averaged weights at some point of training. */
export interface AveragedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

/**
 * A small deterministic PRNG (mulberry32): the same seed gives the same sequence everywhere.
 * @example const r = seededRandom(1); r() === seededRandom(1)() // true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fisher–Yates shuffle of `0..n-1` driven by `random`.
 * @example shuffledIndices(3, seededRandom(7)).length // 3
 */
export function shuffledIndices(n: number, random: () => number): Int32Array {
  const a = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

/** The trainer's state. */
export class AveragedPerceptron {
  readonly w: Float64Array;
  private readonly u: Float64Array;
  readonly tw = new Float64Array((L + 1) * L);
  private readonly tu = new Float64Array((L + 1) * L);
  private c = 1;

  /**
   * @example new AveragedPerceptron(10).w.length // 70
   */
  constructor(numFeatures: number) {
    this.w = new Float64Array(numFeatures * L);
    this.u = new Float64Array(numFeatures * L);
  }

  private emissions(s: EncodedSentence): Float64Array {
    const n = s.gold.length;
    const out = new Float64Array(n * L);
    for (let t = 0; t < n; t++) {
      for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) {
        const r = s.feats[k] * L;
        for (let y = 0; y < L; y++) out[t * L + y] += this.w[r + y];
      }
    }
    return out;
  }

  private bump(arr: Float64Array, acc: Float64Array, i: number, d: number): void {
    arr[i] += d;
    acc[i] += this.c * d;
  }

  /**
   * One online step on one sentence; returns whether the prediction was wrong.
   * @example p.step(sentence) // true on a first mistake
   */
  step(s: EncodedSentence): boolean {
    const n = s.gold.length;
    const pred = viterbi(this.emissions(s), n, this.tw);
    let wrong = false;
    for (let t = 0; t < n; t++) {
      const g = s.gold[t];
      const p = pred[t];
      const gPrev = t === 0 ? 0 : s.gold[t - 1] + 1;
      const pPrev = t === 0 ? 0 : pred[t - 1] + 1;
      if (g !== p) {
        wrong = true;
        for (let k = s.offsets[t]; k < s.offsets[t + 1]; k++) {
          const r = s.feats[k] * L;
          this.bump(this.w, this.u, r + g, 1);
          this.bump(this.w, this.u, r + p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bump(this.tw, this.tu, gPrev * L + g, 1);
        this.bump(this.tw, this.tu, pPrev * L + p, -1);
      }
    }
    this.c++;
    return wrong;
  }

  /**
   * The averaged weights so far (a copy).
   * @example p.averaged().weights.length === p.w.length // true
   */
  averaged(): AveragedWeights {
    const avg = (w: Float64Array, u: Float64Array) => w.map((v, i) => v - u[i] / this.c);
    return { weights: avg(this.w, this.u), transitions: avg(this.tw, this.tu) };
  }
}
