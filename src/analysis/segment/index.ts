/**
 * Segmentation: paragraphs, sentences and tokens of the cleaned body, with offsets into it.
 * Steps in run order: 1-paragraphs (lines, paragraphs), 2-sentences (rules per line),
 * 3-tokens (Intl.Segmenter words per sentence, glued words split).
 */
import type { Doc } from '../doc.ts';
import type { Sentence, Span, Token } from '../types.ts';
import { linesAndParagraphs } from './1-paragraphs.ts';
import { splitSentences } from './2-sentences.ts';
import { tokenize } from './3-tokens.ts';

/** Paragraphs, sentences and tokens of the cleaned body. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Title and heading spans clamped to the body, sorted, without overlaps. */
function headingSpans(doc: Pick<Doc, 'body' | 'titleSpan' | 'headings'>): Span[] {
  const n = doc.body.length;
  const spans = [...(doc.titleSpan ? [doc.titleSpan] : []), ...doc.headings]
    .map((h) => ({ start: Math.max(0, Math.min(n, h.start)), end: Math.max(0, Math.min(n, h.end)) }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const h of spans) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
  return out;
}

/**
 * Splits the body into paragraphs (runs of non-blank lines), sentences and tokens. A line break
 * always ends a sentence; the title and every heading is one sentence with `heading: true`.
 * Every offset indexes `doc.body`; tokens never cross sentence bounds.
 *
 * @example
 * const s = segment({ body: 'डॉ. सिंह आए.वे बोले।', titleSpan: null, headings: [] });
 * s.sentences.length; // 2
 */
export function segment(doc: Pick<Doc, 'body' | 'titleSpan' | 'headings'>): Segmentation {
  const body = doc.body;
  const { lines, paragraphs } = linesAndParagraphs(body);
  const heads = headingSpans(doc);
  const sentences: Sentence[] = [];
  let h = 0;
  const plain: Span[] = [];
  for (const line of lines) {
    let pos = line.start;
    while (h < heads.length && heads[h].end <= pos) h++;
    // Cut the line at heading spans: headings are whole sentences, the rest is split by rules.
    for (let k = h; k < heads.length && heads[k].start < line.end; k++) {
      const hs = Math.max(heads[k].start, line.start);
      const he = Math.min(heads[k].end, line.end);
      if (hs > pos) { plain.length = 0; splitSentences(body, pos, hs, plain); sentences.push(...plain); }
      if (he > hs && hs >= pos) sentences.push({ start: hs, end: he, heading: true });
      pos = Math.max(pos, he);
    }
    if (pos < line.end) { plain.length = 0; splitSentences(body, pos, line.end, plain); sentences.push(...plain); }
  }
  trimHeadings(body, sentences);
  const tokens: Token[] = [];
  for (let i = 0; i < sentences.length; i++) tokenize(body, sentences[i].start, sentences[i].end, i, tokens);
  return { paragraphs, sentences, tokens };
}

/** Heading sentences lose surrounding spaces; empty ones are dropped. */
function trimHeadings(body: string, sentences: Sentence[]): void {
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i];
    if (!s.heading) continue;
    while (s.start < s.end && /\s/.test(body[s.start])) s.start++;
    while (s.end > s.start && /\s/.test(body[s.end - 1])) s.end--;
    if (s.end <= s.start) sentences.splice(i, 1);
  }
}
