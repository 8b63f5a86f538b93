/**
 * `npm run eval:ednil`: sentence-level recall and precision of khabar's violent events (CAMEO
 * roots 18–20) against the man-made violent events of FIRE EDNIL 2020 Hindi (training articles,
 * ../shared/data/ednil2020-hindi/Hindi_Train). No target: the numbers are reported as they are.
 *
 * EDNIL types counted as violent: SUICIDE_ATTACK, TERRORIST_ATTACK, NORMAL_BOMBING (→ 18 assault),
 * SHOOT_OUT, ARMED_CONFLICTS (→ 19 fight). RIOTS (CAMEO 145, a protest) and every natural or
 * accidental event are not. A sentence is violent in the gold when a trigger of those types
 * starts in it; khabar calls it violent when one of its events of roots 18–20 — side-less ones
 * included (`keepSideless`), negated ones not — has evidence starting in it. Sentences are
 * khabar's own, over the article text rebuilt from the annotated tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { codeEvents } from '../analysis/events/index.ts';
import { runStages } from '../analysis/pipeline.ts';
import type { Span } from '../analysis/types.ts';

/** EDNIL man-made event types mapped to the CAMEO root they fall under. */
export const VIOLENT_TYPES: Readonly<Record<string, string>> = {
  SUICIDE_ATTACK: '18', TERRORIST_ATTACK: '18', NORMAL_BOMBING: '18', SHOOT_OUT: '19', ARMED_CONFLICTS: '19',
};

/** An EDNIL article rebuilt as plain text, with its event triggers. */
export interface EdnilArticle {
  text: string;
  triggers: (Span & { type: string; kind: 'MAN_MADE_EVENT' | 'NATURAL_EVENT' })[];
}

function decode(s: string): string {
  return s.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&');
}

/**
 * Rebuilds an EDNIL XML document as text (tokens of a `<P>` joined by spaces, paragraphs by a
 * blank line) and finds the span of every event trigger in it.
 *
 * @example
 * parseEdnil('<DOCUMENT><P><W> बम </W><MAN_MADE_EVENT ID="1" TYPE="NORMAL_BOMBING"><W> धमाका </W></MAN_MADE_EVENT></P></DOCUMENT>');
 * // { text: 'बम धमाका', triggers: [{ start: 3, end: 8, type: 'NORMAL_BOMBING', kind: 'MAN_MADE_EVENT' }] }
 */
export function parseEdnil(xml: string): EdnilArticle {
  let text = '';
  const triggers: EdnilArticle['triggers'] = [];
  const open: { kind: 'MAN_MADE_EVENT' | 'NATURAL_EVENT'; type: string; start: number }[] = [];
  let inWord = false;
  let word = '';
  let paragraphStarted = false;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_-]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, close, tag, attrs, selfClosing, content] = m;
    if (content !== undefined) { if (inWord) word += content; continue; }
    if (selfClosing) continue;
    if (tag === 'P') {
      if (!close && text !== '') text += '\n\n';
      paragraphStarted = false;
      continue;
    }
    if (tag === 'W') {
      if (!close) { inWord = true; word = ''; continue; }
      inWord = false;
      const w = decode(word).trim().replace(/\s+/g, ' ');
      if (w === '') continue;
      if (paragraphStarted) text += ' ';
      paragraphStarted = true;
      for (const o of open) if (o.start < 0) o.start = text.length;
      text += w;
      continue;
    }
    if (tag === 'MAN_MADE_EVENT' || tag === 'NATURAL_EVENT') {
      if (!close) open.push({ kind: tag, type: /TYPE="([^"]+)"/.exec(attrs ?? '')?.[1] ?? '', start: -1 });
      else {
        const o = open.pop();
        if (o && o.start >= 0) triggers.push({ start: o.start, end: text.length, type: o.type, kind: o.kind });
      }
    }
  }
  return { text, triggers };
}

/** Sentence-level counts for one article. */
export interface EdnilCounts { tp: number; fp: number; fn: number; goldSentences: number; byType: Record<string, { found: number; total: number }> }

/**
 * Scores khabar's violent events on one EDNIL article at the sentence level.
 *
 * @example
 * scoreEdnilArticle(parseEdnil(xml)).tp; // sentences both call violent
 */
export function scoreEdnilArticle(article: EdnilArticle): EdnilCounts {
  const doc = runStages(article.text);
  const sentences = doc.sentences;
  const at = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const gold = new Map<number, string[]>();
  for (const t of article.triggers) {
    if (t.kind !== 'MAN_MADE_EVENT' || !VIOLENT_TYPES[t.type]) continue;
    const i = at(t.start);
    if (i >= 0) gold.set(i, [...(gold.get(i) ?? []), t.type]);
  }
  const system = new Set<number>();
  for (const e of codeEvents(doc, { keepSideless: true })) {
    if (e.negated || !['18', '19', '20'].includes(e.root)) continue;
    for (const ev of e.evidence) { const i = at(ev.start); if (i >= 0) system.add(i); }
  }
  const byType: EdnilCounts['byType'] = {};
  for (const [i, types] of gold) {
    for (const t of new Set(types)) {
      byType[t] ??= { found: 0, total: 0 };
      byType[t].total++;
      if (system.has(i)) byType[t].found++;
    }
  }
  const tp = [...system].filter((i) => gold.has(i)).length;
  return { tp, fp: system.size - tp, fn: gold.size - tp, goldSentences: gold.size, byType };
}

function main(): void {
  const dir = new URL('../../../shared/data/ednil2020-hindi/Hindi_Train/', import.meta.url);
  let files: string[];
  try { files = readdirSync(dir).sort(); } catch {
    process.stderr.write('../shared/data/ednil2020-hindi/Hindi_Train is absent: nothing to evaluate\n');
    return;
  }
  const limit = Number(process.argv[2] ?? files.length);
  const total = { tp: 0, fp: 0, fn: 0, articles: 0, withViolence: 0 };
  const byType: EdnilCounts['byType'] = {};
  const t0 = performance.now();
  for (const f of files.slice(0, limit)) {
    const c = scoreEdnilArticle(parseEdnil(readFileSync(new URL(f, dir), 'utf8')));
    total.tp += c.tp; total.fp += c.fp; total.fn += c.fn; total.articles++;
    if (c.goldSentences > 0) total.withViolence++;
    for (const [t, v] of Object.entries(c.byType)) {
      byType[t] ??= { found: 0, total: 0 };
      byType[t].found += v.found; byType[t].total += v.total;
    }
  }
  const p = total.tp / Math.max(1, total.tp + total.fp);
  const r = total.tp / Math.max(1, total.tp + total.fn);
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  const out = [
    `EDNIL 2020 Hindi train: ${total.articles} articles (${total.withViolence} with violent man-made events), ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    `violent sentences (CAMEO 18–20 vs SUICIDE_ATTACK, TERRORIST_ATTACK, NORMAL_BOMBING, SHOOT_OUT, ARMED_CONFLICTS)`,
    `  P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)} (tp ${total.tp} fp ${total.fp} fn ${total.fn})`,
    '  recall by type (sentences):',
    ...Object.entries(byType).sort().map(([t, v]) => `    ${t.padEnd(18)} ${v.found}/${v.total} ${(v.found / Math.max(1, v.total)).toFixed(2)}`),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
