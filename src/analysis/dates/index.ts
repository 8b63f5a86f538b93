/**
 * The dates stage: every date expression of the body with its ISO 8601 value, and the anchor
 * date relative expressions resolve against. Steps in run order: tokenize → match (patterns of
 * data/dates) → anchor → tense + resolve. Pure: data files are loaded once, no clock is read.
 */

import type { Doc } from '../doc.ts';
import type { AnchorSource, DateMention } from '../types.ts';
import { anchorString, besideFullDate, chooseAnchor } from './anchor.ts';
import { datesLexicon } from './lexicon.ts';
import { findMatches, type DateMatch } from './match.ts';
import { resolveMatch } from './resolve.ts';
import { tenseAfter } from './tense.ts';
import { tokenize, type DateToken } from './tokenize.ts';

/** The dates layer: the anchor date and every date expression. */
export interface DatesLayer {
  anchorDate: string | null;
  anchorDateSource: AnchorSource | null;
  dates: DateMention[];
}

/**
 * The year a date right before a month-day or a month gives it (`पिछले साल 17 नवंबर`,
 * `इस साल जून में`, `2012 के अक्टूबर महीने`), or undefined.
 */
function yearOf(previous: { match: DateMatch; value: string | null }, m: DateMatch, toks: DateToken[], link: Set<string>): number | undefined {
  const p = previous.match;
  const isYear = p.yields === 'y' || (p.yields === 'relative' && p.rel?.unit === 'year');
  const linked = p.end === m.first || (p.end + 1 === m.first && link.has(toks[p.end].key));
  if (!isYear || p.qualifier || !linked || !previous.value) return undefined;
  return Number(previous.value);
}

const NEEDS_TENSE = new Set(['md', 'm', 'weekday', 'relative']);

/**
 * Finds the anchor date and the date expressions of `doc.body`.
 *
 * @example
 * const doc = { ...emptyDoc('', {}), body: 'शुक्रवार (11 जुलाई, 2025) को उन्होंने कहा कि इस महीने की शुरुआत में समझौता हुआ।' };
 * const layer = findDates(doc);
 * layer.anchorDate;                         // '2025-07-11' (source 'text')
 * layer.dates.map((d) => d.value);          // ['2025-07-11', '2025-07']
 * layer.dates[1].qualifier;                 // 'early'
 */
export function findDates(doc: Readonly<Doc>): DatesLayer {
  const lx = datesLexicon();
  const body = doc.body ?? '';
  const toks = tokenize(body);
  const matches = findMatches(toks, lx);
  const anchor = chooseAnchor(doc.options ?? {}, matches, toks, lx);
  const dates: DateMention[] = [];
  let previous: { match: DateMatch; value: string | null } | null = null;
  matches.forEach((m, i) => {
    // `शुक्रवार (11 जुलाई, 2025)` is one expression: the full date carries it, the weekday only
    // tells that the date is "now" (see anchor.ts), so it is not a date of its own.
    if (m.yields === 'weekday' && m.dir === null && besideFullDate(i, matches, toks)) return;
    const start = toks[m.first].start, end = toks[m.last - 1].end;
    const tense = NEEDS_TENSE.has(m.yields) ? tenseAfter(toks, m.last, lx) : null;
    const year = (m.yields === 'md' || m.yields === 'm') && previous ? yearOf(previous, m, toks, lx.lists.get('yearMonthLink') ?? new Set()) : undefined;
    const r = resolveMatch(m, anchor.date, tense, { forwardDays: lx.tense.monthDayForwardDays, year });
    if (r.value === null && !NEEDS_TENSE.has(m.yields) && m.yields !== 'count') return;
    const rule = r.direction ? `${m.rule}/${r.direction}` : m.rule;
    dates.push({ start, end, text: body.slice(start, end), value: r.value, qualifier: m.qualifier, rule });
    previous = { match: m, value: r.value };
  });
  return { anchorDate: anchorString(anchor), anchorDateSource: anchor.source, dates };
}
