import type { Doc } from '../doc.ts';
import type { Entity, Span, TextSpan } from '../types.ts';

/**
 * The sentences of the document, or — where the segmenter gave none — a plain split after
 * `।`, `.`, `?`, `!` and line breaks, so the stage still works on a hand-made document.
 *
 * @example
 * sentenceSpans({ body: 'क ख. ग घ.', sentences: [] } as never); // [{start:0,end:4},{start:5,end:9}]
 */
export function sentenceSpans(doc: Pick<Doc, 'body' | 'sentences'>): Span[] {
  if (doc.sentences.length > 0) return doc.sentences;
  const out: Span[] = [];
  const re = /[^\n।.?!]+[।.?!]*/g;
  for (const m of doc.body.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text !== '') out.push({ start: m.index + lead, end: m.index + lead + text.length });
  }
  return out;
}

/**
 * The paragraphs of the document, or a split at line breaks where the segmenter gave none.
 *
 * @example
 * paragraphSpans({ body: 'क\nख', paragraphs: [] } as never); // [{start:0,end:1},{start:2,end:3}]
 */
export function paragraphSpans(doc: Pick<Doc, 'body' | 'paragraphs'>): Span[] {
  if (doc.paragraphs.length > 0) return doc.paragraphs;
  const out: Span[] = [];
  for (const m of doc.body.matchAll(/[^\n]+/g)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Index of the span that contains `offset` (spans sorted, non-overlapping), or -1.
 *
 * @example
 * spanIndexAt([{ start: 0, end: 4 }, { start: 5, end: 9 }], 6); // 1
 */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A mention together with the entity it belongs to. */
export interface EntityMention extends TextSpan {
  entity: Entity;
}

/**
 * Every mention of every entity, sorted by position.
 *
 * @example
 * entityMentions([{ id: 'e1', mentions: [{ start: 3, end: 6, text: 'रूस' }] } as never])[0].entity.id; // 'e1'
 */
export function entityMentions(entities: readonly Entity[]): EntityMention[] {
  return entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}
