/**
 * The job queue on PostgreSQL: pg-boss 10 in its own schema (`khabar_queue`) of the store's
 * database. Fetching uses SELECT … FOR UPDATE SKIP LOCKED, so any number of workers on any
 * number of machines share the jobs; a job whose worker dies stays active until its expiry,
 * then goes back to the queue (bounded retries with backoff), and a job that keeps failing
 * ends `failed` with its error in `output`.
 */
import PgBoss from 'pg-boss';
import { jobPolicy, type JobPolicy, QUEUES } from './names.ts';

export const QUEUE_SCHEMA = 'khabar_queue';

export interface QueueOptions {
  /** Seconds between expiry/archive sweeps (default 30). */
  maintenanceIntervalSeconds?: number;
  /** Pool size for the queue's own connections (default 4). */
  max?: number;
  policy?: JobPolicy;
}

/** A started queue: pg-boss plus the policy jobs are sent with. */
export interface JobQueue {
  boss: PgBoss;
  policy: JobPolicy;
  /** Sends a job with the retry/expiry policy. */
  send(name: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
}

/**
 * Starts pg-boss on a `postgres://` URL (creating its schema and khabar's queues if needed).
 *
 * @example
 * const q = await openQueue('postgres://khabar@127.0.0.1/khabar');
 * await q.send(QUEUES.pollFeed, { feedId: 1 });
 */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<JobQueue> {
  const u = new URL(url);
  u.searchParams.delete('pool');
  const boss = new PgBoss({
    connectionString: u.toString(), schema: QUEUE_SCHEMA, max: options.max ?? 4, application_name: 'khabar-queue',
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    archiveCompletedAfterSeconds: 7 * 24 * 3600, deleteAfterDays: 30,
  });
  boss.on('error', (err) => process.stderr.write(`khabar queue: ${(err as Error).message}\n`));
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  const policy = options.policy ?? jobPolicy();
  return {
    boss, policy,
    send: (name, data, o = {}) => boss.send(name, data, {
      retryLimit: policy.retryLimit, retryDelay: policy.retryDelay, retryBackoff: true, expireInSeconds: policy.expireInSeconds, ...o,
    }),
    stop: (o = {}) => boss.stop({ graceful: o.graceful ?? true, timeout: o.timeoutMs ?? 30_000, wait: true }),
  };
}
