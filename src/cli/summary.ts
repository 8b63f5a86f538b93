import type { Analysis } from '../analysis/types.ts';

/**
 * A readable summary of an Analysis for a person at a terminal.
 *
 * @example
 * process.stdout.write(formatSummary(analyze(text)));
 */
export function formatSummary(a: Analysis): string {
  const out: string[] = [];
  const ent = new Map(a.entities.map((e) => [e.id, e]));
  out.push(`title:     ${a.title ?? '(none)'}`);
  out.push(`language:  ${a.language.code} (${a.language.confidence})`);
  out.push(`source:    ${a.source?.site ?? '(unknown)'}`);
  out.push(`anchor:    ${a.anchorDate ?? '(none)'}${a.anchorDateSource ? ` (from ${a.anchorDateSource})` : ''}`);
  out.push(`body:      ${a.sentences.length} sentences, ${a.body.length} characters`);
  if (a.headings.length) out.push(`headings:  ${a.headings.map((h) => h.text).join(' | ')}`);
  for (const r of a.related) out.push(`related:   ${r.title}`);
  if (a.removed.length) out.push(`removed:   ${a.removed.map((r) => r.reason).join(', ')}`);
  if (a.entities.length) {
    out.push('', `entities (${a.entities.length}):`);
    for (const e of a.entities) {
      const attrs = [e.kind, e.code, e.country && `country ${e.country}`, e.roles.length ? e.roles.join('/') : null].filter(Boolean).join(', ');
      out.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(12)} ${e.name}${attrs ? ` (${attrs})` : ''} — ${[...new Set(e.mentions.map((m) => m.text))].join(', ')}`);
    }
  }
  if (a.dates.length) {
    out.push('', `dates (${a.dates.length}):`);
    for (const d of a.dates) out.push(`  ${d.text} → ${d.value ?? '?'}${d.qualifier ? ` (${d.qualifier})` : ''}`);
  }
  if (a.quotes.length) {
    out.push('', `quotes (${a.quotes.length}):`);
    for (const q of a.quotes) out.push(`  ${q.speakerText ?? '(unattributed)'}: ${q.text.length > 100 ? `${q.text.slice(0, 100)}…` : q.text}`);
  }
  if (a.events.length) {
    out.push('', `events (${a.events.length}):`);
    for (const e of a.events) {
      const side = (s: Analysis['events'][number]['source']) => (s ? s.country ?? (s.entity ? ent.get(s.entity)?.name : null) ?? '?' : '-');
      const place = e.place ? ent.get(e.place)?.name ?? e.place : null;
      out.push(`  ${e.code} ${e.label} (Goldstein ${e.goldstein}): ${side(e.source)} → ${side(e.target)}${e.date ? `, ${e.date}` : ''}${place ? `, in ${place}` : ''}`);
      const ev = e.evidence[0];
      if (ev) out.push(`       “${a.body.slice(ev.start, ev.end)}”`);
    }
  }
  for (const m of a.messages) out.push(`note: [${m.stage}/${m.rule}] ${m.message}`);
  return `${out.join('\n')}\n`;
}
