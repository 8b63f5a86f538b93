import type { Span } from '../types.ts';

/** Arrays already checked to be sorted by start (checked once per array, then binary search). */
const sortedByStart = new WeakMap<readonly Span[], boolean>();

function isSorted(items: readonly Span[]): boolean {
  let known = sortedByStart.get(items);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < items.length && known; i++) if (items[i]!.start < items[i - 1]!.start) known = false;
    sortedByStart.set(items, known);
  }
  return known;
}

/**
 * The index of the first item whose start is at or after `offset` (items sorted by start).
 *
 * @example
 * firstStartingAt([{ start: 0, end: 2 }, { start: 5, end: 6 }], 3); // 1
 */
export function firstStartingAt(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The items that lie wholly inside `span`, in their order: the same as
 * `items.filter((m) => m.start >= span.start && m.end <= span.end)`, but a binary search when
 * the items are sorted by start (so a stage that asks once per sentence or per trigger stays
 * linear in the length of the article).
 *
 * @example
 * within([{ start: 0, end: 2 }, { start: 3, end: 4 }, { start: 9, end: 12 }], { start: 3, end: 10 }); // [{ start: 3, end: 4 }]
 */
export function within<T extends Span>(items: readonly T[], span: Span): T[] {
  if (!isSorted(items)) return items.filter((m) => m.start >= span.start && m.end <= span.end);
  const out: T[] = [];
  for (let i = firstStartingAt(items, span.start); i < items.length && items[i]!.start <= span.end; i++) {
    const m = items[i]!;
    if (m.end <= span.end) out.push(m);
  }
  return out;
}
