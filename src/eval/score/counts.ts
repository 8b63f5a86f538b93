/** Counts of a detection task and the rates derived from them. */

/** True positives, false positives (spurious), false negatives (missed). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1; a rate is null where its denominator is zero. */
export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/**
 * Precision `tp/(tp+fp)`, recall `tp/(tp+fn)` and F1 `2tp/(2tp+fp+fn)`. With no output the
 * precision is null (nothing to judge) while recall and F1 are 0 if gold expected something.
 *
 * @example
 * rates({ tp: 2, fp: 1, fn: 1 }); // { precision: 0.667, recall: 0.667, f1: 0.667 } (unrounded)
 */
export function rates(c: Counts): Rates {
  return {
    precision: c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null,
    recall: c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null,
    f1: c.tp + c.fp + c.fn > 0 ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : null,
  };
}

/**
 * `part/whole`, or null when `whole` is 0.
 *
 * @example
 * ratio(3, 4); // 0.75
 */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
