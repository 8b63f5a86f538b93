import type { Doc } from '../doc.ts';
import type { Mention } from '../types.ts';

/** Typed spans naming people, organisations and places (placeholder until the tagger lands). */
export function findMentions(_doc: Readonly<Doc>): Mention[] {
  return [];
}
