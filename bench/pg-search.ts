/**
 * Search on PostgreSQL versus SQLite over the same store (e.g. the 100,000-article one after
 * `khabar migrate`): uncached p50/p95 per script with bench/ingest.ts's queries and timing,
 * store sizes (with the search postings), and parity (same top-10 ids and scores for every query on both).
 *
 *   node --import tsx bench/pg-search.ts --sqlite FILE --pg postgres://USER@HOST:PORT/DB [--reps 10]
 */
import { parseArgs } from 'node:util';
import { openPostgresStore, redact } from '../src/store/postgres/open.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import type { Store } from '../src/store/types.ts';
import { dbSize, HINDI_QUERIES, LATIN_QUERIES, searchLatency } from './ingest.ts';

/** Top-10 (id, score) of every benchmark query. */
async function topTen(store: Store): Promise<Map<string, { ids: number[]; scores: number[]; total: number }>> {
  const out = new Map<string, { ids: number[]; scores: number[]; total: number }>();
  for (const q of [...HINDI_QUERIES, ...LATIN_QUERIES]) {
    const r = await store.search(q, { limit: 10 });
    out.set(q, { ids: r.hits.map((h) => h.id), scores: r.hits.map((h) => h.score), total: r.total });
  }
  return out;
}

async function main(): Promise<void> {
  const { values: v } = parseArgs({ options: { sqlite: { type: 'string' }, pg: { type: 'string' }, reps: { type: 'string' } } });
  if (!v.sqlite || !v.pg) { console.error('usage: pg-search.ts --sqlite FILE --pg postgres://… [--reps 10]'); process.exit(2); }
  const reps = Number(v.reps ?? 10);
  const lite = openSqliteStore(v.sqlite);
  const pgs = await openPostgresStore(v.pg);
  try {
    const [a, b] = [await lite.counts(), await pgs.counts()];
    const size = await pgs.pool.query(`SELECT pg_database_size(current_database())::float8 AS db,
      pg_total_relation_size('articles')::float8 AS articles, pg_relation_size('articles_text_tsv')::float8 AS text_gin,
      pg_relation_size('articles_roman_tsv')::float8 AS roman_gin,
      CASE WHEN to_regclass('search_postings') IS NULL THEN NULL ELSE pg_total_relation_size('search_postings')::float8 END AS postings`);
    const liteTop = await topTen(lite);
    const pgTop = await topTen(pgs);
    const parity = [...liteTop].map(([q, l]) => {
      const p = pgTop.get(q)!;
      const sameIds = l.ids.join() === p.ids.join();
      const maxScoreDiff = Math.max(0, ...l.scores.map((s, i) => Math.abs(s - (p.scores[i] ?? Infinity))));
      return { query: q, totalSqlite: l.total, totalPg: p.total, sameIds, maxScoreDiff: +maxScoreDiff.toExponential(2) };
    });
    const sqliteSearch = await searchLatency(lite, reps);
    const pgSearch = await searchLatency(pgs, reps);
    console.log(JSON.stringify({
      sqlite: { store: v.sqlite, articles: a.articles, bytes: dbSize(v.sqlite), search: sqliteSearch },
      postgres: { store: redact(v.pg), articles: b.articles, bytes: size.rows[0], search: pgSearch },
      countsEqual: JSON.stringify(a) === JSON.stringify(b),
      parity: { allSame: parity.every((p) => p.sameIds && p.totalSqlite === p.totalPg), queries: parity },
    }, null, 1));
  } finally {
    await lite.close();
    await pgs.close();
  }
}

await main();
