/** What the queue holds: jobs per queue and state, and the latest failures with their errors. */
import type pg from 'pg';
import { QUEUES } from './names.ts';
import { QUEUE_SCHEMA } from './queue.ts';

export interface QueueStatus {
  /** queue → state → count (states: created, retry, active, completed, failed, cancelled). */
  counts: Record<string, Record<string, number>>;
  failed: { queue: string; id: string; retries: number; error: string; data: unknown }[];
}

/**
 * Jobs not yet finished (queued, waiting to retry, or active) over khabar's queues.
 *
 * @example
 * await pendingJobs(store.pool); // 0 when the workers are idle
 */
export async function pendingJobs(db: pg.Pool): Promise<number> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state < 'completed'`, [Object.values(QUEUES)]);
  return rows[0].n as number;
}

/**
 * Counts per queue and state, and the `limit` most recent failed jobs.
 *
 * @example
 * const s = await queueStatus(store.pool); s.counts.article_fetch.completed; // 345
 */
export async function queueStatus(db: pg.Pool, limit = 10): Promise<QueueStatus> {
  const counts: QueueStatus['counts'] = Object.fromEntries(Object.values(QUEUES).map((q) => [q, {}]));
  const c = await db.query(`SELECT name, state::text AS state, count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) GROUP BY 1, 2`, [Object.values(QUEUES)]);
  for (const r of c.rows) counts[r.name as string][r.state as string] = r.n as number;
  const f = await db.query(`SELECT name, id::text AS id, retry_count, coalesce(output->>'message', output::text) AS error, data FROM ${QUEUE_SCHEMA}.job
    WHERE name = ANY($1) AND state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $2`, [Object.values(QUEUES), limit]);
  return { counts, failed: f.rows.map((r) => ({ queue: r.name as string, id: r.id as string, retries: r.retry_count as number, error: r.error as string, data: r.data })) };
}
