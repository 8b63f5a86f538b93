import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { KhabarError } from '../errors.ts';
import type { ArticleMeta } from '../analysis/types.ts';
import { decodeText } from './input.ts';

/** An article fetched from the web: its text and what the page says about it. */
export interface FetchedArticle {
  text: string;
  meta: ArticleMeta;
  warning: string | null;
}

/**
 * Fetches a URL for `khabar analyze` (timeout, size cap) and, when it is HTML, reduces the page
 * to its article with readability + linkedom; title and published time come from the page's
 * meta tags.
 *
 * @example
 * const a = await fetchArticleText('https://example.org/news/1', 5_000_000);
 */
export async function fetchArticleText(url: string, maxBytes: number, timeoutMs = 20_000): Promise<FetchedArticle> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { 'user-agent': 'khabar/0.1 (+news analysis)' } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_FETCH', `${url}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new KhabarError('KHABAR_ERR_FETCH', `${url}: HTTP ${res.status}`);
  const bytes = await readCapped(res, maxBytes, url);
  const decoded = decodeText(bytes, url);
  const type = res.headers.get('content-type') ?? '';
  if (!/html/i.test(type) && !/^\s*<(?:!doctype|html)/i.test(decoded.text.slice(0, 200))) {
    return { text: decoded.text, meta: { url: res.url || url }, warning: decoded.warning };
  }
  const { document } = parseHTML(decoded.text);
  const metaContent = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const published = metaContent('meta[property="article:published_time"]') ?? metaContent('meta[name="date"]') ?? metaContent('meta[itemprop="datePublished"]');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!article?.textContent?.trim()) throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', `${url} (no article text found in the page)`);
  const title = article.title ?? null;
  const paragraphs = article.textContent.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  const text = [title, ...paragraphs].filter(Boolean).join('\n\n');
  return { text, meta: { url: res.url || url, title, published }, warning: decoded.warning };
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new KhabarError('KHABAR_ERR_TOO_LARGE', `${url} is over the limit of ${maxBytes} bytes (raise it with --max-size)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
