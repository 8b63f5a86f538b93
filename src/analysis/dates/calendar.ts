/**
 * Calendar arithmetic on proleptic Gregorian dates in UTC day numbers (days since 1970-01-01),
 * and the ISO 8601 strings the dates stage writes. No clock is read.
 */

const DAY_MS = 86_400_000;

/** A calendar date. `m` is 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Whether y-m-d names a real day. @example isValidDate(2024, 2, 29); // true */
export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number of a date. @example dayNumber({ y: 1970, m: 1, d: 2 }); // 1 */
export function dayNumber(date: Ymd): number {
  return Date.UTC(date.y, date.m - 1, date.d) / DAY_MS;
}

/** The date of a day number. @example fromDayNumber(0); // { y: 1970, m: 1, d: 1 } */
export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday of a date: Monday = 1 … Sunday = 7. @example isoWeekday({ y: 2025, m: 7, d: 11 }); // 5 */
export function isoWeekday(date: Ymd): number {
  const w = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * Parses `YYYY-MM-DD` (or the date part of an ISO date-time), or returns null.
 *
 * @example
 * parseIsoDate('2020-04-22T10:15:00+05:30'); // { y: 2020, m: 4, d: 22 }
 */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s.trim());
  if (!m) return null;
  const date = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(date.y, date.m, date.d) ? date : null;
}

/** `YYYY-MM-DD`. @example formatDay({ y: 2025, m: 7, d: 11 }); // '2025-07-11' */
export function formatDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** `YYYY-MM`. @example formatMonth(2025, 7); // '2025-07' */
export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `YYYY`. @example formatYear(973); // '0973' */
export function formatYear(y: number): string {
  return pad(y, 4);
}

/** Adds days. @example addDays({ y: 2025, m: 7, d: 31 }, 1); // { y: 2025, m: 8, d: 1 } */
export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** The month `months` after (or before) y-m, as [year, month]. @example addMonths(2025, 1, -1); // [2024, 12] */
export function addMonths(y: number, m: number, months: number): [number, number] {
  const index = y * 12 + (m - 1) + months;
  return [Math.floor(index / 12), (index % 12 + 12) % 12 + 1];
}

/**
 * The ISO week `YYYY-Www` that holds a date.
 *
 * @example
 * isoWeek({ y: 2020, m: 4, d: 1 }); // '2020-W14'
 * isoWeek({ y: 2021, m: 1, d: 1 }); // '2020-W53'
 */
export function isoWeek(date: Ymd): string {
  const thursday = fromDayNumber(dayNumber(date) + 4 - isoWeekday(date));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}
