/** URLs as sources: a page reduced to its article, a feed's items, an OPML list's feeds. */
import { KhabarError } from '../errors.ts';
import { decodeText } from './charset.ts';
import { type FetchOptions, isTextualType, safeFetch } from './fetch.ts';
import { FULL_CONTENT_WORDS, type FeedItem, htmlWordCount, type ParsedFeed } from './feeds.ts';
import { extractArticle, htmlToText } from './html.ts';
import { guidKey, siteOf } from './keys.ts';
import { isoDate, type RawDoc, type SourceItem } from './rawdoc.ts';

/** A fetched text document. */
export interface FetchedText {
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  text: string;
}

/**
 * Fetches a URL that must answer 2xx with a textual content type, decoded by its charset.
 *
 * @example
 * const page = await fetchText('https://www.bbc.com/hindi', {});
 */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchedText> {
  const r = await safeFetch(url, options);
  if (r.status < 200 || r.status >= 300) throw new KhabarError('KHABAR_ERR_FETCH', `${url}: HTTP ${r.status}`);
  const ct = r.headers['content-type'] ?? null;
  if (!isTextualType(ct)) throw new KhabarError('KHABAR_ERR_FETCH', `${url}: content type ${ct} is not text`);
  return { url: r.url, status: r.status, headers: r.headers, bytes: r.body, text: decodeText(r.body, ct) };
}

/**
 * A fetched HTML page as a RawDoc (readability text, meta tags, JSON-LD).
 *
 * @example
 * pageDoc(await fetchText(url, {})); // { rawType: 'text/html', text: '…', meta: { title, published, canonicalUrl } }
 */
export function pageDoc(page: FetchedText, extra: Partial<RawDoc['meta']> = {}): RawDoc {
  const a = extractArticle(page.text, page.url);
  if (!a.text.trim()) throw new KhabarError('KHABAR_ERR_FETCH', `${page.url}: no article text found in the page`);
  return {
    source: page.url, raw: page.bytes, rawType: 'text/html', text: a.text,
    meta: {
      url: page.url, canonicalUrl: a.canonicalUrl ?? page.url, site: siteOf(a.canonicalUrl ?? page.url),
      title: a.title ?? extra.title ?? null, author: a.author ?? extra.author ?? null,
      published: isoDate(a.published) ?? extra.published ?? null, guid: extra.guid ?? null, feedId: extra.feedId ?? null,
    },
  };
}

export interface FeedItemContext {
  feedUrl: string;
  feedId?: number | null;
  fetch: FetchOptions;
  /** True when an article with this URL/GUID is already stored (skips fetching its page). */
  isKnown?: (item: { url: string | null; guid: string | null }) => Promise<boolean>;
}

/**
 * The articles of a feed's items: `content:encoded` (or Atom/JSON content) when it holds the
 * full article, otherwise the linked page fetched and reduced. Each item that fails becomes a
 * failure with its reason; the others go on.
 *
 * @example
 * for await (const item of feedItemDocs(feed, { feedUrl, fetch: {} })) console.log(item);
 */
export async function* feedItemDocs(feed: ParsedFeed, ctx: FeedItemContext): AsyncGenerator<SourceItem> {
  for (const item of feed.items) {
    const source = item.url ?? `${ctx.feedUrl}#${item.guid ?? item.title ?? '?'}`;
    try {
      const guid = guidKey(ctx.feedUrl, item.guid ?? item.url);
      if (ctx.isKnown && (await ctx.isKnown({ url: item.url, guid }))) {
        yield { failure: { source, reason: 'duplicate' } };
        continue;
      }
      yield { doc: await itemDoc(item, guid, ctx) };
    } catch (err) {
      yield { failure: { source, reason: err instanceof Error ? err.message : String(err) } };
    }
  }
}

async function itemDoc(item: FeedItem, guid: string | null, ctx: FeedItemContext): Promise<RawDoc> {
  const meta = { guid, title: item.title, author: item.author, published: item.published, feedId: ctx.feedId ?? null };
  const full = item.contentHtml && htmlWordCount(item.contentHtml) >= FULL_CONTENT_WORDS ? item.contentHtml : null;
  if (full || !item.url) {
    const html = full ?? item.contentHtml ?? item.summary;
    if (!html) throw new KhabarError('KHABAR_ERR_FETCH', `${ctx.feedUrl}: item has neither content nor link`);
    return {
      source: item.url ?? ctx.feedUrl, raw: Buffer.from(html), rawType: 'text/html', text: htmlToText(html),
      meta: { ...meta, url: item.url, canonicalUrl: item.url, site: siteOf(item.url ?? ctx.feedUrl) },
    };
  }
  const page = await fetchText(new URL(item.url, ctx.feedUrl).href, ctx.fetch);
  return pageDoc(page, meta);
}
