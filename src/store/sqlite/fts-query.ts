/** Renders a parsed query as an FTS5 MATCH expression over the store's columns. */
import { phoneticKey } from '../romanize-adapter.ts';
import type { ParsedQuery, QueryTerm } from '../query.ts';

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function renderTerm(t: QueryTerm): string {
  const phrase = quote(t.words.join(' ')) + (t.prefix ? '*' : '');
  const text = `{title body} : ${phrase}`;
  if (!t.latin || t.prefix) return text;
  const keys = t.words.map(phoneticKey);
  if (keys.some((k) => k.length < 2)) return text;
  return `(${text} OR roman : ${quote(keys.join(' '))})`;
}

/**
 * The FTS5 expression for a parsed query: every word quoted, Latin words also matched by
 * their phonetic key in the romanised column.
 *
 * @example
 * toFts5(parseQuery('Moscow')); // '({title body} : "moscow" OR roman : "msk")'
 */
export function toFts5(q: ParsedQuery): string {
  const pos = q.clauses.filter((c) => !c.negated).map((c) => (c.any.length === 1 ? renderTerm(c.any[0]) : `(${c.any.map(renderTerm).join(' OR ')})`));
  const neg = q.clauses.filter((c) => c.negated).map((c) => c.any.map(renderTerm).join(' OR '));
  let expr = pos.join(' AND ');
  for (const n of neg) expr = `(${expr}) NOT (${n})`;
  return expr;
}
