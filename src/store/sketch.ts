/**
 * Near-duplicate lookup for 64-bit SimHash sketches: four 16-bit bands, so two sketches within
 * Hamming distance 3 always share a band (pigeonhole), and a shared band makes a candidate.
 */

/** Sketches at most this many bits apart are the same story. */
export const NEAR_DUPLICATE_BITS = 3;

/**
 * The four band keys of a sketch (band index in the high bits, so keys of different bands never collide).
 *
 * @example
 * bandKeys(0x0001000200030004n); // [4, 65539, 131074, 196609]
 */
export function bandKeys(sketch: bigint): number[] {
  const u = BigInt.asUintN(64, sketch);
  return [0, 1, 2, 3].map((b) => b * 65536 + Number((u >> BigInt(16 * b)) & 0xffffn));
}

/**
 * Number of differing bits between two sketches.
 *
 * @example
 * hamming(0b1011n, 0b0001n); // 2
 */
export function hamming(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let n = 0;
  while (x) { x &= x - 1n; n++; }
  return n;
}
