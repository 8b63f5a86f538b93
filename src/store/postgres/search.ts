/**
 * Search over the PostgreSQL store: the GIN indexes on the two search vectors find the rows,
 * the filters are the SQLite store's, and PostgreSQL ranks the rows by FTS5's bm25 (rank-sql.ts:
 * phrase frequencies from ts_rank_cd, the formula of bm25.ts in float8), so only the page
 * leaves the database and both stores return the same hits in the same order with the same
 * scores. Snippets come from the shared snippet builder.
 */
import type pg from 'pg';
import { KhabarError } from '../../errors.ts';
import { parseQuery, queryWords } from '../query.ts';
import { phoneticKey } from '../romanize-adapter.ts';
import { snippet } from '../snippet.ts';
import type { SearchOptions, SearchResult } from '../types.ts';
import { idf } from './bm25.ts';
import { frequencySql, Params, scoreSql } from './rank-sql.ts';
import { type Phrase, renderQuery } from './tsquery.ts';

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

/** IDF of every phrase and the average document length (FTS5 counts over the whole table). */
async function statistics(pool: pg.Pool, phrases: Phrase[]): Promise<{ idfs: number[]; avg: number }> {
  const [stats, ...hits] = await Promise.all([
    pool.query('SELECT rows::float8 AS rows, tokens::float8 AS tokens FROM search_stats'),
    ...phrases.map((p) => pool.query(`SELECT count(*)::int AS n FROM articles a WHERE a.${p.column}_tsv @@ $1::tsquery`, [p.tsquery])),
  ]);
  const rows = stats.rows[0].rows as number;
  return { idfs: hits.map((h) => idf(rows, h.rows[0].n as number)), avg: rows > 0 ? (stats.rows[0].tokens as number) / rows : 1 };
}

/**
 * The ranked page (ids and scores, best first) and the total number of matching rows: every
 * matching row is scored inside PostgreSQL, ordered by (score, id) like the SQLite store.
 */
async function rankedPage(pool: pg.Pool, query: string, options: SearchOptions): Promise<{ total: number; page: { id: number; score: number }[] }> {
  const q = renderQuery(parseQuery(query), 1);
  const f = filters(options, 1 + q.params.length);
  const where = [q.sql, ...f.sql].join(' AND ');
  const params = new Params(1 + q.params.length + f.params.length);
  const limit = params.add(options.limit ?? 10, 'int');
  const offset = params.add(options.offset ?? 0, 'int');
  const base = [...q.params, ...f.params];
  const { idfs, avg } = await statistics(pool, q.phrases);
  const freqs = q.phrases.map((p, i) => frequencySql(p, i, params));
  const score = scoreSql(freqs.map((x) => x.frequency), idfs, avg, params);
  const sql = `SELECT id, score, count(*) OVER ()::int AS total FROM (
      SELECT a.id, ${score} AS score FROM articles a
        CROSS JOIN LATERAL (SELECT ${freqs.flatMap((x) => x.ranks).join(', ')} OFFSET 0) r
      WHERE ${where}) s
    ORDER BY score, id LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await pool.query(sql, [...base, ...params.values]);
  if (rows.length === 0 && (options.offset ?? 0) > 0) {
    const all = await pool.query(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, base);
    return { total: all.rows[0].n as number, page: [] };
  }
  return { total: (rows[0]?.total as number | undefined) ?? 0, page: rows.map((r) => ({ id: r.id as number, score: r.score as number })) };
}

/**
 * Searches the store (see Store.search).
 *
 * @example
 * const r = await searchPostgres(pool, 'मॉस्को', { limit: 10 });
 */
export async function searchPostgres(pool: pg.Pool, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(query);
  try {
    const { total, page } = await rankedPage(pool, query, options);
    const { rows } = await pool.query('SELECT id, title, url, site, published, story_id, body FROM articles WHERE id = ANY($1)', [page.map((s) => s.id)]);
    const byId = new Map(rows.map((r) => [r.id as number, r]));
    const terms = {
      words: queryWords(parsed),
      keys: parsed.clauses.filter((c) => !c.negated).flatMap((c) => c.any.filter((t) => t.latin).flatMap((t) => t.words.map(phoneticKey))).filter((k) => k.length >= 2),
    };
    return {
      total,
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
