/**
 * Files and directories as sources: `.txt` (one article), `.html`/`.htm` (a saved page),
 * `.json`/`.jsonl` (one `{title, text, url, published}` record a line, or a JSON array).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { KhabarError } from '../errors.ts';
import { decodeText } from './charset.ts';
import { splitHeadlines } from './headlines.ts';
import { extractArticle } from './html.ts';
import { dateFromName, isoDate, type SourceItem } from './rawdoc.ts';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json', '.jsonl']);

/** Largest file read (bytes). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Files that describe a corpus rather than hold an article (skipped when walking a directory). */
const PROVENANCE_FILE = /^(source|readme|licen[cs]e|copying|notice)(\.[a-z]+)?$/i;

/**
 * The article files under a path: the file itself, or a directory walked recursively in name
 * order (hidden entries and provenance files such as SOURCE.txt or README.txt skipped).
 *
 * @example
 * listArticleFiles('../shared/corpus/bbc-hindi').length; // 345
 */
export function listArticleFiles(path: string): string[] {
  let st;
  try { st = statSync(path); } catch { throw new KhabarError('KHABAR_ERR_NOT_FOUND', path); }
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || PROVENANCE_FILE.test(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  walk(path);
  return out;
}

function recordItem(rec: unknown, source: string, raw: Uint8Array): SourceItem {
  if (!rec || typeof rec !== 'object') return { failure: { source, reason: 'not a JSON object' } };
  const r = rec as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : null;
  if (!text || !text.trim()) return { failure: { source, reason: 'record has no text' } };
  const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    doc: {
      source, raw, rawType: 'application/json', text,
      meta: { title: s(r.title), url: s(r.url), published: isoDate(s(r.published) ?? s(r.date)), author: s(r.author), site: s(r.site) },
    },
  };
}

export interface ReadFileOptions {
  /** Cut `.txt` files into articles at their headline lines (newspaper day files; see headlines.ts). */
  splitHeadlines?: boolean;
}

/**
 * Reads one article file into source items (several for JSON lines, or for a day file cut at
 * its headlines); a bad line becomes a failure with its reason, the others still come through.
 *
 * @example
 * readArticleFile('a.txt'); // [{ doc: { source: 'a.txt', text: '…', … } }]
 * readArticleFile('AU-2020-MAR-05.txt', { splitHeadlines: true }).length; // 6 (one per story)
 */
export function readArticleFile(path: string, options: ReadFileOptions = {}): SourceItem[] {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.size > MAX_FILE_BYTES) return [{ failure: { source: path, reason: `file larger than ${MAX_FILE_BYTES} bytes` } }];
    bytes = readFileSync(path);
  } catch (err) {
    return [{ failure: { source: path, reason: (err as Error).message } }];
  }
  const ext = extname(path).toLowerCase();
  const published = dateFromName(basename(path));
  if (bytes.subarray(0, 8000).includes(0)) return [{ failure: { source: path, reason: 'binary file, not text' } }];
  if (ext === '.html' || ext === '.htm') {
    const page = extractArticle(decodeText(bytes, null));
    if (!page.text.trim()) return [{ failure: { source: path, reason: 'no article text found in page' } }];
    return [{
      doc: {
        source: path, raw: bytes, rawType: 'text/html', text: page.text,
        meta: { title: page.title, author: page.author, published: isoDate(page.published) ?? published, canonicalUrl: page.canonicalUrl, url: page.canonicalUrl, site: page.site },
      },
    }];
  }
  const text = decodeText(bytes, null);
  if (ext === '.json' || ext === '.jsonl') {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
      try {
        const arr = JSON.parse(trimmed) as unknown[];
        return arr.map((rec, i) => recordItem(rec, `${path}:${i + 1}`, Buffer.from(JSON.stringify(rec))));
      } catch (err) {
        return [{ failure: { source: path, reason: `invalid JSON: ${(err as Error).message}` } }];
      }
    }
    const items: SourceItem[] = [];
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const source = `${path}:${i + 1}`;
      try { items.push(recordItem(JSON.parse(line), source, Buffer.from(line))); } catch (err) {
        items.push({ failure: { source, reason: `invalid JSON line: ${(err as Error).message}` } });
      }
    });
    return items;
  }
  if (!text.trim()) return [{ failure: { source: path, reason: 'empty file' } }];
  if (options.splitHeadlines) {
    // Each story keeps its own lines as raw bytes, so re-reading it gives the same text and key.
    return splitHeadlines(text).map((s, i) => ({
      doc: { source: `${path}#${i + 1}`, raw: Buffer.from(s.text), rawType: 'text/plain', text: s.text, meta: { published } },
    }));
  }
  return [{ doc: { source: path, raw: bytes, rawType: 'text/plain', text, meta: { published } } }];
}
