/**
 * The text forms the search index holds, shared by every Store backend: words split the way
 * FTS5 splits them with the Devanagari marks as token characters, spelling variants folded, and
 * a romanised phonetic column for cross-script queries.
 */
import { readFileSync } from 'node:fs';
import { foldDevanagari, phoneticKey } from './romanize-adapter.ts';

/** Devanagari signs that belong inside a word (FTS5 `tokenchars`). */
export const DEVANAGARI_MARKS = [
  [0x0900, 0x0903], [0x093a, 0x094f], [0x0951, 0x0957], [0x0962, 0x0963],
].flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');

/** A word as the index sees it: letters, digits and Devanagari marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Splits text into index words (same boundaries as the FTS5 tokenizer configured with
 * {@link DEVANAGARI_MARKS}).
 *
 * @example
 * words('भारत-रूस समझौता'); // ['भारत', 'रूस', 'समझौता']
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The folded form of a text for the title/body columns.
 *
 * @example
 * foldText('नज़दीकियाँ बढ़ीं'); // 'नजदीकियां बढीं'
 */
export function foldText(text: string): string {
  return foldDevanagari(text).replace(/[\u200c\u200d]/g, '').toLowerCase();
}

/** Word → phonetic key; news vocabulary repeats, so this saves most transliteration calls. */
const KEY_CACHE = new Map<string, string>();

/**
 * {@link phoneticKey} with a cache.
 *
 * @example
 * wordKey('मॉस्को'); // 'msk'
 */
export function wordKey(w: string): string {
  let k = KEY_CACHE.get(w);
  if (k === undefined) {
    if (KEY_CACHE.size >= 200_000) KEY_CACHE.clear();
    k = phoneticKey(w);
    KEY_CACHE.set(w, k);
  }
  return k;
}

/**
 * Frequent Hindi function words and light verbs kept out of the romanised column: their
 * consonant skeletons (करना → krn) would otherwise match Latin names (Corona → krn).
 */
const ROMAN_STOPWORDS = new Set((JSON.parse(readFileSync(new URL('./roman-stopwords.json', import.meta.url), 'utf8')) as { words: string[] }).words);

/**
 * The romanised column: one phonetic key per word, so `Moscow` finds `मॉस्को`.
 *
 * @example
 * romanColumn('मॉस्को में'); // 'msk mn'
 */
export function romanColumn(text: string): string {
  const out: string[] = [];
  for (const w of words(text)) {
    if (ROMAN_STOPWORDS.has(w)) continue;
    const k = wordKey(w);
    if (k.length >= 2) out.push(k);
  }
  return out.join(' ');
}
