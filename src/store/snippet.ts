/**
 * Highlighted snippets computed from the original body (the index holds folded text only), so
 * every backend shows the same snippet for the same hit. Only the hits of the returned page get
 * one, and words are folded and keyed through caches, so a snippet costs a scan of one body.
 */
import { foldWord, wordToken } from './search-text.ts';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** What a snippet highlights: folded words (maybe prefixes) and romanised tokens of Latin words. */
export interface HighlightTerms {
  words: { word: string; prefix: boolean }[];
  /** Romanised-column tokens ({@link wordToken} forms, e.g. `msku`). */
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
  const exact = new Set(terms.words.filter((t) => !t.prefix).map((t) => t.word));
  const prefixes = terms.words.filter((t) => t.prefix).map((t) => t.word);
  const tokens = new Set(terms.keys);
  const useKeys = tokens.size > 0;
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: number[] = [];
  for (const m of body.matchAll(WORD)) {
    const w = m[0];
    const f = foldWord(w);
    let hit = exact.has(f) || (prefixes.length > 0 && prefixes.some((p) => f.startsWith(p)));
    if (!hit && useKeys) hit = tokens.has(wordToken(w));
    if (hit) hits.push(starts.length);
    starts.push(m.index);
    ends.push(m.index + w.length);
  }
  if (starts.length === 0) return '';
  let best = 0;
  let bestCount = 0;
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const from = Math.max(0, hits[i] - Math.floor(size / 4));
    while (j < hits.length && hits[j] < from) j++;
    let k = j;
    while (k < hits.length && hits[k] < from + size) k++;
    if (k - j > bestCount) { bestCount = k - j; best = from; }
  }
  const hitSet = new Set(hits);
  const last = Math.min(starts.length, best + size);
  let out = '';
  let pos = starts[best];
  for (let t = best; t < last; t++) {
    out += body.slice(pos, starts[t]);
    const w = body.slice(starts[t], ends[t]);
    out += hitSet.has(t) ? `[${w}]` : w;
    pos = ends[t];
  }
  const prefix = best > 0 ? '…' : '';
  const suffix = best + size < starts.length ? '…' : '';
  return (prefix + out + suffix).replace(/\s+/g, ' ').trim();
}
