/**
 * The same articles in SQLite and PostgreSQL answer the same queries with the same hits in
 * the same order and the same bm25 scores (BBC Hindi articles; skips without ../shared).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { analyze } from '../../src/analysis/pipeline.ts';
import { contentHash } from '../../src/ingest/keys.ts';
import { simhash } from '../../src/ingest/simhash.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { PostgresStore } from '../../src/store/postgres/store.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.ts';
import type { ArticleInput, DedupKeys } from '../../src/store/types.ts';
import { tempDir } from '../store/helpers.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'bbc-hindi');
const skip = postgresSkipReason() ?? (existsSync(CORPUS) ? false : `${CORPUS} is absent`);
if (skip) console.log(`# skipping search parity: ${skip}`);

const QUERIES = ['भारत', 'सरकार', 'समझौता', 'चुनाव', 'प्रधानमंत्री मोदी', '"विश्व कप"', 'पुलिस OR अदालत', 'अमरीका -चीन', 'पाकिस्तान*',
  'Moscow', 'Trump', 'China', 'Pakistan', 'Modi', 'Delhi'];
const SITES = ['bbc.com', 'jagran.com', 'aajtak.in'];

let sqlite: SqliteStore;
let postgres: PostgresStore;
let cleanups: (() => Promise<void>)[] = [];

before(async () => {
  if (skip) return;
  const { dir, cleanup } = tempDir();
  sqlite = openSqliteStore(join(dir, 'k.db'));
  const db = await pgTestDatabase();
  postgres = await openPostgresStore(db.url);
  cleanups = [async () => { await sqlite.close(); cleanup(); }, async () => { await postgres.close(); await db.drop(true); }];
  const files = readdirSync(CORPUS).sort().slice(0, 50);
  for (const [i, f] of files.entries()) {
    const text = readFileSync(join(CORPUS, f), 'utf8');
    const analysis = analyze(text);
    const url = `https://${SITES[i % 3]}/a/${i}`;
    const input: ArticleInput = {
      meta: { url, canonicalUrl: url, guid: null, site: SITES[i % 3], title: analysis.title, author: null, published: `2020-0${1 + (i % 9)}-1${i % 10}`, source: f },
      raw: Buffer.from(text), rawType: 'text/plain', text, analysis, simhash: simhash(analysis.body),
    };
    const keys: DedupKeys = { contentHash: contentHash(text), canonicalUrl: url };
    const a = await sqlite.putArticle(input, keys);
    const b = await postgres.putArticle(input, keys);
    assert.deepEqual(b, a, 'same ids and stories');
  }
});
after(async () => { for (const c of cleanups) await c(); });

test('15 queries: same totals, same top 10 in the same order, same bm25 scores', { skip }, async () => {
  let compared = 0;
  for (const q of QUERIES) {
    const a = await sqlite.search(q, { limit: 10 });
    const b = await postgres.search(q, { limit: 10 });
    assert.equal(b.total, a.total, `${q}: total`);
    assert.deepEqual(b.hits.map((h) => h.id), a.hits.map((h) => h.id), `${q}: order`);
    b.hits.forEach((h, i) => assert.ok(Math.abs(h.score - a.hits[i].score) < 1e-9, `${q}: score ${h.score} vs ${a.hits[i].score}`));
    assert.deepEqual(b.hits.map((h) => h.snippet), a.hits.map((h) => h.snippet), `${q}: snippets`);
    compared += a.hits.length;
  }
  assert.ok(compared > 60, `enough hits compared (${compared})`);
});

test('filters give the same hits on both', { skip }, async () => {
  const opts = [{ site: 'jagran.com' }, { from: '2020-03-01', to: '2020-05-31' }, { entity: 'India' }, { eventRoot: '04' }];
  for (const o of opts) {
    const a = await sqlite.search('भारत OR सरकार', { limit: 20, ...o });
    const b = await postgres.search('भारत OR सरकार', { limit: 20, ...o });
    assert.equal(b.total, a.total, JSON.stringify(o));
    assert.deepEqual(b.hits.map((h) => h.id), a.hits.map((h) => h.id), JSON.stringify(o));
  }
});
