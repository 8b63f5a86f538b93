/**
 * Error analysis of the tagger on IL-NER: every gold span not found exactly is put in one
 * category (missed, boundary, type, boundary+type) and every predicted span that touches no
 * gold span is spurious. Prints the counts, and the cases whose category contains a filter.
 *
 *   node --import tsx src/ner/errors.ts dev            # counts by category on dev
 *   node --import tsx src/ner/errors.ts dev "miss ORG" # … and the missed organisations in context
 */
import { pathToFileURL } from 'node:url';
import { readIlNer } from './ilner.ts';
import { tagWords } from './index.ts';
import { bioToSpans, type TagSpan } from './spans.ts';

/** One error: its category (`miss ORG`, `boundary PER`, `type LOC->ORG`, `spurious PER`, …) and the spans involved. */
export interface SpanError {
  category: string;
  /** The gold span (absent for a spurious prediction). */
  gold: TagSpan | null;
  /** Predicted spans overlapping the gold span, or the spurious span. */
  predicted: TagSpan[];
}

/**
 * The span errors of one sentence, gold against predicted BIO tags.
 * @example spanErrors(['B-PER', 'I-PER', 'O'], ['B-PER', 'O', 'B-LOC']).map((e) => e.category) // ['boundary PER', 'spurious LOC']
 */
export function spanErrors(gold: readonly string[], predicted: readonly string[]): SpanError[] {
  const g = bioToSpans(gold);
  const p = bioToSpans(predicted);
  const key = (s: TagSpan) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(g.map(key));
  const predKeys = new Set(p.map(key));
  const overlaps = (a: TagSpan, b: TagSpan) => a.start < b.end && b.start < a.end;
  const out: SpanError[] = [];
  for (const x of g) {
    if (predKeys.has(key(x))) continue;
    const ov = p.filter((y) => overlaps(x, y));
    let category: string;
    if (ov.length === 0) category = `miss ${x.type}`;
    else if (ov.some((y) => y.start === x.start && y.end === x.end)) category = `type ${x.type}->${ov[0].type}`;
    else if (ov.some((y) => y.type === x.type)) category = `boundary ${x.type}`;
    else category = `boundary+type ${x.type}->${ov[0].type}`;
    out.push({ category, gold: x, predicted: ov });
  }
  for (const y of p) if (!goldKeys.has(key(y)) && !g.some((x) => overlaps(x, y))) out.push({ category: `spurious ${y.type}`, gold: null, predicted: [y] });
  return out;
}

function main(argv: string[]): void {
  const split = (argv[0] ?? 'dev') as 'train' | 'dev' | 'test';
  const filter = argv[1];
  const data = readIlNer(split);
  if (!data) {
    console.error('errors: IL-NER not found under ../shared/data/il-ner');
    process.exitCode = 1;
    return;
  }
  const counts = new Map<string, number>();
  const cases: string[] = [];
  for (const s of data) {
    for (const e of spanErrors(s.tags, tagWords(s.words))) {
      counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      if (!filter || !e.category.includes(filter)) continue;
      const at = e.gold ?? e.predicted[0];
      const show = (sp: TagSpan) => `${sp.type}[${s.words.slice(sp.start, sp.end).join(' ')}]`;
      cases.push(`${e.category}\t${s.words.slice(Math.max(0, at.start - 3), at.end + 3).join(' ')}\tgold ${e.gold ? show(e.gold) : '-'}\tpredicted ${e.predicted.map(show).join(', ') || '-'}`);
    }
  }
  console.log([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${String(v).padStart(5)}  ${k}`).join('\n'));
  if (cases.length) console.log('\n' + cases.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
