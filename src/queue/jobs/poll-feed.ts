/**
 * The `feed_poll` job: one feed fetched politely (ETag / Last-Modified sent back, 304 is
 * unchanged, Retry-After, Cache-Control and TTL honoured, errors back off), each new item
 * handed on as its own job (content in the feed → `article_analyse`, else `article_fetch`),
 * so the articles of one feed spread over all workers.
 */
import { decodeText } from '../../ingest/charset.ts';
import { safeFetch } from '../../ingest/fetch.ts';
import { FULL_CONTENT_WORDS, htmlWordCount, parseFeedDocument } from '../../ingest/feeds.ts';
import { htmlToText } from '../../ingest/html.ts';
import { canonicalUrl, guidKey, siteOf } from '../../ingest/keys.ts';
import { errorUpdate, feedRequestHeaders, fetchedUpdate, maxAgeSeconds, notModifiedUpdate, retryAfterSeconds, type PollTiming } from '../../ingest/poll.ts';
import type { FeedPollUpdate } from '../../store/types.ts';
import { QUEUES } from '../names.ts';
import { QUEUE_SCHEMA } from '../queue.ts';
import { docPayload } from './analyse.ts';
import { hostOf, type JobContext } from './context.ts';

export interface PollFeedResult {
  feedId: number;
  status: 'updated' | 'not-modified' | 'error' | 'missing';
  queued: number;
  known: number;
  error?: string;
}

/** URLs that already have an unfinished fetch job (a retried or overlapping poll does not queue them twice). */
async function pendingFetches(ctx: JobContext, urls: string[]): Promise<Set<string>> {
  const { rows } = await ctx.store.pool.query(`SELECT DISTINCT data->>'url' AS url FROM ${QUEUE_SCHEMA}.job
    WHERE name = $1 AND state < 'completed' AND data->>'url' = ANY($2)`, [QUEUES.fetchArticle, urls]);
  return new Set(rows.map((r) => r.url as string));
}

/**
 * Handles a `feed_poll` job. Feed errors are recorded on the feed (with backoff), not thrown,
 * so one bad feed never fills the failed-job list.
 *
 * @example
 * await pollFeedJob(ctx, { feedId: 1 }); // { feedId: 1, status: 'updated', queued: 20, known: 0 }
 */
export async function pollFeedJob(ctx: JobContext, data: { feedId: number }, now = new Date()): Promise<PollFeedResult> {
  const feed = await ctx.store.getFeed(data.feedId);
  if (!feed) return { feedId: data.feedId, status: 'missing', queued: 0, known: 0 };
  const headers = feedRequestHeaders(feed);
  const out: PollFeedResult = { feedId: feed.id, status: 'updated', queued: 0, known: 0 };
  let update: FeedPollUpdate;
  const timing: PollTiming = { now, cacheHint: 0, retryAfter: null };
  try {
    const r = await ctx.polite.run(hostOf(feed.url), () => safeFetch(feed.url, { ...ctx.fetch, headers }));
    timing.retryAfter = retryAfterSeconds(r.headers['retry-after'], now);
    timing.cacheHint = maxAgeSeconds(r.headers['cache-control']) ?? 0;
    if (r.status === 304) {
      out.status = 'not-modified';
      update = notModifiedUpdate(feed, timing);
    } else {
      if (r.status < 200 || r.status >= 300) throw new Error(`HTTP ${r.status}`);
      const parsed = parseFeedDocument(decodeText(r.body, r.headers['content-type']), feed.url);
      const pending = await pendingFetches(ctx, parsed.items.map((i) => (i.url ? new URL(i.url, feed.url).href : null)).filter((u): u is string => u !== null));
      for (const item of parsed.items) {
        const guid = guidKey(feed.url, item.guid ?? item.url);
        const url = item.url ? new URL(item.url, feed.url).href : null;
        if (url && pending.has(url)) { out.known++; continue; }
        if ((await ctx.store.findDuplicate({ canonicalUrl: canonicalUrl(url), guid, contentHash: '' })) !== null) { out.known++; continue; }
        const meta = { guid, title: item.title, author: item.author, published: item.published, feedId: feed.id };
        const full = item.contentHtml && htmlWordCount(item.contentHtml) >= FULL_CONTENT_WORDS ? item.contentHtml : null;
        if (full || !url) {
          const html = full ?? item.contentHtml ?? item.summary;
          if (!html) continue;
          const doc = { source: url ?? feed.url, raw: Buffer.from(html), rawType: 'text/html', text: htmlToText(html), meta: { ...meta, url, canonicalUrl: url, site: siteOf(url ?? feed.url) } };
          await ctx.queue.send(QUEUES.analyse, { doc: docPayload(doc) });
        } else {
          await ctx.queue.send(QUEUES.fetchArticle, { url, meta });
        }
        out.queued++;
      }
      update = fetchedUpdate(parsed, r.headers, timing);
    }
  } catch (err) {
    out.status = 'error';
    out.error = err instanceof Error ? err.message : String(err);
    update = errorUpdate(feed, out.error, timing);
  }
  await ctx.store.updateFeed(feed.id, update);
  return out;
}
