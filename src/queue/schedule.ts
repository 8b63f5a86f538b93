/** Feed polls as jobs: due feeds are claimed (so two schedulers never queue the same poll) and queued. */
import type { PostgresStore } from '../store/postgres/store.ts';
import { QUEUES } from './names.ts';
import type { JobQueue } from './queue.ts';

/** How long a claimed feed waits for its poll job before it falls due again (seconds). */
export const POLL_LEASE_S = 15 * 60;

/**
 * Claims every due feed and queues one `feed_poll` job for it; returns how many were queued.
 *
 * @example
 * await scheduleDueFeeds(store, queue); // 3
 */
export async function scheduleDueFeeds(store: PostgresStore, queue: JobQueue, now = new Date()): Promise<number> {
  const feeds = await store.claimDueFeeds(now.toISOString(), POLL_LEASE_S);
  for (const f of feeds) await queue.send(QUEUES.pollFeed, { feedId: f.id });
  return feeds.length;
}
