import type { Doc } from '../doc.ts';
import type { Entity } from '../types.ts';

/** Links mentions into entities (placeholder until the entities stage lands). */
export function linkEntities(_doc: Readonly<Doc>): Entity[] {
  return [];
}
