/**
 * Search precision of the romanised column on a real store, the page-only reads, the schema
 * migrations (indexes the knowledge base needs, search rows rebuilt from an older schema).
 */
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { snippet } from '../../src/store/snippet.ts';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.ts';
import { putText, syntheticArticle, tempDir, tempStore } from './helpers.ts';

describe('romanised search precision and paging', () => {
  let store: SqliteStore;
  let cleanup: () => Promise<void>;
  const ids: Record<string, number> = {};
  before(async () => {
    ({ store, cleanup } = tempStore());
    ids.corona = (await putText(store, 'शहर में कोरोना के नए मामले मिले और अस्पताल भर गए।', { published: '2020-04-01' })).id;
    ids.kiran = (await putText(store, 'किरण ने स्कूल में पहला स्थान पाया और सबने बधाई दी।', { published: '2020-04-02' })).id;
    ids.karan = (await putText(store, 'सरकार ने इस कारण से नई योजना शुरू करने का फ़ैसला लिया।', { published: '2020-04-03' })).id;
    for (let i = 0; i < 30; i++) await putText(store, `${syntheticArticle(i, 4)} कोरोना`, { published: '2021-01-01' });
  });
  after(async () => cleanup());

  test('Corona finds कोरोना, not किरण or कारण/करने', async () => {
    const r = await store.search('Corona', { limit: 100 });
    const got = r.hits.map((h) => h.id);
    assert.ok(got.includes(ids.corona));
    assert.ok(!got.includes(ids.kiran) && !got.includes(ids.karan), JSON.stringify(got));
    assert.equal(r.total, 31);
  });

  test('total counts every match while only the page is read; ties keep id order', async () => {
    const page = await store.search('कोरोना', { limit: 5, offset: 10 });
    assert.equal(page.total, 31);
    assert.equal(page.hits.length, 5);
    const all = await store.search('कोरोना', { limit: 100 });
    assert.deepEqual(page.hits.map((h) => h.id), all.hits.slice(10, 15).map((h) => h.id));
    for (let i = 1; i < all.hits.length; i++) {
      const [a, b] = [all.hits[i - 1], all.hits[i]];
      assert.ok(a.score < b.score || (a.score === b.score && a.id < b.id), 'bm25 then id');
    }
  });

  test('filters go through the join and still count exactly', async () => {
    const r = await store.search('कोरोना', { from: '2020-01-01', to: '2020-12-31' });
    assert.equal(r.total, 1);
    assert.deepEqual(r.hits.map((h) => h.id), [ids.corona]);
  });

  test('snippets highlight the Hindi spelling a Latin query found', () => {
    const body = 'शहर में कोरोना के नए मामले मिले, किरण ने कहा।';
    assert.equal(snippet(body, { words: [], keys: ['krnu'] }), 'शहर में [कोरोना] के नए मामले मिले, किरण ने कहा');
    assert.match(snippet(body, { words: [], keys: ['krna'] }), /\[किरण\]/);
  });
});

describe('migrations', () => {
  test('an old schema-1 store gets the KB indexes and search rows rebuilt with vowel classes', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'old.db');
      const db = new Database(path);
      db.exec(MIGRATIONS[0].sql);
      db.pragma('user_version = 1');
      db.prepare(`INSERT INTO articles (id, content_hash, title, pipeline, source, raw, raw_type, text, body, analysis, story_id, ingested_at)
        VALUES (1, 'h', 'खबर', '0.0.1', 't', x'00', 'text/plain', 'b', 'शहर में कोरोना फैला', '{}', 1, '2020-01-01')`).run();
      db.prepare('INSERT INTO article_fts (rowid, title, body, roman) VALUES (1, ?, ?, ?)').run('खबर', 'शहर में कोरोना फैला', 'kbr sr krn pl');
      db.close();
      const store = openSqliteStore(path);
      try {
        assert.equal(store.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
        assert.deepEqual((await store.search('Corona')).hits.map((h) => h.id), [1], 'rebuilt roman row (krnu) matches');
        const names = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all() as string[];
        for (const n of ['events_pair', 'events_target', 'events_date', 'entities_code']) assert.ok(names.includes(n), n);
        const plan = store.db.prepare("EXPLAIN QUERY PLAN SELECT article_id FROM events WHERE source_country = 'IN' AND target_country = 'PK'").all() as { detail: string }[];
        assert.ok(plan.some((p) => /events_pair/.test(p.detail)), JSON.stringify(plan));
        const plan2 = store.db.prepare("EXPLAIN QUERY PLAN SELECT article_id, eid FROM entities WHERE code = 'PK' AND type = 'LOCATION'").all() as { detail: string }[];
        assert.ok(plan2.some((p) => /COVERING INDEX entities_code/.test(p.detail)), JSON.stringify(plan2));
      } finally {
        await store.close();
      }
    } finally {
      cleanup();
    }
  });
});

test('a repeated search is served from the memo until the store changes', async () => {
  const tmp = tempDir();
  const store = openSqliteStore(join(tmp.dir, 'memo.db'));
  try {
    const first = await store.search('समझौता');
    assert.equal(await store.search('समझौता'), first, 'same object: from the memo');
    await store.addFeed('https://example.org/feed.xml');
    assert.notEqual(await store.search('समझौता'), first, 'recomputed after a write');
  } finally {
    await store.close();
    tmp.cleanup();
  }
});
