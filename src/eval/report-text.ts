/**
 * The evaluation report for a developer: one compact line per article, then what was missed and
 * what was spurious per section, then the totals.
 */

import type { ArticleReport, EvalReport } from './run.ts';
import type { Fraction, PrfTotals, Totals } from './score/totals.ts';
import { rates, ratio } from './score/counts.ts';

const num = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const mark = (ok: boolean | null) => (ok === null ? '·' : ok ? '✓' : '✗');
const frac = (f: Fraction) => `${f.right}/${f.total} ${num(f.rate)}`;
const prfLine = (p: PrfTotals) => `P ${num(p.precision)} R ${num(p.recall)} F1 ${num(p.f1)} (tp ${p.tp} fp ${p.fp} fn ${p.fn})`;
const quoted = (s: string | null) => (s === null ? '∅' : `“${s}”`);

/** The compact one-line summary of an article. */
function articleLine(a: ArticleReport): string {
  const s = a.score;
  const h = s.headings;
  const e = rates(s.entities);
  return [
    `${s.id}${a.error ? ' [analyze failed]' : ''}`,
    `title ${mark(s.title.right)}`,
    `head ${h.tp}/${h.tp + h.fn}${h.fp ? `+${h.fp}` : ''}`,
    `boiler ${s.boilerplate.removed}/${s.boilerplate.total}`,
    `rel ${s.related.found}/${s.related.total}`,
    `src ${mark(s.source.right)}`,
    `lang ${mark(s.language.right)}`,
    `| ent ${s.entities.tp}/${s.entities.tp + s.entities.fn} P ${num(e.precision)} F1 ${num(e.f1)}`,
    `| dates ${s.dates.right}/${s.dates.gold} (found ${s.dates.found}${s.dates.spurious ? `, +${s.dates.spurious}` : ''})`,
    `| quotes ${s.quotes.speakerRight}/${s.quotes.gold} (found ${s.quotes.found}${s.quotes.spurious ? `, +${s.quotes.spurious}` : ''})`,
    `| events ${s.events.tp}/${s.events.tp + s.events.fn}${s.events.fp ? ` +${s.events.fp}` : ''}`,
  ].join('  ');
}

/** The detail lines of an article: only sections with something to fix. */
function articleDetails(a: ArticleReport): string[] {
  const s = a.score;
  const out: string[] = [];
  const list = (name: string, items: string[]) => { if (items.length) out.push(`  ${name} (${items.length}): ${items.join(' · ')}`); };
  if (a.error) out.push(`  analyze threw: ${a.error}`);
  if (!s.title.right) out.push(`  title: want ${quoted(s.title.gold)}, got ${quoted(s.title.output)}`);
  list('headings missed', s.headings.missed);
  list('headings spurious', s.headings.spurious);
  list('boilerplate left', s.boilerplate.remaining);
  list('related missed', s.related.missed);
  list('related extra', s.related.extra);
  if (s.source.right === false) out.push(`  source: want ${s.source.gold}, got ${s.source.output ?? '∅'}`);
  if (!s.language.right) out.push(`  language: want ${s.language.gold}, got ${s.language.output}`);
  list('entities missed', s.entities.missed);
  list('entities spurious', s.entities.spurious);
  for (const [k, v] of Object.entries(s.entities.attributes)) list(`entity ${k} wrong`, v.wrong);
  list('dates missed', s.dates.missed);
  list('dates wrong value', s.dates.wrong);
  list('dates spurious', s.dates.spuriousList);
  list('dates unresolved (value null, not scored)', s.dates.unresolved);
  list('quotes missed', s.quotes.missed);
  list('quotes wrong speaker', s.quotes.wrongSpeaker);
  list('quotes spurious', s.quotes.spuriousList);
  list('events missed', s.events.missed);
  list('events spurious', s.events.spurious);
  return out;
}

/** The totals block. */
export function formatTotals(t: Totals): string {
  const at = t.entities.attributes;
  const d = t.dates, q = t.quotes;
  return [
    `TOTAL over ${t.articles} article${t.articles === 1 ? '' : 's'} (micro-averaged)`,
    `  title        ${frac(t.title)}`,
    `  headings     ${prfLine(t.headings)}`,
    `  boilerplate  removed ${frac(t.boilerplate)}`,
    `  related      found ${frac(t.related)}`,
    `  source       ${frac(t.source)}`,
    `  language     ${frac(t.language)}`,
    `  entities     ${prfLine(t.entities)}`,
    `    attributes code ${frac(at.code)} · kind ${frac(at.kind)} · country ${frac(at.country)} · role ${frac(at.role)}`,
    `  dates        found ${d.found}/${d.gold} ${num(d.mentionRecall)} · value right ${d.right}/${d.gold} ${num(d.valueAccuracy)} (of found ${num(d.valueAccuracyFound)}) · precision ${num(d.precision)} (spurious ${d.spurious}, repeats ${d.repeats}, unresolved ${d.unresolved})`,
    `  quotes       found ${q.found}/${q.gold} ${num(q.recall)} · speaker right ${q.speakerRight}/${q.gold} ${num(q.speakerAccuracy)} (of found ${num(ratio(q.speakerRight, q.found))}) · precision ${num(q.precision)} (spurious ${q.spurious})`,
    `  events       ${prfLine(t.events)} · optional matched ${t.events.optionalMatched}`,
  ].join('\n');
}

/**
 * Formats the report for a person. With `brief`, only the article lines and the totals.
 *
 * @example
 * process.stdout.write(formatReport(evaluate(['../shared/gold'])));
 */
export function formatReport(r: EvalReport, brief = false): string {
  const parts: string[] = [];
  for (const a of r.articles) {
    parts.push(articleLine(a));
    if (!brief) parts.push(...articleDetails(a));
  }
  parts.push('', formatTotals(r.totals), '');
  return parts.join('\n');
}
