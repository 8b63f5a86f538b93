/**
 * Polling one feed politely (Miniflux style): ETag / Last-Modified sent back, 304 is
 * "unchanged", Retry-After honoured, Cache-Control max-age and RSS TTL respected, the interval
 * follows how often the feed publishes (5 min – 24 h), and errors back off per feed.
 */
import type { FeedPollUpdate, FeedRecord, Store } from '../store/types.ts';
import { decodeText } from './charset.ts';
import { type FetchOptions, safeFetch } from './fetch.ts';
import { type FeedItem, parseFeedDocument } from './feeds.ts';
import { ingestDoc } from './ingest-doc.ts';
import { canonicalUrl } from './keys.ts';
import type { SourceFailure } from './rawdoc.ts';
import { feedItemDocs } from './web.ts';

export const MIN_INTERVAL_S = 5 * 60;
export const MAX_INTERVAL_S = 24 * 3600;
const DEFAULT_INTERVAL_S = 3600;
const WEEK_S = 7 * 24 * 3600;

const clamp = (s: number) => Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, Math.round(s)));

/**
 * Seconds to wait from a Retry-After header (delta seconds or an HTTP date), or null.
 *
 * @example
 * retryAfterSeconds('120', new Date()); // 120
 */
export function retryAfterSeconds(value: string | undefined, now: Date): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((t - now.getTime()) / 1000));
}

/**
 * Cache-Control max-age in seconds, or null.
 *
 * @example
 * maxAgeSeconds('public, max-age=900'); // 900
 */
export function maxAgeSeconds(value: string | undefined): number | null {
  const m = value ? /max-age\s*=\s*(\d+)/i.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The polling interval a feed's items suggest: a week divided by the items published in the
 * last week (so a feed posting hourly is polled about hourly), bounded to 5 min – 24 h.
 *
 * @example
 * publishingInterval([], new Date()); // 3600 (no dates: default)
 */
export function publishingInterval(items: Pick<FeedItem, 'published'>[], now: Date): number {
  const times = items.map((i) => (i.published ? Date.parse(i.published) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length === 0) return DEFAULT_INTERVAL_S;
  const recent = times.filter((t) => now.getTime() - t <= WEEK_S * 1000).length;
  return clamp(recent === 0 ? MAX_INTERVAL_S : WEEK_S / recent);
}

/**
 * Backoff after `errors` consecutive failures: 5 min doubling up to 24 h.
 *
 * @example
 * errorBackoff(3); // 1200
 */
export function errorBackoff(errors: number): number {
  return clamp(MIN_INTERVAL_S * 2 ** Math.max(0, errors - 1));
}

/** What a poll learnt that decides when the feed is polled next. */
export interface PollTiming {
  now: Date;
  /** Seconds from Cache-Control max-age (0 when absent). */
  cacheHint: number;
  /** Seconds from Retry-After, or null. */
  retryAfter: number | null;
}

const after = (t: PollTiming, s: number) => new Date(t.now.getTime() + s * 1000).toISOString();

/** Request headers for a conditional feed fetch (ETag, Last-Modified sent back). */
export function feedRequestHeaders(feed: FeedRecord): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5' };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  return headers;
}

/**
 * The feed's next state after a 304: same interval, stretched by Cache-Control or Retry-After.
 *
 * @example
 * notModifiedUpdate(feed, { now, cacheHint: 0, retryAfter: null }).errorCount; // 0
 */
export function notModifiedUpdate(feed: FeedRecord, t: PollTiming): FeedPollUpdate {
  const wait = Math.min(MAX_INTERVAL_S, Math.max(feed.intervalSeconds, t.cacheHint, t.retryAfter ?? 0));
  return { intervalSeconds: feed.intervalSeconds, nextPollAt: after(t, wait), polledAt: t.now.toISOString(), errorCount: 0, lastError: null };
}

/**
 * The feed's next state after a fetched document: the interval follows how often it publishes
 * (bounded 5 min – 24 h), its TTL and Cache-Control; Retry-After can only delay the next poll.
 *
 * @example
 * fetchedUpdate(parsed, headers, { now, cacheHint: 0, retryAfter: null }).intervalSeconds; // 3600
 */
export function fetchedUpdate(parsed: { items: FeedItem[]; ttlMinutes?: number | null; title: string | null }, headers: Record<string, string | undefined>, t: PollTiming): FeedPollUpdate {
  const interval = clamp(Math.max(publishingInterval(parsed.items, t.now), (parsed.ttlMinutes ?? 0) * 60, t.cacheHint));
  return {
    etag: headers.etag ?? null, lastModified: headers['last-modified'] ?? null, title: parsed.title,
    intervalSeconds: interval, nextPollAt: after(t, Math.max(interval, t.retryAfter ?? 0)), polledAt: t.now.toISOString(), errorCount: 0, lastError: null,
  };
}

/**
 * The feed's next state after a failure: doubling backoff per consecutive error (or Retry-After).
 *
 * @example
 * errorUpdate(feed, 'HTTP 500', { now, cacheHint: 0, retryAfter: null }).errorCount; // feed.errorCount + 1
 */
export function errorUpdate(feed: FeedRecord, error: string, t: PollTiming): FeedPollUpdate {
  const errors = feed.errorCount + 1;
  const wait = Math.min(MAX_INTERVAL_S, Math.max(errorBackoff(errors), t.retryAfter ?? 0));
  return { intervalSeconds: feed.intervalSeconds, nextPollAt: after(t, wait), polledAt: t.now.toISOString(), errorCount: errors, lastError: error };
}

export interface PollOutcome {
  feedId: number;
  url: string;
  status: 'updated' | 'not-modified' | 'error';
  added: number;
  duplicates: number;
  failed: SourceFailure[];
  error: string | null;
  update: FeedPollUpdate;
}

/**
 * Polls one feed, ingests its new items and records the feed's new state. Never throws: a
 * failing feed is recorded with its error and backoff.
 *
 * @example
 * const o = await pollFeed(store, feed, { fetch: {}, now: new Date() });
 * o.status; // 'updated' | 'not-modified' | 'error'
 */
export async function pollFeed(store: Store, feed: FeedRecord, opts: { fetch: FetchOptions; now: Date }): Promise<PollOutcome> {
  const now = opts.now;
  const out: PollOutcome = { feedId: feed.id, url: feed.url, status: 'updated', added: 0, duplicates: 0, failed: [], error: null, update: null as unknown as FeedPollUpdate };
  const headers = feedRequestHeaders(feed);
  const timing: PollTiming = { now, cacheHint: 0, retryAfter: null };
  try {
    const r = await safeFetch(feed.url, { ...opts.fetch, headers });
    timing.retryAfter = retryAfterSeconds(r.headers['retry-after'], now);
    timing.cacheHint = maxAgeSeconds(r.headers['cache-control']) ?? 0;
    if (r.status === 304) {
      out.status = 'not-modified';
      out.update = notModifiedUpdate(feed, timing);
      await store.updateFeed(feed.id, out.update);
      return out;
    }
    if (r.status < 200 || r.status >= 300) throw new Error(`HTTP ${r.status}`);
    const parsed = parseFeedDocument(decodeText(r.body, r.headers['content-type']), feed.url);
    const isKnown = async (it: { url: string | null; guid: string | null }) =>
      (await store.findDuplicate({ canonicalUrl: canonicalUrl(it.url), guid: it.guid, contentHash: '' })) !== null;
    for await (const item of feedItemDocs(parsed, { feedUrl: feed.url, feedId: feed.id, fetch: opts.fetch, isKnown })) {
      if ('failure' in item) {
        if (item.failure.reason === 'duplicate') out.duplicates++; else out.failed.push(item.failure);
        continue;
      }
      try {
        const res = await ingestDoc(store, item.doc);
        if (res.status === 'added') out.added++; else out.duplicates++;
      } catch (err) {
        out.failed.push({ source: item.doc.source, reason: (err as Error).message });
      }
    }
    out.update = fetchedUpdate(parsed, r.headers, timing);
  } catch (err) {
    out.status = 'error';
    out.error = err instanceof Error ? err.message : String(err);
    out.update = errorUpdate(feed, out.error, timing);
  }
  await store.updateFeed(feed.id, out.update);
  return out;
}

/**
 * Polls every feed that is due, one after another; one bad feed never stops the others.
 *
 * @example
 * const outcomes = await pollDueFeeds(store, { fetch: {}, now: new Date() });
 */
export async function pollDueFeeds(store: Store, opts: { fetch: FetchOptions; now: Date; onOutcome?: (o: PollOutcome) => void }): Promise<PollOutcome[]> {
  const due = await store.dueFeeds(opts.now.toISOString());
  const outcomes: PollOutcome[] = [];
  for (const feed of due) {
    const o = await pollFeed(store, feed, { fetch: opts.fetch, now: opts.now });
    outcomes.push(o);
    opts.onOutcome?.(o);
  }
  return outcomes;
}
