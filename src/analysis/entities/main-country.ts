/**
 * The country an article is mostly about: country names and demonyms counted over the body
 * (पाकिस्तान, पाकिस्तानी सेना), each in the headline counting three times. Used where the text
 * itself does not say which country a thing belongs to: a place whose name several countries
 * share (पंजाब, हैदराबाद), a generic state body (चुनाव आयोग, सुप्रीम कोर्ट), an office-holder.
 */
import { gazetteer } from '../../gazetteer/index.ts';
import type { Doc } from '../doc.ts';
import type { MentionDetail } from '../mentions/index.ts';
import { clauses } from '../mentions/index.ts';

/** Country code → weighted count, with the leader when there is one. */
export interface CountryTally {
  counts: Map<string, number>;
  total: number;
  top: string | null;
  /** Named in at least half of all weighted country references (and at least twice). */
  main: string | null;
}

const TITLE_WEIGHT = 3;

/**
 * Counts the countries an article names (by name or demonym), the headline weighing more.
 * @example countryTally(doc, details).main // 'PK' for an article about Pakistan's elections
 */
export function countryTally(doc: Pick<Readonly<Doc>, 'body' | 'sentences' | 'titleSpan'>, details: readonly MentionDetail[]): CountryTally {
  const g = gazetteer();
  const counts = new Map<string, number>();
  const title = doc.titleSpan;
  const weight = (start: number): number => (title && start >= title.start && start < title.end ? TITLE_WEIGHT : 1);
  const add = (code: string, start: number): void => { counts.set(code, (counts.get(code) ?? 0) + weight(start)); };
  for (const d of details) if (d.entry?.kind === 'country' && d.entry.code) add(d.entry.code, d.mention.start);
  for (const c of clauses(doc)) for (const w of c.words) { const code = g.demonyms.get(w.key); if (code) add(code, w.start); }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = sorted[0] && (!sorted[1] || sorted[0][1] > sorted[1][1]) ? sorted[0][0] : null;
  const main = top && counts.get(top)! >= 2 && counts.get(top)! * 2 >= total ? top : null;
  return { counts, total, top, main };
}
