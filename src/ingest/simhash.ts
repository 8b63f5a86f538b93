/**
 * SimHash sketch of an article body over word 3-shingles (folded spelling), so the same agency
 * story reprinted by several sites with small edits lands within a few bits.
 */
import { foldText, words } from '../store/search-text.ts';

/** Bodies shorter than this many words get no sketch (too little text to judge). */
export const MIN_SKETCH_WORDS = 40;

/** 32-bit FNV-1a with a seed. */
function fnv32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche (murmur3 fmix32)
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0; h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0; h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The 64-bit SimHash of a text as a signed bigint (fits an SQLite INTEGER), or null when the
 * text is too short.
 *
 * @example
 * simhash('…a long article…') === simhash('…the same article, one word changed…'); // close in Hamming distance
 */
export function simhash(text: string): bigint | null {
  const ws = words(foldText(text));
  if (ws.length < MIN_SKETCH_WORDS) return null;
  const v = new Int32Array(64);
  for (let i = 0; i + 2 < ws.length; i++) {
    const sh = `${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`;
    const lo = fnv32(sh, 0);
    const hi = fnv32(sh, 0x9e3779b9);
    for (let b = 0; b < 32; b++) {
      v[b] += (lo >>> b) & 1 ? 1 : -1;
      v[32 + b] += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let out = 0n;
  for (let b = 63; b >= 0; b--) out = (out << 1n) | (v[b] > 0 ? 1n : 0n);
  return BigInt.asIntN(64, out);
}
