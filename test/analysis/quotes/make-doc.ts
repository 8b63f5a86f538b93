import { emptyDoc, type Doc } from '../../../src/analysis/doc.ts';
import type { DateMention, Entity, EntityType, Span } from '../../../src/analysis/types.ts';

/** An entity for a hand-made document: every occurrence of each mention text is marked. */
export interface EntitySpec {
  id: string;
  type: EntityType;
  mentions: string[];
  kind?: string;
  code?: string;
  country?: string;
  name?: string;
}

function occurrences(body: string, text: string): Span[] {
  const out: Span[] = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + text.length)) out.push({ start: i, end: i + text.length });
  return out;
}

/**
 * A document as the earlier stages would hand it over, built by hand for a test: paragraphs at
 * line breaks, sentences after `।`/`.`/`?`/`!`, the given entities with every occurrence of their
 * mentions, and the given dates. Longer mentions win over shorter ones at the same place.
 */
export function makeDoc(body: string, opts: { entities?: EntitySpec[]; dates?: { text: string; value: string }[]; anchorDate?: string } = {}): Doc {
  const doc = emptyDoc(body, { anchorDate: opts.anchorDate });
  doc.body = body;
  doc.anchorDate = opts.anchorDate ?? null;
  for (const m of body.matchAll(/[^\n]+/g)) {
    const para = { start: m.index, end: m.index + m[0].length };
    doc.paragraphs.push(para);
    for (const s of m[0].matchAll(/[^।.?!]+(?:[।.?!]+["”’']?|$)/g)) {
      const lead = s[0].length - s[0].trimStart().length;
      const t = s[0].trim();
      if (t !== '') doc.sentences.push({ start: para.start + s.index + lead, end: para.start + s.index + lead + t.length });
    }
  }
  const taken: Span[] = [];
  const specs = [...(opts.entities ?? [])];
  const all = specs.flatMap((e) => e.mentions.map((text) => ({ e, text }))).sort((a, b) => b.text.length - a.text.length);
  const byId = new Map<string, Entity>();
  for (const e of specs) {
    byId.set(e.id, { id: e.id, type: e.type, kind: e.kind ?? null, name: e.name ?? e.id, code: e.code ?? null,
      country: e.country ?? e.code ?? null, roles: [], mentions: [], confidence: 1 });
  }
  for (const { e, text } of all) {
    for (const span of occurrences(body, text)) {
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      byId.get(e.id)!.mentions.push({ ...span, text });
    }
  }
  doc.entities = [...byId.values()].map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }));
  doc.dates = (opts.dates ?? []).flatMap((d) => occurrences(body, d.text).map((s): DateMention => ({ ...s, text: d.text, value: d.value, qualifier: null })));
  return doc;
}
