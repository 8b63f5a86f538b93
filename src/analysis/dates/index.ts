import type { Doc } from '../doc.ts';
import type { AnchorSource, DateMention } from '../types.ts';

/** The dates layer: the anchor date and every date expression. */
export interface DatesLayer {
  anchorDate: string | null;
  anchorDateSource: AnchorSource | null;
  dates: DateMention[];
}

/** Finds the anchor date and the date expressions (placeholder). */
export function findDates(doc: Readonly<Doc>): DatesLayer {
  const a = doc.options.anchorDate ?? null;
  return { anchorDate: a, anchorDateSource: a ? 'option' : null, dates: [] };
}
