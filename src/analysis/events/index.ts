import type { Doc } from '../doc.ts';
import type { Event } from '../types.ts';

/** CAMEO-coded events (placeholder until the event coder lands). */
export function codeEvents(_doc: Readonly<Doc>): Event[] {
  return [];
}
