/**
 * FTS5's bm25 as one SQL expression, so PostgreSQL ranks the rows itself and only the page
 * leaves the database.
 *
 * The weighted phrase frequency comes from `ts_rank_cd` without normalisation: for a query of
 * one operand (a word or a prefix) every occurrence is a cover of its own, and for `a <-> b`
 * every phrase instance is a cover of adjacent entries, so the rank is the sum of the weights
 * of the instances (the cover's weight is its entries' harmonic mean; a phrase never spans the
 * title and the body, so its entries share one weight). With weight A = 1 and B = 2^-10 the
 * rank packs both counts into one float4: A = floor(r), B = (r − A)·1024, exact while B < 1024
 * and A < 2^13 — always true for a word, which holds at most 256 positions. A prefix can match
 * many words, so it gets two calls (A = 1, then B = 1) and is exact for any count. The
 * property test compares this with bm25.ts's phraseFrequency on random vectors.
 *
 * The score is then bm25.ts's formula term by term in the same float8 operations, so it is the
 * same double as the Node reference.
 */
import { B, K1, WEIGHTS } from './bm25.ts';
import type { Phrase } from './tsquery.ts';

/** ts_rank_cd weight arrays, in PostgreSQL's {D, C, B, A} order. */
const PACKED = "'{0,0,0.0009765625,1}'";
const ONLY_A = "'{0,0,0,1}'";
const ONLY_B = "'{0,0,1,0}'";
const ONLY_D = "'{1,0,0,0}'";

/** A parameter list that numbers its placeholders from `first`. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly first: number) {}
  /** Adds a value; returns its `$n` with a cast. */
  add(v: unknown, cast: string): string {
    this.values.push(v);
    return `$${this.first + this.values.length - 1}::${cast}`;
  }
}

/** The ts_rank_cd calls a phrase needs (as SQL selecting `r<i>` / `r<i>b`) and its frequency over them. */
export interface PhraseFrequencySql {
  ranks: string[];
  frequency: string;
}

/**
 * SQL for the weighted instance count of phrase `i` in row `row` (title 3, body 1, romanised
 * 0.5), the same number as bm25.ts's phraseFrequency: `ranks` go in a subquery that is
 * computed once per row, `frequency` reads their columns.
 *
 * @example
 * frequencySql({ column: 'roman', words: ['msk'], prefix: false, tsquery: "'msk'" }, 0, new Params(1));
 * // { ranks: ["ts_rank_cd('{1,0,0,0}', a.roman_tsv, $1::tsquery, 0)::float8 AS r0"], frequency: '(r0 * 0.5::float8)' }
 */
export function frequencySql(p: Phrase, i: number, params: Params, row = 'a'): PhraseFrequencySql {
  const q = params.add(p.tsquery, 'tsquery');
  // A row that may lack the phrase is looked up in the GIN index's rows (a hashed subplan)
  // before its vector is detoasted: a Latin word is usually in the romanised vector only.
  const holds = p.alone ? '' : `WHEN a.id NOT IN (SELECT h.id FROM articles h WHERE h.${p.column}_tsv @@ ${q}) THEN 0 `;
  const rank = (weights: string, name: string) => `CASE ${holds}WHEN true THEN ts_rank_cd(${weights}, ${row}.${p.column}_tsv, ${q}, 0)::float8 END AS ${name}`;
  const r = `r${i}`;
  if (p.column === 'roman') return { ranks: [rank(ONLY_D, r)], frequency: `(${r} * ${WEIGHTS.roman}::float8)` };
  if (p.prefix) return { ranks: [rank(ONLY_A, r), rank(ONLY_B, `${r}b`)], frequency: `(${WEIGHTS.A}::float8 * ${r} + ${r}b)` };
  return { ranks: [rank(PACKED, r)], frequency: `(${WEIGHTS.A}::float8 * floor(${r}) + (${r} - floor(${r})) * 1024::float8)` };
}

/**
 * SQL for the bm25 score of a row (negative, lower is better) from each phrase's frequency
 * expression and IDF, the row's length (`docLen`, by default `a.doc_len`) and the average
 * document length; the same operations in the same order as bm25.ts's bm25.
 *
 * @example
 * const params = new Params(1);
 * scoreSql(['(r0 * 0.5)'], [1.5], 120.5, params); // '(-1.0 * ((0::float8 + $6::float8 * …)))'
 */
export function scoreSql(frequencies: string[], idfs: number[], avgLength: number, params: Params, docLen = 'a.doc_len'): string {
  const k1 = params.add(K1, 'float8');
  const k1p1 = params.add(K1 + 1.0, 'float8');
  const oneMinusB = params.add(1 - B, 'float8');
  const b = params.add(B, 'float8');
  const avg = params.add(avgLength, 'float8');
  const norm = `${k1} * (${oneMinusB} + (${b} * ${docLen}::float8) / ${avg})`;
  let sum = '0::float8';
  frequencies.forEach((f, i) => {
    sum = `(${sum} + ${params.add(idfs[i], 'float8')} * ((${f} * ${k1p1}) / (${f} + ${norm})))`;
  });
  return `(-1.0 * ${sum})`;
}

/**
 * SQL (a LATERAL subquery named `r`) computing every phrase's ranks once per row of `a`. A
 * vector that several ranks read is detoasted once (copied by `|| ''`), not once per call.
 *
 * @example
 * ranksSql(phrases, params); // "LATERAL (SELECT … FROM (SELECT a.text_tsv AS text_tsv, …) v OFFSET 0) r"
 */
export function ranksSql(phrases: Phrase[], params: Params): { lateral: string; frequencies: string[] } {
  const fs = phrases.map((p, i) => frequencySql(p, i, params, 'v'));
  const calls = (column: Phrase['column']) => phrases.reduce((n, p) => n + (p.column !== column ? 0 : p.prefix ? 2 : 1), 0);
  const vector = (column: Phrase['column']) => (calls(column) > 1 ? `a.${column}_tsv || ''::tsvector` : `a.${column}_tsv`);
  const ranks = fs.flatMap((f) => f.ranks);
  const lateral = `LATERAL (SELECT ${ranks.length ? ranks.join(', ') : 'NULL AS none'} FROM
    (SELECT ${vector('text')} AS text_tsv, ${vector('roman')} AS roman_tsv OFFSET 0) v OFFSET 0) r`;
  return { lateral, frequencies: fs.map((f) => f.frequency) };
}
