/**
 * Step 3: the anchor date. `options.anchorDate` wins, then the publication date of the
 * metadata, then the latest full explicit date the text states as "now": a weekday right
 * beside it (`शुक्रवार (11 जुलाई, 2025)`), a reporting verb after it in the same sentence
 * (`11 जुलाई को कहा`), or a dateline (`नई दिल्ली, 11 जुलाई 2025`).
 */

import type { AnchorSource } from '../types.ts';
import { dayNumber, formatDay, parseIsoDate, type Ymd } from './calendar.ts';
import type { DatesLexicon } from './lexicon.ts';
import type { DateMatch } from './match.ts';
import type { DateToken } from './tokenize.ts';

/** The anchor and where it came from. */
export interface Anchor {
  date: Ymd | null;
  source: AnchorSource | null;
}

/** Whether only a couple of punctuation tokens stand between tokens a (exclusive) and b. */
function onlyPunctBetween(toks: DateToken[], a: number, b: number): boolean {
  if (b < a || b - a > 2) return false;
  for (let k = a; k < b; k++) if (toks[k].kind !== 'punct') return false;
  return true;
}

function isFullDate(f: DateMatch | undefined): f is DateMatch {
  return !!f && (f.yields === 'ymd' || f.yields === 'numeric') && f.d !== undefined && f.y !== undefined;
}

/**
 * The full explicit date that the weekday match `matches[i]` stands right beside, or undefined.
 * @example besideFullDate(0, findMatches(tokenize('शुक्रवार (11 जुलाई, 2025)'), lx), toks); // the match of `11 जुलाई, 2025`
 */
export function besideFullDate(i: number, matches: DateMatch[], toks: DateToken[]): DateMatch | undefined {
  const w = matches[i], next = matches[i + 1], prev = matches[i - 1];
  if (isFullDate(next) && onlyPunctBetween(toks, w.last, next.first)) return next;
  if (isFullDate(prev) && onlyPunctBetween(toks, prev.last, w.first)) return prev;
  return undefined;
}

function saysNow(i: number, matches: DateMatch[], toks: DateToken[], lx: DatesLexicon): boolean {
  const f = matches[i];
  for (const j of [i - 1, i + 1]) {
    if (matches[j]?.yields === 'weekday' && besideFullDate(j, matches, toks) === f) return true;
  }
  const a = lx.anchor;
  const stop = Math.min(toks.length, f.last + a.reportingWindowTokens);
  for (let k = f.last; k < stop; k++) {
    const t = toks[k];
    if (t.kind === 'break' || (t.kind === 'punct' && lx.tense.sentenceEnd.has(t.key))) break;
    if (a.reportingVerbs.has(t.key)) return true;
  }
  if (f.first > 0 && a.datelineSeparators.has(toks[f.first - 1].key)) {
    let k = f.first - 1;
    let words = 0;
    while (k > 0 && toks[k - 1].kind !== 'break' && words <= a.datelineMaxTokensBefore) { k--; words++; }
    if ((k === 0 || toks[k - 1].kind === 'break') && words >= 1 && words <= a.datelineMaxTokensBefore) return true;
  }
  return false;
}

/**
 * Chooses the anchor date.
 *
 * @example
 * chooseAnchor({ anchorDate: '2025-07-11' }, [], [], datesLexicon()); // { date: {y:2025,m:7,d:11}, source: 'option' }
 */
export function chooseAnchor(
  options: { anchorDate?: string; meta?: { published?: string | null } },
  matches: DateMatch[], toks: DateToken[], lx: DatesLexicon,
): Anchor {
  const fromOption = parseIsoDate(options.anchorDate);
  if (fromOption) return { date: fromOption, source: 'option' };
  const fromMeta = parseIsoDate(options.meta?.published);
  if (fromMeta) return { date: fromMeta, source: 'metadata' };
  let best: Ymd | null = null;
  matches.forEach((f, i) => {
    if (!isFullDate(f)) return;
    const date = { y: f.y!, m: f.m!, d: f.d! };
    if (saysNow(i, matches, toks, lx) && (!best || dayNumber(date) > dayNumber(best))) best = date;
  });
  return best ? { date: best, source: 'text' } : { date: null, source: null };
}

/** `YYYY-MM-DD` of an anchor, or null. @example anchorString({ date: { y: 2025, m: 7, d: 11 }, source: 'text' }); // '2025-07-11' */
export function anchorString(a: Anchor): string | null {
  return a.date ? formatDay(a.date) : null;
}
