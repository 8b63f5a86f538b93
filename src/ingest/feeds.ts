/**
 * Feeds (RSS 2.0, Atom, RDF, JSON Feed) and OPML subscription lists, read with feedsmith into
 * one plain item shape. XML entity declarations are refused outright (billion laughs), and
 * feedsmith itself never expands entities.
 */
import { parseFeed, parseOpml } from 'feedsmith';
import { KhabarError } from '../errors.ts';
import { htmlToText } from './html.ts';
import { isoDate } from './rawdoc.ts';

/** One feed entry, whatever the format. */
export interface FeedItem {
  guid: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  /** Full content HTML (`content:encoded`, Atom content, JSON `content_html`), if any. */
  contentHtml: string | null;
  /** Summary/description HTML or text, if any. */
  summary: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  /** RSS `<ttl>` in minutes, if given. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

/** Text of a feedsmith value that may be a string or an Atom `{ value }` text construct. */
function txt(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'object' && 'value' in (v as object)) return txt((v as { value: unknown }).value);
  return null;
}

function refuseEntities(src: string, where: string): void {
  if (/<!ENTITY/i.test(src)) throw new KhabarError('KHABAR_ERR_FETCH', `${where}: XML entity declarations are refused (possible entity-expansion attack)`);
}

type Any = Record<string, unknown> & { [k: string]: unknown };

/**
 * Parses a feed document (XML text or JSON Feed text/object). Throws KHABAR_ERR_FETCH with a
 * reason for malformed or unsafe input.
 *
 * @example
 * parseFeedDocument('<rss version="2.0"><channel><title>T</title></channel></rss>', 'x').title; // 'T'
 */
export function parseFeedDocument(src: string, where: string): ParsedFeed {
  refuseEntities(src, where);
  let input: unknown = src;
  if (/^\s*\{/.test(src)) {
    try { input = JSON.parse(src); } catch { throw new KhabarError('KHABAR_ERR_FETCH', `${where}: malformed JSON feed`); }
  }
  let parsed;
  try { parsed = parseFeed(input); } catch (err) {
    throw new KhabarError('KHABAR_ERR_FETCH', `${where}: not a readable feed (${(err as Error).message})`);
  }
  const f = parsed.feed as unknown as Any;
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const items = ((f.items as Any[]) ?? []).map((it): FeedItem => {
      const guid = txt(it.guid) ?? txt((it.rdf as Any)?.about) ?? null;
      const dc = it.dc as Any | undefined;
      return {
        guid, url: txt(it.link) ?? (guid && /^https?:/.test(guid) ? guid : null), title: txt(it.title),
        author: txt(it.author) ?? txt((dc?.creators as unknown[])?.[0]) ?? null,
        published: isoDate(txt(it.pubDate) ?? txt((dc?.dates as unknown[])?.[0])),
        contentHtml: txt((it.content as Any)?.encoded), summary: txt(it.description),
      };
    });
    return { format: parsed.format, title: txt(f.title), ttlMinutes: typeof f.ttl === 'number' ? f.ttl : null, items };
  }
  if (parsed.format === 'atom') {
    const items = ((f.entries as Any[]) ?? []).map((e): FeedItem => {
      const links = (e.links as Any[]) ?? [];
      const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
      return {
        guid: txt(e.id), url: txt(link?.href), title: txt(e.title), author: txt((e.authors as Any[])?.[0]?.name),
        published: isoDate(txt(e.published) ?? txt(e.updated)), contentHtml: txt(e.content), summary: txt(e.summary),
      };
    });
    return { format: 'atom', title: txt(f.title), ttlMinutes: null, items };
  }
  const items = ((f.items as Any[]) ?? []).map((it): FeedItem => ({
    guid: txt(it.id), url: txt(it.url), title: txt(it.title), author: txt((it.authors as Any[])?.[0]?.name),
    published: isoDate(txt(it.date_published) ?? txt(it.date_modified)),
    contentHtml: txt(it.content_html) ?? (txt(it.content_text) ? `<p>${txt(it.content_text)}</p>` : null), summary: txt(it.summary),
  }));
  return { format: 'json', title: txt(f.title), ttlMinutes: null, items };
}

/**
 * True when a document looks like a feed rather than a web page or an OPML list.
 *
 * @example
 * looksLikeFeed('<?xml version="1.0"?><rss version="2.0">'); // true
 */
export function looksLikeFeed(src: string): boolean {
  const head = src.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) || /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(head);
}

/**
 * True when a document is an OPML subscription list.
 *
 * @example
 * looksLikeOpml('<opml version="2.0">'); // true
 */
export function looksLikeOpml(src: string): boolean {
  return /<opml[\s>]/i.test(src.slice(0, 2000));
}

/**
 * The feed URLs of an OPML file, nested outlines included.
 *
 * @example
 * opmlFeedUrls('<opml version="2.0"><body><outline xmlUrl="https://x/feed"/></body></opml>', 'subs.opml'); // ['https://x/feed']
 */
export function opmlFeedUrls(src: string, where: string): { url: string; title: string | null }[] {
  refuseEntities(src, where);
  let opml;
  try { opml = parseOpml(src); } catch (err) {
    throw new KhabarError('KHABAR_ERR_FETCH', `${where}: not a readable OPML file (${(err as Error).message})`);
  }
  const out: { url: string; title: string | null }[] = [];
  const walk = (outlines: Any[] | undefined) => {
    for (const o of outlines ?? []) {
      const u = txt(o.xmlUrl);
      if (u) out.push({ url: u, title: txt(o.title) ?? txt(o.text) });
      walk(o.outlines as Any[] | undefined);
    }
  };
  walk((opml.body as Any | undefined)?.outlines as Any[] | undefined);
  return out;
}

/** Plain words in a piece of HTML (to judge whether `content:encoded` is the full article). */
export function htmlWordCount(html: string): number {
  return htmlToText(html).split(/\s+/).filter(Boolean).length;
}

/** Content with at least this many words counts as the full article (else the page is fetched). */
export const FULL_CONTENT_WORDS = 150;
