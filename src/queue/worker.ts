/**
 * A khabar worker: serves the four job queues with `concurrency` jobs in flight, shares
 * per-host politeness with every other worker, and (with `schedule`) claims due feeds and
 * queues their polls. Every job logs one `start` and one `done`/`failed` line with its id, so
 * an operator (and the crash test) can see which jobs a worker held.
 */
import type PgBoss from 'pg-boss';
import type { FetchOptions } from '../ingest/fetch.ts';
import { openPostgresStore } from '../store/postgres/open.ts';
import type { PostgresStore } from '../store/postgres/store.ts';
import { analyseJob } from './jobs/analyse.ts';
import type { JobContext } from './jobs/context.ts';
import { fetchArticleJob } from './jobs/fetch-article.ts';
import { pollFeedJob } from './jobs/poll-feed.ts';
import { reanalyseJob } from './jobs/reanalyse.ts';
import { QUEUES } from './names.ts';
import { openPoliteness } from './politeness.ts';
import { openQueue, type JobQueue } from './queue.ts';
import { scheduleDueFeeds } from './schedule.ts';
import { pendingJobs } from './status.ts';

export interface WorkerOptions {
  url: string;
  /** Jobs in flight in this process (default 1). Analysis is CPU-bound: for more cores run more workers. */
  concurrency?: number;
  /** Milliseconds between two requests to one host, across all workers (default 1000). */
  hostDelayMs?: number;
  fetch?: FetchOptions;
  maxArticleChars?: number;
  /** Claim due feeds and queue their polls every `scheduleIntervalMs` (default off). */
  schedule?: boolean;
  scheduleIntervalMs?: number;
  /** Stop once no job is queued, retrying or active anywhere (benchmarks, tests, one-shot runs). */
  untilIdle?: boolean;
  /** Seconds between the queue's expiry sweeps (default 30). */
  maintenanceIntervalSeconds?: number;
  log?: (line: string) => void;
  signal?: AbortSignal;
}

const HANDLERS: Record<string, (ctx: JobContext, data: never) => Promise<unknown>> = {
  [QUEUES.pollFeed]: pollFeedJob as never,
  [QUEUES.fetchArticle]: fetchArticleJob as never,
  [QUEUES.analyse]: analyseJob as never,
  [QUEUES.reanalyse]: reanalyseJob as never,
};

function brief(r: unknown): string {
  if (!r || typeof r !== 'object' || !('status' in r)) return 'ok';
  const o = r as { status: string; id?: number; error?: string; queued?: number };
  return [o.status, o.id !== undefined ? `#${o.id}` : '', o.queued !== undefined ? `queued ${o.queued}` : '', o.error ? `(${o.error})` : ''].filter(Boolean).join(' ');
}

/**
 * Runs a worker until `signal` aborts (or, with `untilIdle`, the queues are empty); returns
 * how many jobs it completed and failed.
 *
 * @example
 * await runWorker({ url: 'postgres://khabar@db/khabar', concurrency: 2 });
 */
export async function runWorker(o: WorkerOptions): Promise<{ completed: number; failed: number }> {
  const concurrency = Math.max(1, o.concurrency ?? 1);
  const log = o.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const poolUrl = new URL(o.url);
  if (!poolUrl.searchParams.has('pool')) poolUrl.searchParams.set('pool', String(concurrency + 2));
  const store: PostgresStore = await openPostgresStore(poolUrl.toString());
  const queue: JobQueue = await openQueue(o.url, { maintenanceIntervalSeconds: o.maintenanceIntervalSeconds, max: concurrency + 3 });
  const polite = await openPoliteness(o.url, o.hostDelayMs ?? 1000, concurrency + 1);
  const ctx: JobContext = { store, queue, polite, fetch: o.fetch ?? {}, maxArticleChars: o.maxArticleChars ?? 200_000 };
  const tally = { completed: 0, failed: 0 };
  const handle = (name: string) => async ([job]: PgBoss.Job<object>[]) => {
    log(`job ${name} ${job.id} start`);
    try {
      const r = await HANDLERS[name](ctx, job.data as never);
      tally.completed++;
      log(`job ${name} ${job.id} done ${brief(r)}`);
      return r;
    } catch (err) {
      tally.failed++;
      log(`job ${name} ${job.id} failed: ${(err as Error).message.split('\n')[0]}`);
      throw err;
    }
  };
  for (const name of Object.values(QUEUES)) {
    const n = name === QUEUES.pollFeed ? 1 : concurrency;
    for (let i = 0; i < n; i++) await queue.boss.work(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handle(name));
  }
  log(`worker ready: concurrency ${concurrency}, pid ${process.pid}`);
  let idleChecks = 0;
  let lastSchedule = 0;
  try {
    while (!o.signal?.aborted) {
      await new Promise((r) => setTimeout(r, 500));
      if (o.schedule && Date.now() - lastSchedule >= (o.scheduleIntervalMs ?? 15_000)) {
        lastSchedule = Date.now();
        const n = await scheduleDueFeeds(store, queue).catch((err) => { log(`schedule error: ${(err as Error).message}`); return 0; });
        if (n) log(`scheduled ${n} feed poll${n === 1 ? '' : 's'}`);
      }
      if (o.untilIdle) {
        idleChecks = (await pendingJobs(store.pool)) === 0 ? idleChecks + 1 : 0;
        if (idleChecks >= 3) break;
      }
    }
  } finally {
    await queue.stop({ graceful: true, timeoutMs: 20_000 }).catch(() => {});
    await polite.close().catch(() => {});
    await store.close();
  }
  log(`worker stopped: ${tally.completed} completed, ${tally.failed} failed`);
  return tally;
}
