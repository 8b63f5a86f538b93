/**
 * ISO 8601 periods as the gold and the analyser write them — `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
 * and ISO weeks `YYYY-Www` — turned into day ranges, so two dates can be compared at the
 * coarser of their granularities.
 */

/** A closed range of days, as UTC day numbers (days since 1970-01-01). */
export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Monday of ISO week 1 of `isoYear` (the week that holds 4 January). */
function isoWeekOneMonday(isoYear: number): number {
  const jan4 = dayNumber(isoYear, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday;
}

/** Number of ISO weeks in an ISO year (52 or 53). */
function isoWeeksIn(isoYear: number): number {
  return (isoWeekOneMonday(isoYear + 1) - isoWeekOneMonday(isoYear)) / 7;
}

/**
 * The days an ISO 8601 period covers, or null when the string is not one of the four forms
 * (or names no real day, month or week).
 *
 * @example
 * periodRange('2020-W14'); // { first: 18351, last: 18357 } — Monday 30 March … Sunday 5 April 2020
 * periodRange('2025-02-30'); // null
 */
export function periodRange(value: string): DayRange | null {
  const v = value.trim();
  let m = /^(\d{4})$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    return { first: dayNumber(y, 1, 1), last: dayNumber(y + 1, 1, 1) - 1 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo + 1, 1) - 1 };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
    if (!validDay(y, mo, d)) return null;
    const n = dayNumber(y, mo, d);
    return { first: n, last: n };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    const y = Number(m[1]), w = Number(m[2]);
    if (w < 1 || w > isoWeeksIn(y)) return null;
    const first = isoWeekOneMonday(y) + (w - 1) * 7;
    return { first, last: first + 6 };
  }
  return null;
}

/**
 * Whether two ISO periods agree at the coarser of their granularities: the day ranges overlap.
 * For nested granularities (day in week, month or year; month in year) this is exactly "equal
 * when both are cut down to the coarser one"; a week that straddles a month or year boundary
 * agrees with both months (years). Unreadable values never agree.
 *
 * @example
 * periodsAgree('2025-07', '2025-07-11'); // true
 * periodsAgree('2020-W14', '2020-04-02'); // true
 * periodsAgree('2025-07-11', '2025-06'); // false
 */
export function periodsAgree(a: string, b: string): boolean {
  const ra = periodRange(a), rb = periodRange(b);
  if (!ra || !rb) return false;
  return ra.first <= rb.last && rb.first <= ra.last;
}
