/**
 * The text forms the search index holds, shared by every Store backend: words split the way
 * FTS5 splits them with the Devanagari marks as token characters, spelling variants folded, and
 * a romanised phonetic column for cross-script queries.
 */
import { readFileSync } from 'node:fs';
import { memoize } from '../text/memo.ts';
import { romanToken } from './roman-keys.ts';
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

/** Characters that folding changes: nukta letters and sign, candrabindu, ॉ/ॅ, joiners, upper case. */
const NEEDS_FOLD = /[\u0929\u0931\u0934\u0958-\u095F\u00C0-\u024F]|\u0901|\u093C|\u0945|\u0949|\u200c|\u200d|\p{Lu}/u;
/** foldText of one word, remembered (at most 100,000 words at a time). */
const foldedWord = memoize((w) => foldText(w), 100_000);

/**
 * {@link foldText} of one word, cached (snippets fold every word of every hit's body).
 *
 * @example
 * foldWord('नज़दीकियाँ'); // 'नजदीकियां'
 */
export function foldWord(w: string): string {
  return NEEDS_FOLD.test(w) ? foldedWord(w) : w;
}

/** Word → phonetic key, remembered (news vocabulary repeats; at most 200,000 words at a time). */
const rememberedKey = memoize((w) => phoneticKey(w), 200_000);

/**
 * {@link phoneticKey} with a cache.
 *
 * @example
 * wordKey('मॉस्को'); // 'msku'
 */
export function wordKey(w: string): string {
  return rememberedKey(w);
}

/** Word → romanised-column token (see roman-keys.ts), remembered like {@link wordKey}. */
const rememberedToken = memoize((w) => romanToken(w), 200_000);

/**
 * The token the romanised column holds for a word ({@link romanToken}), cached.
 *
 * @example
 * wordToken('मॉस्को'); // 'msku'
 */
export function wordToken(w: string): string {
  return rememberedToken(w);
}

/** Reads and checks data/store/roman-stopwords.json (see data/store/SOURCE.md). */
function loadRomanStopwords(): Set<string> {
  const url = new URL('../../data/store/roman-stopwords.json', import.meta.url);
  const data = JSON.parse(readFileSync(url, 'utf8')) as { words?: unknown };
  if (!Array.isArray(data.words) || !data.words.every((w) => typeof w === 'string' && /^[\u0900-\u097F]+$/.test(w))) {
    throw new Error(`${url.pathname}: "words" must be an array of Devanagari words`);
  }
  return new Set(data.words as string[]);
}

/**
 * Frequent Hindi function words and light verbs kept out of the romanised column: their
 * consonant skeletons (करना → krn) would otherwise match Latin names (Corona → krn).
 */
let romanStopwords: Set<string> | null = null;

/**
 * The romanised column: one phonetic token per word (short keys with their vowel class), so
 * `Moscow` finds `मॉस्को`.
 *
 * @example
 * romanColumn('मॉस्को में'); // 'msku'  (में is a stop word)
 */
export function romanColumn(text: string): string {
  romanStopwords ??= loadRomanStopwords();
  const out: string[] = [];
  for (const w of words(text)) {
    if (romanStopwords.has(w)) continue;
    const k = wordToken(w);
    if (k) out.push(k);
  }
  return out.join(' ');
}
