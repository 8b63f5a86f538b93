/** `khabar watch` on PostgreSQL queues a feed_poll job per due feed instead of polling in-process. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../../src/cli/commands/watch.ts';
import { QUEUES } from '../../src/queue/names.ts';
import { openQueue } from '../../src/queue/queue.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';

const skip = postgresSkipReason() ?? false;

test('watch --once on PostgreSQL queues one poll job per due feed, and none for a feed already claimed', { skip }, async () => {
  const db = await pgTestDatabase();
  try {
    const store = await openPostgresStore(db.url);
    await store.addFeed('https://one.example/rss');
    await store.addFeed('https://two.example/atom');
    await store.close();

    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => { out.push(String(s)); return true; }) as typeof process.stdout.write;
    let first: number;
    let second: number;
    try {
      first = await run(['--db', db.url, '--once']);
      second = await run(['--db', db.url, '--once']);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(first, 0);
    assert.equal(second, 0);
    assert.match(out.join(''), /queued 2 feed poll\(s\)/);
    assert.equal(out.filter((l) => l.startsWith('queued')).length, 1, 'the claimed feeds are not queued twice');

    const queue = await openQueue(db.url);
    try {
      assert.equal(await queue.boss.getQueueSize(QUEUES.pollFeed), 2);
    } finally {
      await queue.stop({ graceful: false });
    }
  } finally {
    await db.drop();
  }
});
