/**
 * Renders a parsed query (src/store/query.ts) for PostgreSQL: each term becomes a tsquery
 * over the title/body vector, Latin words also over the romanised vector (exactly the terms
 * the SQLite FTS5 expression has), joined by SQL AND / OR / AND NOT. The phrases are returned
 * too, so the bm25 score can be computed the way FTS5 computes it.
 */
import { phoneticKey } from '../romanize-adapter.ts';
import type { ParsedQuery, QueryTerm } from '../query.ts';
import { indexWords, quoteLexeme } from './search-vectors.ts';

/** One FTS5-style phrase: words in order (the last maybe a prefix) within one column group. */
export interface Phrase {
  column: 'text' | 'roman';
  words: string[];
  prefix: boolean;
  /** The tsquery literal matching it. */
  tsquery: string;
  /** True when it is the only phrase of its clause, so every matching row holds it. */
  alone?: boolean;
}

export interface RenderedQuery {
  /** SQL boolean expression over `a.text_tsv` / `a.roman_tsv`, with $n placeholders from `firstParam`. */
  sql: string;
  params: string[];
  /** Phrases of the positive clauses (the ones bm25 scores). */
  phrases: Phrase[];
}

function phrase(column: Phrase['column'], ws: string[], prefix: boolean): Phrase {
  const parts = ws.map((w, i) => quoteLexeme(w) + (prefix && i === ws.length - 1 ? ':*' : ''));
  return { column, words: ws, prefix, tsquery: parts.join(' <-> ') };
}

/**
 * The phrases of one term: the text phrase, and for Latin words the phonetic-key phrase (as toFts5 does).
 *
 * @example
 * termPhrases(parseQuery('Moscow').clauses[0].any[0]).map((p) => p.column); // ['text', 'roman']
 */
export function termPhrases(t: QueryTerm): Phrase[] {
  const ws = t.words.flatMap((w) => indexWords(w));
  const out = [phrase('text', ws, t.prefix)];
  if (!t.latin || t.prefix) return out;
  const keys = t.words.map(phoneticKey);
  if (keys.some((k) => k.length < 2)) return out;
  out.push(phrase('roman', keys, false));
  return out;
}

/**
 * Renders a parsed query as SQL over the search vectors.
 *
 * @example
 * renderQuery(parseQuery('Moscow'), 1).sql; // '((a.text_tsv @@ $1::tsquery OR a.roman_tsv @@ $2::tsquery))'
 */
export function renderQuery(q: ParsedQuery, firstParam: number): RenderedQuery {
  const params: string[] = [];
  const phrases: Phrase[] = [];
  const leaf = (p: Phrase) => {
    params.push(p.tsquery);
    return `a.${p.column}_tsv @@ $${firstParam + params.length - 1}::tsquery`;
  };
  const clause = (terms: QueryTerm[], score: boolean) => {
    const ps = terms.flatMap(termPhrases);
    if (score) phrases.push(...ps.map((p) => ({ ...p, alone: ps.length === 1 })));
    const ors = ps.map(leaf);
    return `(${ors.join(' OR ')})`;
  };
  const pos = q.clauses.filter((c) => !c.negated).map((c) => clause(c.any, true));
  const neg = q.clauses.filter((c) => c.negated).map((c) => `NOT ${clause(c.any, false)}`);
  return { sql: `(${[...pos, ...neg].join(' AND ')})`, params, phrases };
}
