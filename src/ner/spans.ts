/**
 * Spans from BIO tags, and span-level exact-match precision/recall/F1.
 */

/** An entity span over token indices `[start, end)`. */
export interface TagSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * The entity spans of a BIO sequence. A stray `I-X` (after `O` or another type) opens a new
 * span, as conlleval does.
 * @example bioToSpans(['B-PER', 'I-PER', 'O', 'B-LOC']) // [{type:'PER',start:0,end:2},{type:'LOC',start:3,end:4}]
 */
export function bioToSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    if (open && prefix === 'I-' && open.type === type) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = prefix === 'B-' || prefix === 'I-' ? { type, start: i, end: i + 1 } : null;
  });
  if (open) spans.push(open);
  return spans;
}

/** Counts and scores of one entity type (or `ALL`). */
export interface SpanScore {
  type: string;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Running totals for span scoring over many sentences. */
export class SpanScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  /**
   * Adds one sentence: gold and predicted BIO tags of the same length.
   * @example const s = new SpanScorer(); s.add(['B-PER'], ['B-PER']); s.scores()[0].f1 // 1
   */
  add(gold: readonly string[], predicted: readonly string[]): void {
    if (gold.length !== predicted.length) throw new Error(`tag sequences differ in length: ${gold.length} vs ${predicted.length}`);
    const g = bioToSpans(gold);
    const p = bioToSpans(predicted);
    const key = (s: TagSpan) => `${s.type}:${s.start}:${s.end}`;
    const goldKeys = new Set(g.map(key));
    for (const s of g) this.bump(s.type, 'gold');
    for (const s of p) {
      this.bump(s.type, 'predicted');
      if (goldKeys.has(key(s))) this.bump(s.type, 'correct');
    }
  }

  private bump(type: string, field: 'gold' | 'predicted' | 'correct'): void {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    c[field]++;
  }

  /**
   * Scores per type (sorted by name) followed by the micro-averaged `ALL` row.
   * @example new SpanScorer().scores() // [{type:'ALL',gold:0,predicted:0,correct:0,precision:0,recall:0,f1:0}]
   */
  scores(): SpanScore[] {
    const rows: SpanScore[] = [];
    const all = { gold: 0, predicted: 0, correct: 0 };
    for (const type of [...this.counts.keys()].sort()) {
      const c = this.counts.get(type)!;
      rows.push(score(type, c));
      all.gold += c.gold;
      all.predicted += c.predicted;
      all.correct += c.correct;
    }
    rows.push(score('ALL', all));
    return rows;
  }
}

function score(type: string, c: { gold: number; predicted: number; correct: number }): SpanScore {
  const precision = c.predicted ? c.correct / c.predicted : 0;
  const recall = c.gold ? c.correct / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, ...c, precision, recall, f1 };
}
