/**
 * Row ↔ record pieces both stores share (the SQLite and PostgreSQL schemas name their columns
 * alike): the stored dedup-key strings and the FeedRecord of a feeds row.
 */
import type { DedupKeys, FeedRecord } from './types.ts';

/** A database row as a driver returns it. */
export type Row = Record<string, unknown>;

/**
 * The dedup keys as stored strings: the content hash, then the canonical URL and the feed guid
 * where known.
 *
 * @example
 * keyStrings({ contentHash: 'ab', canonicalUrl: null, guid: 'g1' }); // ['hash:ab', 'guid:g1']
 */
export function keyStrings(keys: DedupKeys): string[] {
  const out = [`hash:${keys.contentHash}`];
  if (keys.canonicalUrl) out.push(`url:${keys.canonicalUrl}`);
  if (keys.guid) out.push(`guid:${keys.guid}`);
  return out;
}

/**
 * A FeedRecord from a feeds row.
 *
 * @example
 * feedFromRow({ id: 1, url: 'https://x/feed', interval_s: 900, next_poll_at: '2026-01-01T00:00:00Z', error_count: 0 }).intervalSeconds; // 900
 */
export function feedFromRow(r: Row): FeedRecord {
  return {
    id: r.id as number, url: r.url as string, title: (r.title as string) ?? null,
    etag: (r.etag as string) ?? null, lastModified: (r.last_modified as string) ?? null,
    intervalSeconds: r.interval_s as number, nextPollAt: r.next_poll_at as string,
    lastPolledAt: (r.last_polled_at as string) ?? null, errorCount: r.error_count as number,
    lastError: (r.last_error as string) ?? null,
  };
}
