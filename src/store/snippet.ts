/**
 * Highlighted snippets computed from the original body (the index holds folded text only), so
 * every backend shows the same snippet for the same hit.
 */
import { foldText, wordKey } from './search-text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** What a snippet highlights: folded words (maybe prefixes) and phonetic keys of Latin words. */
export interface HighlightTerms {
  words: { word: string; prefix: boolean }[];
  keys: string[];
}

/**
 * A window of about `size` words around the densest run of matches, matches in `[`…`]`,
 * cut points marked with `…`.
 *
 * @example
 * snippet('रूस और भारत ने समझौता किया', { words: [{ word: 'समझौता', prefix: false }], keys: [] });
 * // 'रूस और भारत ने [समझौता] किया'
 */
export function snippet(body: string, terms: HighlightTerms, size = 24): string {
  const toks: { start: number; end: number; hit: boolean }[] = [];
  for (const m of body.matchAll(WORD)) {
    const f = foldText(m[0]);
    let hit = terms.words.some((t) => (t.prefix ? f.startsWith(t.word) : f === t.word));
    if (!hit && terms.keys.length > 0) {
      const k = wordKey(m[0]);
      hit = k.length >= 2 && terms.keys.includes(k);
    }
    toks.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  if (toks.length === 0) return '';
  const hits = toks.flatMap((t, i) => (t.hit ? [i] : []));
  let best = 0;
  let bestCount = 0;
  for (const h of hits) {
    const from = Math.max(0, h - Math.floor(size / 4));
    const n = hits.filter((x) => x >= from && x < from + size).length;
    if (n > bestCount) { bestCount = n; best = from; }
  }
  const win = toks.slice(best, best + size);
  let out = '';
  let pos = win[0].start;
  for (const t of win) {
    out += body.slice(pos, t.start);
    out += t.hit ? `[${body.slice(t.start, t.end)}]` : body.slice(t.start, t.end);
    pos = t.end;
  }
  const prefix = best > 0 ? '…' : '';
  const suffix = best + size < toks.length ? '…' : '';
  return (prefix + out + suffix).replace(/\s+/g, ' ').trim();
}
