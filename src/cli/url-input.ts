import type { ArticleMeta } from '../analysis/types.ts';
import { fetchText, pageDoc } from '../ingest/web.ts';

/** An article fetched from the web: its text and what the page says about it. */
export interface FetchedArticle {
  text: string;
  meta: ArticleMeta;
}

/**
 * Fetches a URL for `khabar analyze` through the ingest's guarded fetcher (timeout, size cap,
 * redirect limit, charset, no private addresses unless allowed) and, when it is HTML, reduces
 * the page to its article with readability; title, published time and canonical URL come from
 * the page's meta tags and JSON-LD.
 *
 * @example
 * const a = await fetchArticleText('https://example.org/news/1', { maxBytes: 5_000_000 });
 */
export async function fetchArticleText(url: string, options: { maxBytes: number; allowPrivate?: boolean; timeoutMs?: number }): Promise<FetchedArticle> {
  const page = await fetchText(url, options);
  const type = page.headers['content-type'] ?? '';
  if (!/html/i.test(type) && !/^\s*<(?:!doctype|html)/i.test(page.text.slice(0, 200))) {
    return { text: page.text, meta: { url: page.url } };
  }
  const doc = pageDoc(page);
  const m = doc.meta;
  return { text: doc.text, meta: { url: m.canonicalUrl ?? m.url ?? page.url, site: m.site, title: m.title, published: m.published } };
}
