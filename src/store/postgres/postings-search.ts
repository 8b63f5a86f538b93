/**
 * Ranking from the search postings (postings-schema.ts) for queries whose phrases are all single
 * words without a prefix: every phrase is one index-only scan of the covering btree, each
 * article's phrase frequencies come from its postings (title 3 × A positions + B positions, or
 * 0.5 × romanised positions, the numbers ts_rank_cd gives rank-sql.ts), and the score is the
 * same float8 expression (scoreSql), so the hits, order and scores equal the tsvector path's.
 * The boolean structure is the same as renderQuery's: positive clauses are ANDed, the phrases
 * of a clause ORed, a negated clause's phrases must all be absent.
 */
import type pg from 'pg';
import type { ParsedQuery } from '../query.ts';
import { idf, WEIGHTS } from './bm25.ts';
import { ROMAN_COL, TEXT_COL } from './postings-schema.ts';
import { Params, scoreSql } from './rank-sql.ts';
import { type Phrase, termPhrases } from './tsquery.ts';

/** A query answerable from postings: the scored phrases in renderQuery's order, the clauses as phrase indexes, the excluded phrases. */
export interface PostingsQuery {
  phrases: Phrase[];
  clauses: number[][];
  excluded: Phrase[];
}

/** SQL filter conditions over `a` (an articles row) with their parameters, numbered from $1. */
export interface FilterSql {
  sql: string[];
  params: unknown[];
}

const col = (p: Phrase) => (p.column === 'text' ? TEXT_COL : ROMAN_COL);

/** The phrase's weighted frequency from one posting's counts, as float8 (the same double as rank-sql.ts's frequency). */
const frequency = (p: Phrase) => (p.column === 'text' ? `(${WEIGHTS.A}::float8 * tf_title + tf_body)` : `(tf_body * ${WEIGHTS.roman}::float8)`);

/**
 * The postings plan of a parsed query, or null when a phrase has several words or a prefix
 * (those need positions: the tsvector path ranks them).
 *
 * @example
 * postingsQuery(parseQuery('भारत -चीन'))?.excluded.length; // 1
 * postingsQuery(parseQuery('"विश्व कप"')); // null
 */
export function postingsQuery(q: ParsedQuery): PostingsQuery | null {
  const out: PostingsQuery = { phrases: [], clauses: [], excluded: [] };
  for (const c of q.clauses.filter((x) => !x.negated)) {
    const ps = c.any.flatMap(termPhrases);
    out.clauses.push(ps.map((_, i) => out.phrases.length + i));
    out.phrases.push(...ps);
  }
  for (const c of q.clauses.filter((x) => x.negated)) out.excluded.push(...c.any.flatMap(termPhrases));
  return [...out.phrases, ...out.excluded].every((p) => p.words.length === 1 && !p.prefix) ? out : null;
}

/** IDF of every phrase (postings per lexeme) and the average document length, in one round trip. */
async function statistics(client: pg.ClientBase, phrases: Phrase[]): Promise<{ idfs: number[]; avg: number }> {
  const counts = phrases.map((p, i) => `(SELECT count(*)::int FROM search_postings WHERE col = ${col(p)} AND lexeme = $${i + 1}) AS n${i}`);
  const { rows } = await client.query(`SELECT rows::float8 AS rows, tokens::float8 AS tokens${counts.map((c) => `, ${c}`).join('')} FROM search_stats`,
    phrases.map((p) => p.words[0]));
  const r = rows[0];
  const n = r.rows as number;
  return { idfs: phrases.map((_, i) => idf(n, r[`n${i}`] as number)), avg: n > 0 ? (r.tokens as number) / n : 1 };
}

/**
 * SQL of the matching articles `m` (article_id, doc_len, f<i> per phrase) and its conditions:
 * one phrase reads its postings directly, several are grouped per article.
 */
function matchesSql(q: PostingsQuery, params: Params): { from: string; where: string[] } {
  const lexeme = (p: Phrase) => params.add(p.words[0], 'text');
  const excluded = q.excluded.map((p) => `NOT EXISTS (SELECT 1 FROM search_postings n WHERE n.col = ${col(p)} AND n.lexeme = ${lexeme(p)} AND n.article_id = m.article_id)`);
  if (q.phrases.length === 1) {
    const p = q.phrases[0];
    return { from: `(SELECT article_id, doc_len, ${frequency(p)} AS f0 FROM search_postings WHERE col = ${col(p)} AND lexeme = ${lexeme(p)})`, where: excluded };
  }
  const legs = q.phrases.map((p, k) => `SELECT ${k} AS k, article_id, doc_len, ${frequency(p)} AS f FROM search_postings WHERE col = ${col(p)} AND lexeme = ${lexeme(p)}`);
  const columns = q.phrases.map((_, k) => `coalesce(max(f) FILTER (WHERE k = ${k}), 0::float8) AS f${k}, bool_or(k = ${k}) AS h${k}`);
  const from = `(SELECT article_id, max(doc_len) AS doc_len, ${columns.join(', ')} FROM (${legs.join(' UNION ALL ')}) x GROUP BY article_id)`;
  const clauses = q.clauses.map((c) => `(${c.map((k) => `m.h${k}`).join(' OR ')})`);
  return { from, where: [...clauses, ...excluded] };
}

/**
 * The ranked page (ids and scores, best first, ties by id) and the exact total of matching
 * articles, from postings alone unless filters need the articles rows. Runs on the caller's
 * connection (search.ts's read-only transaction).
 *
 * @example
 * const q = postingsQuery(parseQuery('भारत'))!;
 * await postingsRankedPage(client, q, { sql: [], params: [] }, 10, 0); // { total: 33096, page: [{ id, score }, …] }
 */
export async function postingsRankedPage(client: pg.ClientBase, q: PostingsQuery, filters: FilterSql, limit: number, offset: number):
  Promise<{ total: number; page: { id: number; score: number }[] }> {
  const { idfs, avg } = await statistics(client, q.phrases);
  const params = new Params(1 + filters.params.length);
  const m = matchesSql(q, params);
  const score = scoreSql(q.phrases.map((_, i) => `m.f${i}`), idfs, avg, params, 'm.doc_len');
  const join = filters.sql.length ? ' JOIN articles a ON a.id = m.article_id' : '';
  const where = [...m.where, ...filters.sql];
  const matches = `SELECT m.article_id AS id, ${score} AS score FROM ${m.from} m${join}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  const values = [...filters.params, ...params.values];
  const page = `SELECT id, score, count(*) OVER ()::int AS total FROM (${matches}) s
    ORDER BY score, id LIMIT ${params.add(limit, 'int')} OFFSET ${params.add(offset, 'int')}`;
  const { rows } = await client.query(page, [...filters.params, ...params.values]);
  if (rows.length === 0 && offset > 0) {
    const all = await client.query(`SELECT count(*)::int AS n FROM (${matches}) s`, values);
    return { total: all.rows[0].n as number, page: [] };
  }
  return { total: (rows[0]?.total as number | undefined) ?? 0, page: rows.map((r) => ({ id: r.id as number, score: r.score as number })) };
}
