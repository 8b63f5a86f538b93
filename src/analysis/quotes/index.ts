import type { Doc } from '../doc.ts';
import type { Quote } from '../types.ts';

/** Direct quotations with their speakers (placeholder until the quotes stage lands). */
export function findQuotes(_doc: Readonly<Doc>): Quote[] {
  return [];
}
