/**
 * Worker throughput: the BBC Hindi corpus served on loopback as a feed and article pages, a
 * fresh PostgreSQL database per run, N `khabar worker` processes (concurrency 1 each, no host
 * delay) until the queue is empty. Rate = articles stored per second between the first and the
 * last article stored (process start-up excluded).
 *
 *   node --import tsx bench/workers.ts [--workers 1,2,4] [--limit 345]
 *
 * Uses KHABAR_TEST_PG or a throwaway cluster (test/helpers/postgres.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openPostgresStore } from '../src/store/postgres/open.ts';
import { openQueue } from '../src/queue/queue.ts';
import { scheduleDueFeeds } from '../src/queue/schedule.ts';
import { pgTestDatabase, postgresSkipReason } from '../test/helpers/postgres.ts';
import { BBC, startCorpusSite } from '../test/postgres/corpus-server.ts';

const { values } = parseArgs({ options: { workers: { type: 'string', default: '1,2,4' }, limit: { type: 'string', default: '345' } } });
const skip = postgresSkipReason() ?? (existsSync(BBC) ? null : `${BBC} is absent`);
if (skip) { console.log(`skipped: ${skip}`); process.exit(0); }
const ROOT = join(import.meta.dirname, '..');
const counts = values.workers.split(',').map(Number);
const site = await startCorpusSite({ limit: Number(values.limit) });
const results = [];
for (const n of counts) {
  const db = await pgTestDatabase();
  const store = await openPostgresStore(db.url);
  await store.addFeed(site.feedUrl);
  const queue = await openQueue(db.url, { max: 2, policy: { retryLimit: 3, retryDelay: 1, expireInSeconds: 60 } });
  await scheduleDueFeeds(store, queue);
  await queue.stop({ graceful: false });
  const t0 = performance.now();
  const procs = Array.from({ length: n }, () => spawn(process.execPath, ['--import', 'tsx', 'test/postgres/run-command.ts', 'worker', '--db', db.url,
    '--host-delay', '0', '--allow-private', '--until-idle'], { cwd: ROOT, stdio: 'ignore' }));
  await Promise.all(procs.map((p) => new Promise((r) => p.on('exit', r))));
  const wall = (performance.now() - t0) / 1000;
  const { rows } = await store.pool.query('SELECT count(*)::int AS n, min(ingested_at) AS a, max(ingested_at) AS b FROM articles');
  const span = (Date.parse(rows[0].b) - Date.parse(rows[0].a)) / 1000;
  const r = { workers: n, articles: rows[0].n as number, seconds: +span.toFixed(1), perSecond: +((rows[0].n - 1) / span).toFixed(2), wallSeconds: +wall.toFixed(1) };
  console.log(JSON.stringify(r));
  results.push(r);
  await store.close();
  await db.drop();
}
await site.close();
await (await pgTestDatabase()).drop(true);
