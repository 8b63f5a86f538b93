import type { Event } from '../types.ts';

/** Two ISO dates agree when one is the other at a coarser granularity (2025-07 ~ 2025-07-11), or one is missing. */
function datesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

function sideKey(e: Event): string {
  return [e.source, e.target].map((s) => s?.country ?? s?.entity ?? '-').sort().join('|');
}

/**
 * One event, one record: events with the same CAMEO root, the same set of sides and dates that
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
  for (const e of [...events].sort((a, b) => a.sentence - b.sentence || a.evidence[0]!.start - b.evidence[0]!.start)) {
    const same = out.find((o) => o.root === e.root && sideKey(o) === sideKey(e) && datesAgree(o.date, e.date) && !o.negated === !e.negated);
    if (!same) { out.push({ ...e, evidence: [...e.evidence] }); continue; }
    same.evidence.push(...e.evidence);
    if (e.code.length > same.code.length || (same.code.endsWith('0') && !e.code.endsWith('0') && e.code.length === same.code.length)) {
      Object.assign(same, { code: e.code, label: e.label, quad: e.quad, goldstein: e.goldstein, rule: e.rule });
    }
    if (e.date && (!same.date || e.date.length > same.date.length)) same.date = e.date;
    same.place ??= e.place;
    if (!same.source?.entity && e.source) same.source = e.source;
    if (!same.target?.entity && e.target) same.target = e.target;
    same.confidence = Math.max(same.confidence, e.confidence);
  }
  // A restatement that names only one of the sides (दस्तखत करने के बाद …) joins the full record.
  return out.filter((e) => {
    const known = [e.source, e.target].filter((x) => x !== null);
    if (known.length !== 1) return true;
    const key = known[0]!.country ?? known[0]!.entity;
    const full = out.find((o) => o !== e && o.root === e.root && !o.negated === !e.negated && o.source && o.target
      && [o.source, o.target].some((x) => (x.country ?? x.entity) === key) && datesAgree(o.date, e.date));
    if (!full) return true;
    full.evidence.push(...e.evidence);
    full.evidence.sort((a, b) => a.start - b.start);
    full.sentence = Math.min(full.sentence, e.sentence);
    return false;
  });
}
