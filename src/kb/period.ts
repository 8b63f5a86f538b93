/** Days, windows and timeline periods (pure date arithmetic in UTC). */
import type { DayWindow, Granularity } from './types.ts';

const DAY_MS = 86_400_000;

/** Default window length in days when a query gives no `from`. */
export const DEFAULT_WINDOW_DAYS = 365;

/**
 * Milliseconds since the epoch of an ISO day.
 *
 * @example
 * dayMs('1970-01-02'); // 86400000
 */
export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/**
 * The ISO day `n` days after `day` (negative: before).
 *
 * @example
 * addDays('2025-03-01', -1); // '2025-02-28'
 */
export function addDays(day: string, n: number): string {
  return new Date(dayMs(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `a` to `b`.
 *
 * @example
 * daysBetween('2025-07-01', '2025-07-11'); // 10
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}

/**
 * A full window from partial bounds: `to` defaults to the latest day in the store (or today's
 * epoch-free stand-in 9999-12-31 when the store is empty), `from` to DEFAULT_WINDOW_DAYS before.
 *
 * @example
 * resolveWindow({}, '2025-07-11'); // { from: '2024-07-11', to: '2025-07-11' }
 */
export function resolveWindow(w: Partial<DayWindow>, latest: string | null, days = DEFAULT_WINDOW_DAYS): DayWindow {
  const to = w.to ?? latest ?? '9999-12-31';
  const from = w.from ?? (to === '9999-12-31' ? '0000-01-01' : addDays(to, -days));
  return { from, to };
}

/**
 * The period a day falls in, with the period's first day.
 *
 * @example
 * periodOf('2025-07-11', 'week'); // { period: '2025-W28', start: '2025-07-07' }
 * periodOf('2025-07-11', 'month'); // { period: '2025-07', start: '2025-07-01' }
 */
export function periodOf(day: string, by: Granularity): { period: string; start: string } {
  if (by === 'day') return { period: day, start: day };
  if (by === 'month') return { period: day.slice(0, 7), start: `${day.slice(0, 7)}-01` };
  const d = new Date(dayMs(day));
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const monday = addDays(day, -weekday);
  const thursday = new Date(dayMs(monday) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { period: `${year}-W${String(week).padStart(2, '0')}`, start: monday };
}
