/**
 * bm25 exactly as SQLite's FTS5 computes it (fts5_aux.c, k1 = 1.2, b = 0.75), so the two
 * stores rank the same: per phrase, the weighted count of its instances in the row (title 3,
 * body 1, romanised 0.5), an IDF from how many rows hold the phrase, and the row's token count
 * against the average. Scores are negative; lower is better.
 */
import type { Phrase } from './tsquery.ts';

/** Column weights of `bm25(article_fts, 3.0, 1.0, 0.5)`. */
export const WEIGHTS = { A: 3.0, B: 1.0, roman: 0.5 };
/** bm25 term-frequency saturation (FTS5: 1.2). */
export const K1 = 1.2;
/** bm25 length normalisation (FTS5: 0.75). */
export const B = 0.75;

/** Positions of lexemes in one row, as unnest(tsvector) gives them: [lexeme, positions, weights]. */
export type LexemePositions = [string, number[], string[] | null][];

/** Map position → { lexeme, weight } for instance counting. */
function byPosition(list: LexemePositions): Map<number, { lexeme: string; weight: string }> {
  const m = new Map<number, { lexeme: string; weight: string }>();
  for (const [lexeme, positions, weights] of list) positions.forEach((p, i) => m.set(p, { lexeme, weight: weights?.[i] ?? 'D' }));
  return m;
}

const wordAt = (w: string, last: boolean, prefix: boolean, lexeme: string | undefined) =>
  lexeme !== undefined && (last && prefix ? lexeme.startsWith(w) : lexeme === w);

/**
 * Weighted instance count of a phrase in one column group of a row.
 *
 * @example
 * phraseFrequency({ column: 'text', words: ['x'], prefix: false, tsquery: '' }, [['x', [1, 5], ['A', 'B']]]); // 4
 */
export function phraseFrequency(p: Phrase, list: LexemePositions): number {
  const at = byPosition(list);
  let freq = 0;
  for (const [pos, first] of at) {
    if (!wordAt(p.words[0], p.words.length === 1, p.prefix, first.lexeme)) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = wordAt(p.words[k], k === p.words.length - 1, p.prefix, at.get(pos + k)?.lexeme);
    if (!ok) continue;
    freq += p.column === 'roman' ? WEIGHTS.roman : first.weight === 'A' ? WEIGHTS.A : WEIGHTS.B;
  }
  return freq;
}

/**
 * FTS5's IDF of a phrase found in `hits` of `rows` rows (never below 1e-6).
 *
 * @example
 * idf(100, 10) > idf(100, 50); // true
 */
export function idf(rows: number, hits: number): number {
  const v = Math.log((rows - hits + 0.5) / (hits + 0.5));
  return v <= 0 ? 1e-6 : v;
}

/**
 * The bm25 score of one row: `freqs[i]` the weighted count of phrase i, `idfs[i]` its IDF,
 * `length` the row's tokens, `avgLength` the average over all rows.
 *
 * @example
 * bm25([2], [1.5], 100, 100) < 0; // true
 */
export function bm25(freqs: number[], idfs: number[], length: number, avgLength: number): number {
  let score = 0;
  for (let i = 0; i < freqs.length; i++) {
    score += idfs[i] * ((freqs[i] * (K1 + 1.0)) / (freqs[i] + K1 * (1 - B + (B * length) / avgLength)));
  }
  return -1.0 * score;
}
