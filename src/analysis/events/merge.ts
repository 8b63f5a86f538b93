import type { Event } from '../types.ts';
import { frameLexicon } from './frames.ts';

/** Two ISO dates agree when one is the other at a coarser granularity (2025-07 ~ 2025-07-11), or one is missing. */
function datesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/** Two codes may name one event when one is the other or a refinement of it (040 ~ 042, 087 ~ 0871); 173 and 174 are two acts. */
function codesAgree(a: string, b: string): boolean {
  const base = (c: string): string => (c.length === 3 && c.endsWith('0') ? c.slice(0, 2) : c);
  const [x, y] = [base(a), base(b)];
  return x.startsWith(y) || y.startsWith(x);
}

const symmetricRules = new Set<string>();
function isSymmetric(rule: string): boolean {
  if (symmetricRules.size === 0) for (const f of frameLexicon().frames) if (f.symmetric) symmetricRules.add(f.id);
  return symmetricRules.has(rule);
}

/** The sides as a key: a set for symmetric acts (A meets B = B meets A), in order for directed ones (A shells B ≠ B shells A). */
function sideKey(e: Event): string {
  const sides = [e.source, e.target].map((s) => s?.country ?? s?.entity ?? '-');
  return (isSymmetric(e.rule) ? sides.sort() : sides).join('|');
}

function recordKey(e: Event): string {
  return `${e.root}\u0000${sideKey(e)}\u0000${e.negated ? 1 : 0}`;
}

/**
 * One event, one record: events with the same CAMEO root and codes that agree (one refines the
 * other: 040 and 042, never 173 and 174), the same set of sides and dates that
 * agree (a headline, a lead and the body restating one signing) become one event whose evidence
 * lists every place the article states it. The merged event keeps the earliest sentence, the
 * most specific code and date, the first place, and the highest confidence. Negated and
 * positive mentions never merge.
 *
 * @example
 * mergeEvents([signingInHeadline, signingInBody]).length; // 1, with two evidence spans
 */
export function mergeEvents(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  // Records by root, sides and polarity, in the order of `out` (a lookup instead of a scan per event).
  const byKey = new Map<string, Event[]>();
  const position = new Map<Event, number>();
  for (const e of [...events].sort((a, b) => a.sentence - b.sentence || a.evidence[0]!.start - b.evidence[0]!.start)) {
    const key = recordKey(e);
    const bucket = byKey.get(key) ?? [];
    const same = bucket.find((o) => datesAgree(o.date, e.date) && codesAgree(o.code, e.code));
    if (!same) {
      const record = { ...e, evidence: [...e.evidence] };
      position.set(record, out.length);
      out.push(record);
      bucket.push(record);
      byKey.set(key, bucket);
      continue;
    }
    same.evidence.push(...e.evidence);
    if (e.code.length > same.code.length || (same.code.endsWith('0') && !e.code.endsWith('0') && e.code.length === same.code.length)) {
      Object.assign(same, { code: e.code, label: e.label, quad: e.quad, goldstein: e.goldstein, rule: e.rule });
    }
    if (e.date && (!same.date || e.date.length > same.date.length)) same.date = e.date;
    same.place ??= e.place;
    if (!same.source?.entity && e.source) same.source = e.source;
    if (!same.target?.entity && e.target) same.target = e.target;
    same.confidence = Math.max(same.confidence, e.confidence);
    // A side taken from the restatement may change the record's sides: file it under its new key.
    const moved = recordKey(same);
    if (moved !== key) {
      bucket.splice(bucket.indexOf(same), 1);
      const to = byKey.get(moved) ?? [];
      const at = to.findIndex((o) => position.get(o)! > position.get(same)!);
      to.splice(at < 0 ? to.length : at, 0, same);
      byKey.set(moved, to);
    }
  }
  // A restatement that names only one of the sides (दस्तखत करने के बाद …) joins the full record.
  const byRoot = new Map<string, Event[]>();
  for (const o of out) {
    if (!o.source || !o.target) continue;
    const k = `${o.root}\u0000${o.negated ? 1 : 0}`;
    byRoot.set(k, [...(byRoot.get(k) ?? []), o]);
  }
  return out.filter((e) => {
    const known = [e.source, e.target].filter((x) => x !== null);
    if (known.length !== 1) return true;
    const key = known[0]!.country ?? known[0]!.entity;
    const full = (byRoot.get(`${e.root}\u0000${e.negated ? 1 : 0}`) ?? []).find((o) => o !== e && o.source && o.target
      && [o.source, o.target].some((x) => (x.country ?? x.entity) === key) && datesAgree(o.date, e.date));
    if (!full) return true;
    full.evidence.push(...e.evidence);
    full.evidence.sort((a, b) => a.start - b.start);
    full.sentence = Math.min(full.sentence, e.sentence);
    return false;
  });
}
