/** `khabar migrate --from sqlite:… --to postgres://…`: everything copied, ids kept, a second run copies nothing. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { run } from '../../src/cli/commands/migrate.ts';
import { copySqliteToPostgres } from '../../src/store/postgres/copy-from-sqlite.ts';
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
    await db.drop();
    cleanup();
  }
});

/** Runs `khabar migrate` in-process, returning its exit code and stdout. */
async function migrate(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
  try { return { code: await run(args), out: out.join('') }; } finally { process.stdout.write = write; }
}

test('a batched copy killed mid-batch leaves whole batches only, and a rerun completes it exactly once', { skip }, async () => {
  const { dir, cleanup } = tempDir();
  const db = await pgTestDatabase();
  const blocker = new pg.Client({ connectionString: db.url });
  try {
    const path = join(dir, 'k.db');
    const src = openSqliteStore(path);
    for (let i = 0; i < 10; i++) await putText(src, syntheticArticle(100 + i, 8), { canonicalUrl: `https://r.example/${i}`, guid: `r-${i}` });
    const before = await src.counts();
    const keys = src.db.prepare('SELECT count(*) FROM dedup_keys').pluck().get() as number;
    const hits = (await src.search('सरकार OR पुलिस', { limit: 10 })).hits.map((h) => [h.id, h.score]);
    await src.close();

    // First interruption: between batches (4 articles in two committed batches of 2).
    const to = await openPostgresStore(db.url);
    const from = openSqliteStore(path);
    await assert.rejects(copySqliteToPostgres(from, to, (done) => { if (done >= 4) throw new Error('stop'); }, 2), /stop/);
    await from.close();
    assert.equal((await to.counts()).articles, 4);

    // Second interruption: a process killed inside a batch (its insert held up by a table lock).
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE sketch_bands IN EXCLUSIVE MODE');
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/postgres/run-command.ts', 'migrate', '--from', `sqlite:${path}`, '--to', db.url, '--batch', '3'],
      { stdio: ['ignore', 'ignore', 'inherit'] });
    const waiting = async () => (await to.pool.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'khabar'")).rows[0].n as number;
    for (let t = 0; (await waiting()) === 0; t++) {
      assert.ok(t < 600, 'the copier never reached the locked table');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await blocker.query('ROLLBACK');
    assert.equal((await to.counts()).articles, 4, 'the killed batch left nothing behind');

    const rerun = await migrate(['--from', `sqlite:${path}`, '--to', db.url, '--batch', '3']);
    assert.equal(rerun.code, 0, rerun.out);
    assert.match(rerun.out, /copied 6 articles \(4 already there\)/);
    assert.deepEqual(await to.counts(), before);
    const k = await to.pool.query('SELECT count(*)::int AS n, count(DISTINCT key)::int AS d, count(DISTINCT article_id)::int AS a FROM dedup_keys');
    assert.deepEqual(k.rows[0], { n: keys, d: keys, a: 10 });
    const stats = await to.pool.query('SELECT rows::int AS rows, tokens::bigint = (SELECT sum(doc_len) FROM articles) AS same FROM search_stats');
    assert.deepEqual(stats.rows[0], { rows: 10, same: true });
    assert.deepEqual((await to.search('सरकार OR पुलिस', { limit: 10 })).hits.map((h) => [h.id, h.score]), hits);
    await to.close();
  } finally {
    await blocker.end().catch(() => {});
    await db.drop(true);
    cleanup();
  }
});
