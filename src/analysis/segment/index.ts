import type { Doc } from '../doc.ts';
import type { Sentence, Span, Token } from '../types.ts';

/** Paragraphs, sentences and tokens of the cleaned body. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Splits the body into paragraphs, sentences and tokens (placeholder: one sentence a paragraph). */
export function segment(doc: Pick<Doc, 'body' | 'titleSpan' | 'headings'>): Segmentation {
  const paragraphs: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.body); m; m = re.exec(doc.body)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return { paragraphs, sentences: paragraphs.map((p) => ({ ...p })), tokens: [] };
}
