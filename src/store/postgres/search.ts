/**
 * Search over the PostgreSQL store. A query of single words (any AND / OR / NOT structure) is
 * ranked from the search postings (postings-search.ts: index-only scans, no search vector is
 * read); a query with a multi-word phrase or a prefix needs positions, so the GIN indexes on
 * the two search vectors find the rows and ts_rank_cd gives the phrase frequencies
 * (rank-sql.ts). Both compute FTS5's bm25 in the same float8 operations, so only the page leaves
 * the database and both stores return the same hits in the same order with the same scores.
 * The filters are the SQLite store's. Snippets come from the shared snippet builder.
 */
import type pg from 'pg';
import { inTransaction } from './tx.ts';
import { KhabarError } from '../../errors.ts';
import { parseQuery, queryWords } from '../query.ts';
import { phoneticKey } from '../romanize-adapter.ts';
import { snippet } from '../snippet.ts';
import type { SearchOptions, SearchResult } from '../types.ts';
import { idf } from './bm25.ts';
import { postingsQuery, postingsRankedPage } from './postings-search.ts';
import { Params, ranksSql, scoreSql } from './rank-sql.ts';
import { type Phrase, renderQuery } from './tsquery.ts';

/**
 * SQL filter conditions over the articles row `a` (the SQLite store's), with their parameters from `$first`.
 *
 * @example
 * filters({ site: 'bbc.com' }, 1).sql; // ['(a.site = $1 OR a.site LIKE $2)']
 */
export function filters(options: SearchOptions, first: number): { sql: string[]; params: unknown[] } {
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

/** IDF of every phrase and the average document length (FTS5 counts over the whole table), in one round trip. */
async function statistics(client: pg.ClientBase, phrases: Phrase[]): Promise<{ idfs: number[]; avg: number }> {
  const counts = phrases.map((p, i) => `(SELECT count(*)::int FROM articles a WHERE a.${p.column}_tsv @@ $${i + 1}::tsquery) AS n${i}`);
  const { rows } = await client.query(`SELECT rows::float8 AS rows, tokens::float8 AS tokens${counts.map((c) => `, ${c}`).join('')} FROM search_stats`,
    phrases.map((p) => p.tsquery));
  const r = rows[0];
  const n = r.rows as number;
  return { idfs: phrases.map((_, i) => idf(n, r[`n${i}`] as number)), avg: n > 0 ? (r.tokens as number) / n : 1 };
}

type RankedPage = { total: number; page: { id: number; score: number }[] };

/**
 * The ranked page (ids and scores, best first) and the total number of matching rows from the
 * search vectors: every matching row is scored inside PostgreSQL, ordered by (score, id) like
 * the SQLite store. Any query; search uses it for phrases and prefixes.
 * Sequential scans are off for these statements: the planner prices `@@` and ts_rank_cd as
 * cheap, but a sequential scan detoasts every row's vectors (kilobytes, compressed), while the
 * GIN bitmap detoasts only the matching rows (China on 100,000 articles: ~0.9 s → ~0.5 s). JIT
 * is off too: the disabled scans inflate the plan cost past jit_above_cost and compiling
 * costs more than the query (~350 ms). The caller sets them (see rankedPage).
 *
 * @example
 * await vectorRankedPage(client, '"विश्व कप"', { limit: 10 }); // { total: 3670, page: [{ id, score }, …] }
 */
export async function vectorRankedPage(client: pg.ClientBase, query: string, options: SearchOptions): Promise<RankedPage> {
  const q = renderQuery(parseQuery(query), 1);
  const f = filters(options, 1 + q.params.length);
  const where = [q.sql, ...f.sql].join(' AND ');
  const params = new Params(1 + q.params.length + f.params.length);
  const limit = params.add(options.limit ?? 10, 'int');
  const offset = params.add(options.offset ?? 0, 'int');
  const base = [...q.params, ...f.params];
  const { idfs, avg } = await statistics(client, q.phrases);
  const ranks = ranksSql(q.phrases, params);
  const score = scoreSql(ranks.frequencies, idfs, avg, params);
  const sql = `SELECT id, score, count(*) OVER ()::int AS total FROM (
      SELECT a.id, ${score} AS score FROM articles a CROSS JOIN ${ranks.lateral}
      WHERE ${where}) s
    ORDER BY score, id LIMIT ${limit} OFFSET ${offset}`;
  const { rows } = await client.query(sql, [...base, ...params.values]);
  if (rows.length === 0 && (options.offset ?? 0) > 0) {
    const all = await client.query(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, base);
    return { total: all.rows[0].n as number, page: [] };
  }
  return { total: (rows[0]?.total as number | undefined) ?? 0, page: rows.map((r) => ({ id: r.id as number, score: r.score as number })) };
}

/**
 * The ranked page and total of a query: from the postings when every phrase is a single word,
 * else from the search vectors. Sequential scans and JIT are off for the transaction.
 *
 * @example
 * await rankedPage(client, 'भारत -चीन', { limit: 10 }); // { total, page }
 */
export async function rankedPage(client: pg.ClientBase, query: string, options: SearchOptions): Promise<RankedPage> {
  await client.query('SET LOCAL enable_seqscan = off; SET LOCAL jit = off');
  const plan = postingsQuery(parseQuery(query));
  if (!plan) return vectorRankedPage(client, query, options);
  return postingsRankedPage(client, plan, filters(options, 1), options.limit ?? 10, options.offset ?? 0);
}

/** Runs `work` in a read-only transaction on one pooled connection (so SET LOCAL applies to it alone). */
function readOnly<T>(pool: pg.Pool, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN READ ONLY', work);
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
    const { total, page, rows } = await readOnly(pool, async (client) => {
      const ranked = await rankedPage(client, query, options);
      const found = await client.query('SELECT id, title, url, site, published, story_id, body FROM articles WHERE id = ANY($1)', [ranked.page.map((s) => s.id)]);
      return { ...ranked, rows: found.rows };
    });
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
