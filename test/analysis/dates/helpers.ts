import { findDates, type DatesLayer } from '../../../src/analysis/dates/index.ts';
import { emptyDoc } from '../../../src/analysis/doc.ts';
import type { AnalyzeOptions, DateMention } from '../../../src/analysis/types.ts';

/** Runs the dates stage on a body with the given options. */
export function datesOf(body: string, options: AnalyzeOptions = {}): DatesLayer {
  return findDates({ ...emptyDoc(body, options), body });
}

/** The dates of a body as `text → value` strings (qualifier appended), for compact asserts. */
export function pairs(body: string, options: AnalyzeOptions = {}): string[] {
  return datesOf(body, options).dates.map(show);
}

/** `text → value` (and ` (qualifier)`). */
export function show(d: DateMention): string {
  return `${d.text} → ${d.value}${d.qualifier ? ` (${d.qualifier})` : ''}`;
}
