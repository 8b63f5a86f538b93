/**
 * An HTML page reduced to its article: text with paragraph breaks (readability + linkedom),
 * and metadata from meta tags and JSON-LD (title, author, published time, canonical URL).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { KhabarError } from '../errors.ts';

/** What a page says about itself. */
export interface PageArticle {
  text: string;
  title: string | null;
  author: string | null;
  published: string | null;
  canonicalUrl: string | null;
  site: string | null;
  language: string | null;
}

type El = { getAttribute(n: string): string | null; textContent: string | null };
type Doc = { querySelector(s: string): El | null; querySelectorAll(s: string): Iterable<El> };

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"]`) ?? doc.querySelector(`meta[name="${n}"]`) ?? doc.querySelector(`meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** The first NewsArticle-like object in the page's JSON-LD blocks. */
function jsonLd(doc: Doc): Record<string, unknown> | null {
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try { data = JSON.parse(el.textContent ?? ''); } catch { continue; }
    const stack: unknown[] = [data];
    while (stack.length) {
      const x = stack.shift();
      if (Array.isArray(x)) { stack.push(...x); continue; }
      if (!x || typeof x !== 'object') continue;
      const o = x as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) stack.push(...(o['@graph'] as unknown[]));
      const t = o['@type'];
      const types = Array.isArray(t) ? t : [t];
      if (types.some((v) => typeof v === 'string' && /Article|Posting|Report/.test(v))) return o;
    }
  }
  return null;
}

function ldAuthor(v: unknown): string | null {
  if (!v) return null;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(ldAuthor).filter(Boolean).join(', ') || null;
  if (typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Article HTML → plain text with a blank line between blocks. */
export function htmlToText(html: string): string {
  const marked = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|blockquote|div|section|article|tr|figcaption|pre)>/gi, '$&\n\n');
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  const text = (document.body?.textContent ?? '') as string;
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Reduces a page to its article. `url` (where it was fetched) resolves a relative canonical link.
 *
 * @example
 * extractArticle('<html><head><title>T</title></head><body><article><p>…</p></article></body></html>', 'https://x.in/a').title; // 'T'
 */
export function extractArticle(html: string, url: string | null = null): PageArticle {
  const { document } = parseHTML(html);
  // linkedom gives no root element for '', '<' or a truncated doctype: no page to read.
  if (!(document as unknown as { documentElement?: unknown }).documentElement) {
    throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', `${url ?? 'page'} (no HTML document in it)`);
  }
  const doc = document as unknown as Doc;
  const ld = jsonLd(doc);
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? str(ld?.url);
  let canonicalUrl: string | null = null;
  if (canonicalHref) {
    try { canonicalUrl = new URL(canonicalHref, url ?? undefined).toString(); } catch { canonicalUrl = null; }
  }
  const title = str(ld?.headline) ?? meta(doc, 'og:title', 'twitter:title') ?? str(doc.querySelector('title')?.textContent);
  const author = ldAuthor(ld?.author) ?? meta(doc, 'author', 'article:author');
  const published = str(ld?.datePublished) ?? meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued');
  const site = meta(doc, 'og:site_name');
  const language = doc.querySelector('html')?.getAttribute('lang') ?? null;
  // Readability rewrites the document as it reads it: keep the raw body for the fallback first.
  let bodyHtml = '';
  try {
    bodyHtml = String((document as unknown as { body?: { innerHTML?: string } }).body?.innerHTML ?? '');
  } catch {
    bodyHtml = '';
  }
  let text = '';
  try {
    const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    text = parsed?.content ? htmlToText(parsed.content) : '';
  } catch {
    text = '';
  }
  if (!text) text = htmlToText(bodyHtml);
  return { text, title, author, published, canonicalUrl, site, language };
}
