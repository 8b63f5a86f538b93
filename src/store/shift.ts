/** Moving an Analysis's offsets when text is put before its body (scaled stores, prefixes). */
import type { Analysis } from '../analysis/types.ts';

function shiftValue(v: unknown, delta: number): unknown {
  if (Array.isArray(v)) return v.map((x) => shiftValue(x, delta));
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const span = typeof o.start === 'number' && typeof o.end === 'number';
  for (const [k, x] of Object.entries(o)) out[k] = span && (k === 'start' || k === 'end') ? (x as number) + delta : shiftValue(x, delta);
  return out;
}

/**
 * A copy of an Analysis whose every `{start, end}` span is moved `delta` characters on, for a
 * body that gets `delta` characters put before it (the caller sets the new body).
 *
 * @example
 * const b = shiftAnalysis(a, 10); // b.sentences[0].start === a.sentences[0].start + 10
 */
export function shiftAnalysis(a: Analysis, delta: number): Analysis {
  const { body, ...rest } = a;
  return { body, ...(shiftValue(rest, delta) as Omit<Analysis, 'body'>) };
}
