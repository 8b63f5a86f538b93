/** The job queues khabar workers serve, and the retry/expiry every job is sent with. */

/** Queue names (pg-boss queues; one partition each). */
export const QUEUES = {
  /** `{ feedId }`: fetch a feed politely, enqueue its new items, record when to poll next. */
  pollFeed: 'feed_poll',
  /** `{ url, meta }`: fetch an article page politely, reduce it, analyse and store it. */
  fetchArticle: 'article_fetch',
  /** `{ doc }`: analyse and store an article whose text is already known (feed content, files). */
  analyse: 'article_analyse',
  /** `{ id }`: re-run the current analyser over one stored article. */
  reanalyse: 'article_reanalyse',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** How jobs are retried and when a job left active (its worker died) is given to another. */
export interface JobPolicy {
  /** Retries after the first attempt (default 3: four attempts in all). */
  retryLimit: number;
  /** Seconds before the first retry; doubles each time (default 5). */
  retryDelay: number;
  /** Seconds a job may stay active before it counts as failed and is retried (default 300). */
  expireInSeconds: number;
}

/**
 * The job policy from the environment (KHABAR_JOB_RETRIES, KHABAR_JOB_RETRY_DELAY, KHABAR_JOB_TIMEOUT) or defaults.
 *
 * @example
 * jobPolicy({}); // { retryLimit: 3, retryDelay: 5, expireInSeconds: 300 }
 */
export function jobPolicy(env: Record<string, string | undefined> = process.env): JobPolicy {
  const n = (v: string | undefined, d: number) => (v !== undefined && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d);
  return { retryLimit: n(env.KHABAR_JOB_RETRIES, 3), retryDelay: n(env.KHABAR_JOB_RETRY_DELAY, 5), expireInSeconds: Math.max(1, n(env.KHABAR_JOB_TIMEOUT, 300)) };
}
