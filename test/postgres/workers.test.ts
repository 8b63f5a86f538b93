/**
 * Exactly once across workers: three worker processes share the 345 BBC articles served on
 * loopback; one is SIGKILLed mid-run. Every article must be stored once, none twice, the killed
 * worker's jobs retried by the others, one request at a time to the host, and a poison article
 * must end as a failed job with its error after bounded retries, without blocking the rest.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { canonicalUrl } from '../../src/ingest/keys.ts';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import type { PostgresStore } from '../../src/store/postgres/store.ts';
import { openQueue } from '../../src/queue/queue.ts';
import { scheduleDueFeeds } from '../../src/queue/schedule.ts';
import { queueStatus } from '../../src/queue/status.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';
import { BBC, type CorpusSite, startCorpusSite } from './corpus-server.ts';

const skip = postgresSkipReason() ?? (existsSync(BBC) ? false : `${BBC} is absent`);
if (skip) console.log(`# skipping worker crash test: ${skip}`);

const ROOT = join(import.meta.dirname, '..', '..');
const ENV = { ...process.env, KHABAR_JOB_TIMEOUT: '10', KHABAR_JOB_RETRY_DELAY: '1', KHABAR_JOB_RETRIES: '2', KHABAR_QUEUE_SWEEP: '1' };

interface Worker { proc: ChildProcess; lines: string[]; exit: Promise<number | null> }

function startWorker(url: string): Worker {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'test/postgres/run-command.ts', 'worker', '--db', url, '--host-delay', '0',
    '--allow-private', '--until-idle', '--max-chars', '50000'], { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let buf = '';
  proc.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
  });
  proc.stderr!.on('data', (d: Buffer) => process.stderr.write(`# worker ${proc.pid}: ${d}`));
  return { proc, lines, exit: new Promise((r) => proc.on('exit', (code) => r(code))) };
}

let site: CorpusSite;
let db: Awaited<ReturnType<typeof pgTestDatabase>>;
let store: PostgresStore;

before(async () => {
  if (skip) return;
  site = await startCorpusSite({ poison: true });
  db = await pgTestDatabase();
  store = await openPostgresStore(db.url);
});
after(async () => {
  if (skip) return;
  await store.close();
  await site.close();
  await db.drop(true);
});

test('3 workers, one SIGKILLed: every article stored once, its jobs retried, poison fails after bounded retries', { skip, timeout: 15 * 60_000 }, async () => {
  await store.addFeed(site.feedUrl);
  const queue = await openQueue(db.url, { max: 2, policy: { retryLimit: 2, retryDelay: 1, expireInSeconds: 10 } });
  assert.equal(await scheduleDueFeeds(store, queue), 1, 'the due feed is queued once');
  assert.equal(await scheduleDueFeeds(store, queue), 0, 'a claimed feed is not queued again');
  await queue.stop({ graceful: false });

  const workers = [startWorker(db.url), startWorker(db.url), startWorker(db.url)];
  const victim = workers[0];
  const started = (w: Worker) => w.lines.filter((l) => / article_fetch \S+ start$/.test(l)).map((l) => l.split(' ')[2]);
  const finished = (w: Worker) => new Set(w.lines.filter((l) => / article_fetch \S+ (done|failed)/.test(l)).map((l) => l.split(' ')[2]));
  // Kill the victim while it holds a job, after it has finished a few.
  const deadline = Date.now() + 5 * 60_000;
  let inFlight: string[] = [];
  while (Date.now() < deadline) {
    const done = finished(victim);
    inFlight = started(victim).filter((id) => !done.has(id));
    if (done.size >= 5 && inFlight.length > 0) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(inFlight.length > 0, 'the victim held a job when killed');
  victim.proc.kill('SIGKILL');
  assert.equal(await victim.exit, null, 'killed by signal');
  const codes = await Promise.all(workers.slice(1).map((w) => w.exit));
  assert.deepEqual(codes, [0, 0], 'the surviving workers finish cleanly');

  // Every article exactly once.
  const c = await store.counts();
  assert.equal(c.articles, 345);
  const { rows } = await store.pool.query('SELECT canonical_url, count(*)::int AS n FROM articles GROUP BY 1');
  assert.equal(rows.filter((r) => r.n !== 1).length, 0, 'no article twice');
  assert.deepEqual(new Set(rows.map((r) => r.canonical_url)), new Set(site.pages.map((p) => canonicalUrl(p))));

  // The killed worker's jobs were retried and completed by the others.
  const s = await queueStatus(store.pool, 50);
  const jobs = await store.pool.query("SELECT id::text, state::text, retry_count FROM khabar_queue.job WHERE id = ANY($1::uuid[])", [inFlight]);
  assert.equal(jobs.rows.length, inFlight.length);
  for (const j of jobs.rows) {
    assert.equal(j.state, 'completed', `job ${j.id}`);
    assert.ok(j.retry_count >= 1, `job ${j.id} was retried`);
  }
  const survivorsDone = new Set(workers.slice(1).flatMap((w) => [...finished(w)]));
  for (const id of inFlight) assert.ok(survivorsDone.has(id), `job ${id} finished by another worker`);

  // The poison article: failed after 1 + 2 attempts, with its error; nothing else failed.
  assert.equal(s.failed.length, 1);
  assert.equal(s.failed[0].queue, 'article_fetch');
  assert.equal((s.failed[0].data as { url: string }).url, site.poisonUrl);
  assert.equal(s.failed[0].retries, 2);
  assert.match(s.failed[0].error, /characters is more than the 50000/);
  assert.equal(s.counts.article_fetch.completed, 345);
  assert.equal(s.counts.feed_poll.completed, 1);

  // Politeness: never two requests at once to the one host.
  assert.equal(site.maxInFlight(), 1);
});
