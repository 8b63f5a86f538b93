import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingestInputs } from '../../src/ingest/run.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { syntheticArticle, tempDir } from '../store/helpers.ts';

describe('ingest of files and directories', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempDir());
    const src = join(dir, 'in');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'a-2025-07-11.txt'), syntheticArticle(1));
    writeFileSync(join(src, 'sub', 'b.txt'), syntheticArticle(2));
    writeFileSync(join(src, 'same-as-a.txt'), `${syntheticArticle(1)}\r\n\r\n`);
    writeFileSync(join(src, 'empty.txt'), '  \n');
    writeFileSync(join(src, 'ignored.csv'), 'x,y');
    writeFileSync(join(src, 'page.html'), `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>शीर्षक | साइट</title>
      <link rel="canonical" href="https://example.in/news/123?utm_source=x">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"पेज का शीर्षक","datePublished":"2025-05-04T10:00:00+05:30","author":{"@type":"Person","name":"लेखक"}}</script>
      </head><body><nav>मेनू</nav><article><h1>पेज का शीर्षक</h1><p>${syntheticArticle(3, 4)}</p><p>${syntheticArticle(4, 4)}</p></article><footer>कॉपीराइट</footer></body></html>`);
    writeFileSync(join(src, 'recs.json'), [
      JSON.stringify({ title: 'रिकॉर्ड एक', text: syntheticArticle(5), url: 'https://example.in/r1', published: '2025-03-03' }),
      '{not json',
      JSON.stringify({ title: 'बिना पाठ' }),
      JSON.stringify({ title: 'रिकॉर्ड दो', text: syntheticArticle(6), url: 'https://www.example.in/r1/?utm_medium=y' }),
    ].join('\n'));
  });
  after(() => cleanup());

  test('walks a directory, keeps metadata, reports failures with reasons, and re-ingest changes nothing', async () => {
    const store = openSqliteStore(join(dir, 'k.db'));
    try {
      const s1 = await ingestInputs(store, [join(dir, 'in')]);
      assert.equal(s1.added, 4, JSON.stringify(s1));
      assert.equal(s1.duplicates, 2, 'same text with other whitespace, and same canonical URL');
      const reasons = s1.failed.map((f) => f.reason).sort();
      assert.equal(reasons.length, 3);
      assert.equal(reasons[0], 'empty file');
      assert.match(reasons[1], /^invalid JSON line: /);
      assert.equal(reasons[2], 'record has no text');
      const before = await store.counts();
      const s2 = await ingestInputs(store, [join(dir, 'in')]);
      assert.equal(s2.added, 0);
      assert.equal(s2.duplicates, 6);
      assert.deepEqual(await store.counts(), before);
      const page = store.db.prepare("SELECT * FROM articles WHERE raw_type = 'text/html'").get() as Record<string, unknown>;
      assert.equal(page.title, 'पेज का शीर्षक');
      assert.equal(page.canonical_url, 'https://example.in/news/123');
      assert.equal(page.published, '2025-05-04T10:00:00+05:30');
      assert.equal(page.author, 'लेखक');
      assert.equal(page.site, 'example.in');
      assert.ok(!(page.body as string).includes('मेनू'), 'navigation removed by readability');
      const dated = store.db.prepare("SELECT published, anchor_date FROM articles WHERE source LIKE '%a-2025-07-11.txt'").get() as Record<string, unknown>;
      assert.equal(dated.published, '2025-07-11');
      const rec = (await store.getArticle(store.db.prepare("SELECT id FROM articles WHERE title = 'रिकॉर्ड एक'").pluck().get() as number))!;
      assert.equal(rec.meta.canonicalUrl, 'https://example.in/r1');
      assert.equal(rec.analysis.schema, 'khabar.analysis/1');
      assert.equal(rec.pipeline, rec.analysis.pipeline);
    } finally {
      await store.close();
    }
  });

  test('kill -9 mid-ingest leaves no half article; the re-run ends with exact counts', { timeout: 120_000 }, async () => {
    const src = join(dir, 'many');
    mkdirSync(src);
    const N = 150;
    for (let i = 0; i < N; i++) writeFileSync(join(src, `${String(i).padStart(4, '0')}.txt`), syntheticArticle(1000 + i, 40));
    const db = join(dir, 'kill.db');
    openSqliteStore(db).db.close();
    const child = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
    const p = spawn(process.execPath, ['--import', 'tsx', child, db, src], { stdio: 'ignore' });
    const ro = new Database(db, { readonly: true, fileMustExist: true });
    const count = () => ro.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const t0 = Date.now();
    while (count() < 10 && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 20));
    p.kill('SIGKILL');
    await new Promise((r) => p.on('exit', r));
    const atKill = count();
    ro.close();
    assert.ok(atKill >= 10 && atKill < N, `killed mid-run (${atKill} of ${N} stored)`);
    const store = openSqliteStore(db);
    try {
      const c = (sql: string) => store.db.prepare(sql).pluck().get() as number;
      assert.equal(c('SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM dedup_keys)'), 0, 'every article has its keys');
      assert.equal(c('SELECT count(*) FROM dedup_keys WHERE article_id NOT IN (SELECT id FROM articles)'), 0);
      const s = await ingestInputs(store, [src]);
      assert.equal(s.added + s.duplicates, N);
      assert.equal(s.duplicates, atKill);
      assert.equal(c('SELECT count(*) FROM articles'), N);
      assert.equal(c('SELECT count(DISTINCT content_hash) FROM articles'), N);
      assert.equal((await store.search('खबर')).total, N, 'every article is in the search index once');
    } finally {
      await store.close();
    }
  });
});
