/**
 * Renders an article body with its annotations (quotes, event evidence, dates, mentions) as
 * properly nested HTML. Annotations may overlap; where one crosses another it is split, so the
 * markup always nests. Text is escaped; tags come only from the annotations given here.
 */
import { escapeHtml } from './html.ts';

export interface Annotation {
  start: number;
  end: number;
  /** Nesting order: lower ranks open outside higher ones. */
  rank: number;
  open: string;
  close: string;
}

/** One line of the body (a paragraph or heading) with its offsets. */
export interface Block {
  start: number;
  end: number;
}

/**
 * The non-empty lines of a body, with offsets.
 *
 * @example
 * blocks('क\n\nख'); // [{ start: 0, end: 1 }, { start: 3, end: 4 }]
 */
export function blocks(body: string): Block[] {
  const out: Block[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The inner HTML of `body.slice(block.start, block.end)` with the annotations that touch it.
 * `sorted` must be sorted by start (use {@link sortAnnotations}).
 *
 * @example
 * annotateBlock('रूस ने', { start: 0, end: 6 }, [{ start: 0, end: 3, rank: 0, open: '<b>', close: '</b>' }]); // '<b>रूस</b> ने'
 */
export function annotateBlock(body: string, block: Block, sorted: Annotation[]): string {
  const inside: Annotation[] = [];
  for (const a of sorted) {
    if (a.start >= block.end) break;
    if (a.end > block.start && a.end > a.start) inside.push(a);
  }
  const cuts = new Set<number>([block.start, block.end]);
  for (const a of inside) {
    cuts.add(Math.max(a.start, block.start));
    cuts.add(Math.min(a.end, block.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  let out = '';
  let stack: Annotation[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const active = inside.filter((a) => a.start <= s && a.end >= e)
      .sort((x, y) => x.rank - y.rank || x.start - y.start || y.end - x.end);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    for (let j = stack.length - 1; j >= keep; j--) out += stack[j].close;
    for (let j = keep; j < active.length; j++) out += active[j].open;
    stack = active;
    out += escapeHtml(body.slice(s, e));
  }
  for (let j = stack.length - 1; j >= 0; j--) out += stack[j].close;
  return out;
}

/**
 * Sorts annotations by start (then rank) for {@link annotateBlock}.
 *
 * @example
 * sortAnnotations([{ start: 5, end: 6, rank: 0, open: '', close: '' }, { start: 1, end: 2, rank: 0, open: '', close: '' }])[0].start; // 1
 */
export function sortAnnotations(list: Annotation[]): Annotation[] {
  return [...list].sort((a, b) => a.start - b.start || a.rank - b.rank);
}
