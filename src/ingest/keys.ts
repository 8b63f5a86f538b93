/** Dedup keys of an article: canonical URL, content hash, site. */
import { createHash } from 'node:crypto';

const TRACKING = /^(utm_\w+|fbclid|gclid|ref|ref_src|cmpid|ocid|ns_\w+|at_\w+|_ga|mc_cid|mc_eid|amp)$/i;

/**
 * A URL reduced to the form two links to the same article share: lower-case host without
 * `www.`, no fragment, no tracking parameters, sorted query, no trailing slash, `/amp` dropped.
 * Returns null for something that is not an http(s) URL.
 *
 * @example
 * canonicalUrl('https://WWW.Example.com/a/b/?utm_source=x#top'); // 'https://example.com/a/b'
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try { u = new URL(url.trim()); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  u.search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  u.pathname = u.pathname.replace(/\/amp\/?$/, '/').replace(/\/+$/, '') || '/';
  if ((u.protocol === 'https:' && u.port === '443') || (u.protocol === 'http:' && u.port === '80')) u.port = '';
  return u.toString().replace(/\/$/, '');
}

/**
 * The site of a URL (host without `www.`), or null.
 *
 * @example
 * siteOf('https://www.bbc.com/hindi/x'); // 'bbc.com'
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try { return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null; } catch { return null; }
}

/**
 * SHA-256 (hex) of a text with Unicode normalised and whitespace collapsed, so the same article
 * saved twice with different line endings is one article.
 *
 * @example
 * contentHash('a  b\r\n') === contentHash('a b'); // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * A stable dedup key for a feed entry's GUID (scoped to its feed when the GUID is not a URL).
 *
 * @example
 * guidKey('https://feed/x', 'item-1'); // 'https://feed/x#item-1'
 */
export function guidKey(feedUrl: string, guid: string | null | undefined): string | null {
  if (!guid) return null;
  return canonicalUrl(guid) ?? `${feedUrl}#${guid.trim()}`;
}
