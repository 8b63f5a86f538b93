import type { GazetteerEntry } from '../../gazetteer/index.ts';
import type { EntityType, Mention } from '../types.ts';

/** A possible mention over words `[from, to)` of one clause, before overlaps are resolved. */
export interface Candidate {
  from: number;
  to: number;
  type: EntityType;
  source: Mention['source'];
  confidence: number;
  /** Higher wins an overlap; then the longer span. */
  priority: number;
  /** Rule id or gazetteer entry that made it. */
  rule: string;
  entry?: GazetteerEntry;
}

/** Priorities: rules that read context beat bare gazetteer hits, which beat the tagger. */
export const PRIORITY = { rule: 4, nerContaining: 3.5, gazetteer: 3, ner: 2, phonetic: 1 } as const;
