/**
 * Step 4: the ISO value of each match, at the granularity the text gives, resolved against the
 * anchor where the text leaves something out (the year of `29 जनवरी`, the day of `शुक्रवार`,
 * everything of `पिछले साल`). Without an anchor such values are null.
 */

import {
  addDays, addMonths, dayNumber, formatDay, formatMonth, formatYear, isoWeek, isoWeekday, isValidDate, type Ymd,
} from './calendar.ts';
import type { DateMatch } from './match.ts';
import type { Tense } from './tense.ts';

/**
 * How a value was reached, appended to the rule id: the tense (`past`, `future`), its default,
 * `near` (a month-day just after the anchor), `year` (the year came from the date beside it).
 */
export type Direction = 'past' | 'future' | 'default' | 'near' | 'year';

/** A resolved value and how its direction was chosen. */
export interface Resolved {
  value: string | null;
  direction?: Direction;
}

/** What resolution needs besides the match, the anchor and the tense. */
export interface ResolveContext {
  /** A month-day at most this many days after the anchor is read ahead. */
  forwardDays: number;
  /** The year a neighbouring expression gives (`पिछले साल 17 नवंबर`). */
  year?: number;
}

/** Most recent y-m-d on or before the anchor (or the next on or after it when ahead). */
function nearestMonthDay(m: number, d: number, anchor: Ymd, ahead: boolean): Ymd | null {
  for (let k = 0; k <= 8; k++) {
    const y = ahead ? anchor.y + k : anchor.y - k;
    if (!isValidDate(y, m, d)) continue;
    const n = dayNumber({ y, m, d }), a = dayNumber(anchor);
    if (ahead ? n >= a : n <= a) return { y, m, d };
  }
  return null;
}

function direction(dir: DateMatch['dir'], tense: Tense): 'past' | 'future' | 'default' {
  return dir ?? tense ?? 'default';
}

/**
 * Resolves one match.
 *
 * @example
 * resolveMatch(match, { y: 2025, m: 7, d: 11 }, null).value; // '2025-07' for a match of `इस महीने`
 */
export function resolveMatch(m: DateMatch, anchor: Ymd | null, tense: Tense, ctx: ResolveContext = { forwardDays: 0 }): Resolved {
  switch (m.yields) {
    case 'ymd':
    case 'numeric':
      return { value: isValidDate(m.y!, m.m!, m.d!) ? formatDay({ y: m.y!, m: m.m!, d: m.d! }) : null };
    case 'ym':
      return { value: formatMonth(m.y!, m.m!) };
    case 'y':
      return { value: formatYear(m.y!) };
    case 'md': {
      if (ctx.year !== undefined) return { value: isValidDate(ctx.year, m.m!, m.d!) ? formatDay({ y: ctx.year, m: m.m!, d: m.d! }) : null, direction: 'year' };
      let dir: Direction = direction(m.dir, tense);
      if (!anchor) return { value: null, direction: dir };
      let date = nearestMonthDay(m.m!, m.d!, anchor, dir === 'future');
      if (dir !== 'future') {
        const ahead = nearestMonthDay(m.m!, m.d!, anchor, true);
        if (ahead && dayNumber(ahead) - dayNumber(anchor) <= ctx.forwardDays) { date = ahead; dir = 'near'; }
      }
      return { value: date ? formatDay(date) : null, direction: dir };
    }
    case 'm': {
      if (ctx.year !== undefined) return { value: formatMonth(ctx.year, m.m!), direction: 'year' };
      const dir = direction(m.dir, tense);
      if (!anchor) return { value: null, direction: dir };
      const ahead = dir === 'future';
      // `पिछले/बीते मार्च` is strictly before the anchor's month, `अगले मार्च` strictly after it.
      const strict = m.dir !== null;
      const y = ahead
        ? (m.m! > anchor.m || (m.m === anchor.m && !strict) ? anchor.y : anchor.y + 1)
        : (m.m! < anchor.m || (m.m === anchor.m && !strict) ? anchor.y : anchor.y - 1);
      return { value: formatMonth(y, m.m!), direction: dir };
    }
    case 'weekday': {
      const dir = direction(m.dir, tense);
      if (!anchor) return { value: null, direction: dir };
      const diff = m.weekday! - isoWeekday(anchor);
      let days: number;
      if (dir === 'future') days = ((diff % 7) + 7) % 7;
      else days = -(((-diff % 7) + 7) % 7);
      if (m.dir === 'past' && days === 0) days = -7;
      if (m.dir === 'future' && days === 0) days = 7;
      return { value: formatDay(addDays(anchor, days)), direction: dir };
    }
    case 'relative': {
      const rel = m.rel!;
      const dir = rel.byTense ? direction(null, tense) : undefined;
      if (!anchor) return { value: null, direction: dir };
      const offset = rel.byTense ? (dir === 'future' ? rel.offset : -rel.offset) : rel.offset;
      return { value: shift(anchor, rel.unit, offset), direction: dir };
    }
    case 'count':
      if (!anchor) return { value: null };
      return { value: shift(anchor, m.unit!, m.sign * m.count!) };
  }
}

function shift(anchor: Ymd, unit: 'day' | 'week' | 'month' | 'year', n: number): string {
  switch (unit) {
    case 'day': return formatDay(addDays(anchor, n));
    case 'week': return isoWeek(addDays(anchor, 7 * n));
    case 'month': { const [y, mo] = addMonths(anchor.y, anchor.m, n); return formatMonth(y, mo); }
    case 'year': return formatYear(anchor.y + n);
  }
}
