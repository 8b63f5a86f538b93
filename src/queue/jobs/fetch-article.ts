/** The `article_fetch` job: a page fetched politely, reduced with readability, analysed and stored. */
import { canonicalUrl } from '../../ingest/keys.ts';
import type { RawMeta } from '../../ingest/rawdoc.ts';
import { fetchText, pageDoc } from '../../ingest/web.ts';
import type { PutResult } from '../../store/types.ts';
import { analyseAndStore } from './analyse.ts';
import { hostOf, type JobContext } from './context.ts';

export interface FetchArticleData {
  url: string;
  meta?: RawMeta;
}

/**
 * Handles an `article_fetch` job. An article already stored under its URL or GUID is not
 * fetched again (a retried job after a crash finds its own earlier write).
 *
 * @example
 * await fetchArticleJob(ctx, { url: 'https://www.bbc.com/hindi/articles/x' });
 */
export async function fetchArticleJob(ctx: JobContext, data: FetchArticleData): Promise<PutResult | { status: 'known'; id: number }> {
  const known = await ctx.store.findDuplicate({ canonicalUrl: canonicalUrl(data.url), guid: data.meta?.guid ?? null, contentHash: '' });
  if (known !== null) return { status: 'known', id: known };
  const page = await ctx.polite.run(hostOf(data.url), () => fetchText(data.url, ctx.fetch));
  return analyseAndStore(ctx, pageDoc(page, data.meta ?? {}));
}
