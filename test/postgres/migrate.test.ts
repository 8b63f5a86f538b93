/** `khabar migrate --from sqlite:… --to postgres://…`: everything copied, ids kept, a second run copies nothing. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { run } from '../../src/cli/commands/migrate.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';
import { putText, syntheticArticle } from '../store-contract/helpers.ts';
import { tempDir } from '../store/helpers.ts';

const skip = postgresSkipReason() ?? false;

test('migrate copies feeds and articles with ids, stories, keys and search; rerun is a no-op', { skip }, async () => {
  const { dir, cleanup } = tempDir();
  const db = await pgTestDatabase();
  try {
    const path = join(dir, 'k.db');
    const src = openSqliteStore(path);
    const feed = (await src.addFeed('https://f.example/rss', 'फ़ीड')).feed;
    const base = syntheticArticle(42, 30);
    const a = await putText(src, base, { canonicalUrl: 'https://one.example/a', guid: 'g-1', title: 'मॉस्को यात्रा', feedId: feed.id });
    const b = await putText(src, `${base.replace('सरकार', 'प्रशासन')} एजेंसी से इनपुट के साथ।`, { canonicalUrl: 'https://two.example/b' });
    const c = await putText(src, syntheticArticle(43), { published: '2025-01-02' });
    const before = await src.counts();
    const hits = (await src.search('मॉस्को OR खबर', { limit: 10 })).hits.map((h) => [h.id, h.score]);
    await src.close();

    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
    let code: number;
    try { code = await run(['--from', `sqlite:${path}`, '--to', db.url]); } finally { process.stdout.write = write; }
    assert.equal(code, 0, out.join(''));
    assert.match(out.join(''), /copied 3 articles \(0 already there\) and 1 feeds/);

    const pg = await openPostgresStore(db.url);
    try {
      assert.deepEqual(await pg.counts(), before);
      const art = (await pg.getArticle(a.id))!;
      assert.equal(art.meta.title, 'मॉस्को यात्रा');
      assert.equal(art.meta.feedId, feed.id);
      assert.equal(b.storyId, a.id);
      assert.deepEqual(await pg.storyArticles(a.id), [a.id, b.id]);
      assert.equal((await pg.getArticle(c.id))!.meta.published, '2025-01-02');
      assert.equal(await pg.findDuplicate({ guid: 'g-1', contentHash: '' }), a.id);
      assert.equal((await pg.getRaw(a.id))!.toString(), base);
      assert.deepEqual((await pg.search('मॉस्को OR खबर', { limit: 10 })).hits.map((h) => [h.id, h.score]), hits);
      const next = await putText(pg, syntheticArticle(44));
      assert.equal(next.id, c.id + 1, 'new ids continue after the copied ones');
    } finally {
      await pg.close();
    }
    const again: string[] = [];
    process.stdout.write = ((s: string) => { again.push(String(s)); return true; }) as typeof process.stdout.write;
    try { await run(['--from', `sqlite:${path}`, '--to', db.url]); } finally { process.stdout.write = write; }
    assert.match(again.join(''), /copied 0 articles \(3 already there\)/);
    await assert.rejects(run(['--from', db.url, '--to', db.url]), /SQLite store/);
  } finally {
    await db.drop(true);
    cleanup();
  }
});
