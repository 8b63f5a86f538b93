/**
 * Parses what a user types into a search box into a small, safe query tree that every Store
 * backend renders in its own syntax. Nothing the user types reaches the engine unquoted, so
 * stray quotes, brackets or FTS operators can never make a query fail.
 */
import { KhabarError } from '../errors.ts';
import { romanPhrases } from './roman-keys.ts';
import { foldText, words } from './search-text.ts';
import type { HighlightTerms } from './snippet.ts';

/** One searchable unit: a word or a phrase (folded words), optionally a prefix. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
  /** True when every word is Latin letters/digits (gets a romanised alternative). */
  latin: boolean;
}

/** Terms joined by OR; a clause may be excluded. */
export interface QueryClause {
  any: QueryTerm[];
  negated: boolean;
}

/** Clauses joined by AND. */
export interface ParsedQuery {
  clauses: QueryClause[];
}

const LATIN = /^[a-z0-9]+$/;

function term(text: string, prefix: boolean): QueryTerm | null {
  const ws = words(foldText(text));
  if (ws.length === 0) return null;
  return { words: ws, prefix, latin: ws.every((w) => LATIN.test(w)) };
}

/** Splits the raw query into tokens: quoted phrases (an unbalanced quote runs to the end) and bare words. */
function tokenize(q: string): { text: string; quoted: boolean }[] {
  const out: { text: string; quoted: boolean }[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) { i++; continue; }
    const quotedStart = c === '"' || (c === '-' && q[i + 1] === '"');
    if (quotedStart) {
      const neg = c === '-';
      const open = i + (neg ? 1 : 0);
      const close = q.indexOf('"', open + 1);
      const end = close < 0 ? q.length : close;
      out.push({ text: (neg ? '-' : '') + q.slice(open + 1, end), quoted: true });
      i = close < 0 ? q.length : close + 1;
      continue;
    }
    let j = i;
    while (j < q.length && !/\s/.test(q[j]) && q[j] !== '"') j++;
    out.push({ text: q.slice(i, j), quoted: false });
    i = j;
  }
  return out;
}

/**
 * Parses a query: words are ANDed, `OR` (or `|`) joins alternatives, `"…"` is a phrase,
 * a leading `-` or `NOT` excludes, a trailing `*` makes a prefix. Throws KHABAR_ERR_BAD_QUERY
 * (a clear message) for an empty query or one that only excludes.
 *
 * @example
 * parseQuery('रूस OR Moscow -"चीन"').clauses.length; // 2
 */
export function parseQuery(q: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let pendingOr = false;
  let pendingNot = false;
  for (const tok of tokenize(q)) {
    if (!tok.quoted && (tok.text === 'OR' || tok.text === '|')) { pendingOr = clauses.length > 0; continue; }
    if (!tok.quoted && (tok.text === 'AND' || tok.text === '&')) continue;
    if (!tok.quoted && tok.text === 'NOT') { pendingNot = true; continue; }
    let text = tok.text;
    let negated = pendingNot;
    pendingNot = false;
    if (text.startsWith('-') && text.length > 1) { negated = true; text = text.slice(1); }
    const prefix = !tok.quoted && /\*$/.test(text);
    const t = term(text, prefix);
    if (!t) continue;
    const last = clauses[clauses.length - 1];
    if (pendingOr && last && !negated && !last.negated) last.any.push(t);
    else clauses.push({ any: [t], negated });
    pendingOr = false;
  }
  if (clauses.length === 0) throw new KhabarError('KHABAR_ERR_BAD_QUERY', `empty search query: ${JSON.stringify(q)}`);
  if (clauses.every((c) => c.negated)) throw new KhabarError('KHABAR_ERR_BAD_QUERY', `search query only excludes words: ${JSON.stringify(q)}`);
  return { clauses };
}

/**
 * The folded words a query looks for (for highlighting snippets).
 *
 * @example
 * queryWords(parseQuery('रूस समझौता')); // ['रूस', 'समझौता']
 */
export function queryWords(p: ParsedQuery): { word: string; prefix: boolean }[] {
  return p.clauses.filter((c) => !c.negated).flatMap((c) => c.any.flatMap((t) => t.words.map((w, i) => ({ word: w, prefix: t.prefix && i === t.words.length - 1 }))));
}

/**
 * The romanised-column phrases a term may also match: only unprefixed Latin terms have them
 * (see roman-keys.ts). Every backend renders these, so they find the same articles.
 *
 * @example
 * termRomanPhrases(parseQuery('Moscow').clauses[0].any[0]); // [['msku']]
 */
export function termRomanPhrases(t: QueryTerm): string[][] {
  if (!t.latin || t.prefix) return [];
  return romanPhrases(t.words);
}

/**
 * What snippets highlight for a query: its folded words and the romanised tokens of its Latin terms.
 *
 * @example
 * highlightTerms(parseQuery('Moscow')).keys; // ['msku']
 */
export function highlightTerms(p: ParsedQuery): HighlightTerms {
  const keys = p.clauses.filter((c) => !c.negated).flatMap((c) => c.any.flatMap((t) => termRomanPhrases(t).flat()));
  return { words: queryWords(p), keys: [...new Set(keys)] };
}
