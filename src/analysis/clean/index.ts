import type { Doc } from '../doc.ts';
import type { ArticleMeta, Heading, Related, Removed, Span } from '../types.ts';
import { matchKey, normalizeText } from './01-normalize.ts';
import { stripBoilerplate } from './02-boilerplate.ts';
import { liftRelated, type GlueBoundaryFinder } from './03-related.ts';
import { isHeadingLine, isTitleLine } from './04-structure.ts';
import { cleanPatterns } from './patterns.ts';
import { findGluePoints, type GluePoint } from '../../text/glue.ts';
import { countDocument, type DocCounts } from '../../text/glue-vocab.ts';

/** The clean layer: title, body (title as its first paragraph), headings and what was taken out. */
export type Cleaned = Pick<Doc, 'title' | 'body' | 'titleSpan' | 'headings' | 'related' | 'removed' | 'source'>;

/**
 * The finder of glued link-title seams for one document: the first glue point between `from`
 * and `to` that looks like the seam of two texts, judged with the corpus statistics plus the
 * document's own word counts.
 */
function documentGlueFinder(doc: DocCounts): GlueBoundaryFinder {
  // The cleaner asks about many windows of one line: its glue points are found once. A window
  // starts and ends between words, so each point's verdict is the same in the line as in it.
  let line: string | null = null;
  let points: GluePoint[] = [];
  return (text, from, to) => {
    if (text !== line) [line, points] = [text, findGluePoints(text, doc)];
    for (const g of points) if (g.at > from && g.at < to && g.verdict.boundary) return { at: g.at, score: g.verdict.score };
    return null;
  };
}

function siteOf(meta: ArticleMeta): string | null {
  if (meta.site) return meta.site.toLowerCase().replace(/^www\./, '');
  if (!meta.url) return null;
  try {
    return new URL(meta.url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Joins, in place, each line that ends like a sentence broken by the scraper (a last word such
 * as `और`, `के`, or a comma) with the line after it.
 */
function joinBrokenLines(lines: string[], continuation: Set<string>): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    const last = line.slice(line.lastIndexOf(' ') + 1);
    if (line.endsWith(',') || continuation.has(last)) lines.splice(i, 2, `${line} ${lines[i + 1]}`);
  }
}

/**
 * Cleans raw article text: normalises it, removes trailers and share invitations, lifts
 * related-story links into `related`, and recognises the title and sub-headings. Everything
 * removed is listed in `removed` with its reason.
 *
 * @example
 * const c = clean('शीर्षक यहां\n\nपहला वाक्य है.\nRead More at www.abplive.com');
 * c.title;        // 'शीर्षक यहां'
 * c.source?.site; // 'abplive.com'
 */
export function clean(raw: string, meta: ArticleMeta = {}): Cleaned {
  const patterns = cleanPatterns();
  const norm = normalizeText(raw);
  const removed: Removed[] = [];
  if (norm.controls > 0) removed.push({ text: `${norm.controls} control character(s)`, reason: 'control' });
  const deb = stripBoilerplate(norm.text, patterns);
  removed.push(...deb.removed);

  const related: Related[] = [];
  const lines: string[] = [];
  const glueFinder = documentGlueFinder(countDocument(deb.text));
  for (const line of deb.text.split('\n')) {
    if (!line) continue;
    const r = liftRelated(line, patterns, glueFinder);
    related.push(...r.related);
    removed.push(...r.removed);
    if (r.line) lines.push(r.line);
  }
  joinBrokenLines(lines, patterns.continuationWords);

  let title: string | null = null;
  let titleInText = false;
  const metaTitle = meta.title ? normalizeText(meta.title).text.replace(/\n/g, ' ').trim() : '';
  if (lines.length > 0 && metaTitle && matchKey(lines[0]) === matchKey(metaTitle)) {
    title = lines[0];
    titleInText = true;
  } else if (lines.length > 0 && isTitleLine(lines[0], lines.length > 1)) {
    title = lines[0];
    titleInText = true;
  } else if (metaTitle) {
    title = metaTitle;
  }

  let body = '';
  let titleSpan: Span | null = null;
  const headings: Heading[] = [];
  lines.forEach((line, i) => {
    if (body) body += '\n\n';
    const start = body.length;
    body += line;
    if (i === 0 && titleInText) titleSpan = { start, end: body.length };
    else if (isHeadingLine(line, i < lines.length - 1)) headings.push({ text: line, start, end: body.length });
  });

  const site = siteOf(meta) ?? deb.site;
  return { title, body, titleSpan, headings, related, removed, source: site ? { site } : null };
}

export { matchKey, normalizeText } from './01-normalize.ts';
