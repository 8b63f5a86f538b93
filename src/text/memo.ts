/**
 * A bounded memo for pure functions of one string: news repeats its words, so a lookup
 * replaces the work; past `max` entries the memo starts afresh, so memory stays bounded on
 * any input.
 *
 * @example
 * const key = memoize((w: string) => w.toLowerCase(), 50_000);
 * key('Moscow'); // 'moscow', computed once
 */
export function memoize<T>(fn: (text: string) => T, max: number): (text: string) => T {
  let memo = new Map<string, T>();
  return (text) => {
    let v = memo.get(text);
    if (v === undefined) {
      v = fn(text);
      if (memo.size >= max) memo = new Map();
      memo.set(text, v);
    }
    return v;
  };
}
