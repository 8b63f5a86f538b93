/**
 * Search over the PostgreSQL store: the GIN indexes on the two search vectors find the rows,
 * the filters are the SQLite store's, and the rows are ranked by FTS5's bm25 computed from the
 * phrase positions each row holds (see bm25.ts), so both stores return the same hits in the
 * same order. Snippets come from the shared snippet builder.
 */
import type pg from 'pg';
import { KhabarError } from '../../errors.ts';
import { parseQuery, queryWords } from '../query.ts';
import { phoneticKey } from '../romanize-adapter.ts';
import { snippet } from '../snippet.ts';
import type { SearchOptions, SearchResult } from '../types.ts';
import { bm25, idf, type LexemePositions, phraseFrequency } from './bm25.ts';
import { renderQuery } from './tsquery.ts';

/** SQL filter conditions (the SQLite store's), with their parameters from `$first`. */
function filters(options: SearchOptions, first: number): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => { params.push(v); return `$${first + params.length - 1}`; };
  if (options.from) sql.push(`a.published_date >= ${p(options.from)}`);
  if (options.to) sql.push(`a.published_date <= ${p(options.to)}`);
  if (options.site) sql.push(`(a.site = ${p(options.site)} OR a.site LIKE ${p(`%.${options.site}`)})`);
  if (options.entity) {
    sql.push(`(EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.name_lc = ${p(options.entity.toLowerCase())})
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.text = ${p(options.entity)}))`);
  }
  if (options.eventRoot) sql.push(`EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.root = ${p(options.eventRoot)})`);
  return { sql, params };
}

/**
 * Searches the store (see Store.search).
 *
 * @example
 * const r = await searchPostgres(pool, 'मॉस्को', { limit: 10 });
 */
export async function searchPostgres(pool: pg.Pool, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(query);
  const q = renderQuery(parsed, 1);
  const f = filters(options, 1 + q.params.length);
  const textWords = [...new Set(q.phrases.filter((p) => p.column === 'text').flatMap((p) => p.words))];
  const prefixes = [...new Set(q.phrases.filter((p) => p.column === 'text' && p.prefix).map((p) => p.words[p.words.length - 1]))];
  const romanWords = [...new Set(q.phrases.filter((p) => p.column === 'roman').flatMap((p) => p.words))];
  const n = 1 + q.params.length + f.params.length;
  const sql = `SELECT a.id, a.doc_len,
      (SELECT coalesce(json_agg(json_build_array(u.lexeme, u.positions, u.weights)), '[]') FROM unnest(a.text_tsv) u
        WHERE u.lexeme = ANY($${n}::text[]) OR EXISTS (SELECT 1 FROM unnest($${n + 1}::text[]) px WHERE starts_with(u.lexeme, px))) AS tp,
      (SELECT coalesce(json_agg(json_build_array(u.lexeme, u.positions, u.weights)), '[]') FROM unnest(a.roman_tsv) u
        WHERE u.lexeme = ANY($${n + 2}::text[])) AS rp
    FROM articles a WHERE ${[q.sql, ...f.sql].join(' AND ')}`;
  try {
    const [matched, stats, ...hits] = await Promise.all([
      pool.query(sql, [...q.params, ...f.params, textWords, prefixes, romanWords]),
      pool.query('SELECT rows::float8 AS rows, tokens::float8 AS tokens FROM search_stats'),
      ...q.phrases.map((p) => pool.query(`SELECT count(*)::int AS n FROM articles a WHERE a.${p.column}_tsv @@ $1::tsquery`, [p.tsquery])),
    ]);
    const rowsN = stats.rows[0].rows as number;
    const avg = rowsN > 0 ? (stats.rows[0].tokens as number) / rowsN : 1;
    const idfs = hits.map((h) => idf(rowsN, h.rows[0].n as number));
    const scored = matched.rows.map((r) => {
      const freqs = q.phrases.map((p) => phraseFrequency(p, (p.column === 'roman' ? r.rp : r.tp) as LexemePositions));
      return { id: r.id as number, score: bm25(freqs, idfs, r.doc_len as number, avg) };
    }).sort((x, y) => x.score - y.score || x.id - y.id);
    const offset = options.offset ?? 0;
    const page = scored.slice(offset, offset + (options.limit ?? 10));
    const { rows } = await pool.query('SELECT id, title, url, site, published, story_id, body FROM articles WHERE id = ANY($1)', [page.map((s) => s.id)]);
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    const terms = {
      words: queryWords(parsed),
      keys: parsed.clauses.filter((c) => !c.negated).flatMap((c) => c.any.filter((t) => t.latin).flatMap((t) => t.words.map(phoneticKey))).filter((k) => k.length >= 2),
    };
    return {
      total: scored.length,
      hits: page.map((s) => {
        const r = byId.get(s.id)!;
        return {
          id: s.id, title: r.title as string | null, url: r.url as string | null, site: r.site as string | null,
          published: r.published as string | null, storyId: r.story_id as number, score: s.score, snippet: snippet(r.body as string, terms),
        };
      }),
    };
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', `cannot search for ${JSON.stringify(query)}: ${(err as Error).message}`, { cause: err });
  }
}
