/**
 * The search postings: they hold exactly what the search vectors hold after every write (ingest,
 * bulk import, reanalysis, delete) and after the migration that backfills an older store, and
 * ranking from them gives the same totals, ids, order and scores as ranking from the vectors,
 * for every AND / OR / NOT shape, Latin words, filters and paging.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { analyze } from '../../src/analysis/pipeline.ts';
import { parseQuery } from '../../src/store/query.ts';
import { migratePostgres, PG_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { postingsQuery } from '../../src/store/postgres/postings-search.ts';
import { rankedPage, vectorRankedPage } from '../../src/store/postgres/search.ts';
import { PostgresStore } from '../../src/store/postgres/store.ts';
import type { SearchOptions } from '../../src/store/types.ts';
import { putText } from '../store/helpers.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';

const skip = postgresSkipReason() ?? false;
if (skip) console.log(`# skipping search postings: ${skip}`);

const HINDI = ['भारत', 'सरकार', 'चीन', 'पाकिस्तान', 'मंत्री', 'चुनाव', 'पुलिस', 'अदालत', 'किसान', 'बाज़ार', 'समझौता', 'नज़दीकियाँ'];
const LATIN = ['Moscow', 'Delhi', 'Modi', 'China', 'Trump'];

/** A deterministic article: a title and sentences drawn from the two vocabularies (Latin words rarer). */
function article(seed: number): { title: string; text: string } {
  let x = (seed * 2654435761) % 4294967296 || 1;
  const rnd = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  const word = () => (rnd() < 0.15 ? LATIN[Math.floor(rnd() * LATIN.length)] : HINDI[Math.floor(rnd() * HINDI.length)]);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const title = sentence(1 + Math.floor(rnd() * 4));
  const body = Array.from({ length: 2 + Math.floor(rnd() * 8) }, () => `${sentence(3 + Math.floor(rnd() * 8))} के बारे में खबर ${seed} है।`).join(' ');
  return { title, text: body };
}

async function putArticles(store: PostgresStore, from: number, to: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = from; i < to; i++) {
    const a = article(i);
    ids.push((await putText(store, a.text, { title: a.title, site: i % 2 ? 'a.example' : 'b.example', published: `2025-0${1 + (i % 9)}-10` })).id);
  }
  return ids;
}

/** Postings as stored, and as the article vectors say they must be (counted here from unnest's weights), as sorted lines. */
async function postingsAndVectors(db: pg.Pool | pg.PoolClient): Promise<{ stored: string[]; expected: string[] }> {
  const stored = (await db.query('SELECT col, lexeme, article_id, tf_title, tf_body, doc_len FROM search_postings')).rows
    .map((r) => [r.col, r.lexeme, r.article_id, r.tf_title, r.tf_body, r.doc_len].join('|'));
  const rows = (await db.query(`SELECT a.id, a.doc_len, 0 AS col, u.lexeme, u.weights FROM articles a, unnest(a.text_tsv) u
    UNION ALL SELECT a.id, a.doc_len, 1, u.lexeme, u.weights FROM articles a, unnest(a.roman_tsv) u`)).rows;
  const count = (ws: string[], w: string) => ws.filter((x) => x === w).length;
  const expected = rows.map((r) => [r.col, r.lexeme, r.id, r.col === 0 ? count(r.weights, 'A') : 0, r.col === 0 ? count(r.weights, 'B') : count(r.weights, 'D'), r.doc_len].join('|'));
  const sort = (xs: string[]) => xs.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { stored: sort(stored), expected: sort(expected) };
}

let store: PostgresStore;
let drop: (stop?: boolean) => Promise<void> = async () => {};

before(async () => {
  if (skip) return;
  const db = await pgTestDatabase();
  drop = db.drop;
  store = await openPostgresStore(db.url);
  await putArticles(store, 0, 60);
});
after(async () => {
  if (skip) return;
  await store.close();
  await drop(true);
});

test('postings hold what the vectors hold after ingest, reanalysis, bulk import and delete', { skip }, async () => {
  const check = async (when: string) => {
    const { stored, expected } = await postingsAndVectors(store.pool);
    assert.ok(expected.length > 100, `${when}: enough postings (${expected.length})`);
    assert.deepEqual(stored, expected, when);
  };
  await check('after ingest');
  const before = (await store.pool.query("SELECT count(*)::int AS n FROM search_postings WHERE lexeme = 'समाचारपत्र'")).rows[0].n;
  await store.replaceAnalysis(3, analyze('समाचारपत्र में नया विषय Moscow आया।', { meta: { title: null, published: null, url: null } }), null);
  const afterReanalysis = (await store.pool.query("SELECT count(*)::int AS n FROM search_postings WHERE lexeme = 'समाचारपत्र'")).rows[0].n;
  assert.equal(afterReanalysis, before + 1, 'the new word of the reanalysed article is posted');
  await check('after reanalysis');
  const a = await store.getArticle(5);
  const raw = (await store.getRaw(5))!;
  await store.importArticles([1000, 1001].map((id) => ({
    id, storyId: id, ingestedAt: '2025-01-01T00:00:00.000Z', contentHash: `h${id}`, keys: [`hash:h${id}`],
    input: { meta: a!.meta, raw, rawType: a!.rawType, text: a!.text, analysis: a!.analysis, simhash: null },
  })));
  const imported = (await store.pool.query('SELECT count(DISTINCT article_id)::int AS n FROM search_postings WHERE article_id >= 1000')).rows[0].n;
  assert.equal(imported, 2, 'both imported articles are posted');
  await check('after bulk import');
  await store.pool.query('DELETE FROM articles WHERE id IN (7, 1001)');
  const gone = (await store.pool.query('SELECT count(*)::int AS n FROM search_postings WHERE article_id IN (7, 1001)')).rows[0].n;
  assert.equal(gone, 0, 'a deleted article leaves no postings');
  await check('after delete');
});

const QUERIES = ['भारत', 'भारत सरकार', 'भारत OR सरकार', 'भारत -सरकार', 'चीन OR पाकिस्तान -भारत', 'मंत्री Moscow -Trump -Delhi', 'NOT किसान समझौता',
  'नजदीकियां', 'Moscow', 'Delhi Modi', 'China OR Trump', 'Modi -Delhi', 'भारत Moscow', 'भारत OR Modi -China', 'अनुपस्थित', 'भारत अनुपस्थित',
  'भारत OR अनुपस्थित', 'भारत भारत', 'सरकार -सरकार'];
const OPTIONS: SearchOptions[] = [{ limit: 10 }, { limit: 5, offset: 3 }, { limit: 10, site: 'a.example' }, { limit: 7, from: '2025-03-01', to: '2025-06-30' },
  { limit: 10, offset: 1000 }, { limit: 1000 }];

test('ranking from postings equals ranking from the vectors: totals, ids, order, scores', { skip }, async () => {
  const c = await store.pool.connect();
  let compared = 0;
  try {
    await c.query('BEGIN READ ONLY');
    for (const q of QUERIES) {
      assert.ok(postingsQuery(parseQuery(q)), `${q}: answered from postings`);
      for (const o of OPTIONS) {
        const want = await vectorRankedPage(c, q, o);
        const got = await rankedPage(c, q, o);
        const what = `${q} ${JSON.stringify(o)}`;
        assert.equal(got.total, want.total, `${what}: total`);
        assert.deepEqual(got.page, want.page, `${what}: ids and scores`);
        compared += want.page.length;
      }
    }
    await c.query('COMMIT');
  } finally {
    c.release();
  }
  assert.ok(compared > 500, `enough hits compared (${compared})`);
});

test('phrases and prefixes stay on the vectors', { skip }, () => {
  for (const q of ['"भारत सरकार"', 'पाकि*', 'भारत -"चीन पाकिस्तान"', 'Mosc*']) assert.equal(postingsQuery(parseQuery(q)), null, q);
});

test('the migration backfills postings of a store written before it, and search uses them', { skip }, async () => {
  const db = await pgTestDatabase();
  const pool = new pg.Pool({ connectionString: db.url });
  try {
    const c = await pool.connect();
    const version = PG_MIGRATIONS.findIndex((m) => m.sql.includes('CREATE TABLE search_postings'));
    assert.ok(version > 0, `the postings migration is found (${version})`);
    await migratePostgres(c, version);
    const old = new PostgresStore(pool);
    await putArticles(old, 100, 130);
    assert.equal((await c.query("SELECT to_regclass('search_postings') AS t")).rows[0].t, null, 'no postings before the migration');
    assert.equal(await migratePostgres(c), PG_MIGRATIONS.length);
    const { stored, expected } = await postingsAndVectors(c);
    assert.ok(stored.length > 100, `postings backfilled (${stored.length})`);
    assert.deepEqual(stored, expected);
    c.release();
    await putArticles(old, 130, 135);
    const r = await old.search('भारत OR Modi', { limit: 50 });
    const viaVectors = await old.tx((t) => vectorRankedPage(t, 'भारत OR Modi', { limit: 50 }));
    assert.ok(r.total > 5, `enough hits (${r.total})`);
    assert.equal(r.total, viaVectors.total);
    assert.deepEqual(r.hits.map((h) => [h.id, h.score]), viaVectors.page.map((p) => [p.id, p.score]));
  } finally {
    await pool.end();
    await db.drop();
  }
});
