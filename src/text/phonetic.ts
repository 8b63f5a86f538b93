/**
 * A consonant-skeleton phonetic key that lets a Devanagari spelling meet the Latin one:
 * वादिम वेलिच्को ↔ Vadim Velichko, मॉस्को ↔ Moscow, तियानजिन ↔ Tianjin, कराची ↔ Karachi.
 */
import { memoize } from './memo.ts';
import { isDevanagari } from './normalize.ts';
import { toIast } from './romanize.ts';

const LATIN_STEPS: [RegExp, string][] = [
  [/ck/g, 'k'], [/sch/g, 'S'], [/ch/g, 'C'], [/sh/g, 'S'], [/zh/g, 'j'], [/ph/g, 'f'], [/th/g, 't'],
  [/kh/g, 'k'], [/gh/g, 'g'], [/dh/g, 'd'], [/bh/g, 'b'], [/jh/g, 'j'],
  [/c(?=[eiy])/g, 's'], [/c/g, 'k'], [/q/g, 'k'], [/x/g, 'ks'], [/z/g, 'j'], [/f/g, 'p'],
  [/w(?=[aeiou])/g, 'v'], [/w/g, ''], [/y/g, ''],
  [/(?<=[^aeiou\s])h/g, ''], [/h(?=[^aeiou]|$)/g, ''],
  [/S/g, 's'], [/C/g, 'c'],
  [/[aeiou]/g, ''],
];

/** Latin letters only: IAST marks and other diacritics stripped, lowercase. */
function plainLatin(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\s]/g, '');
}

/**
 * The phonetic key of one word in Latin letters: digraphs folded, vowels, y, w (not before a
 * vowel) and h (after a consonant) dropped, doubled letters collapsed.
 * @example latinKey('Moscow') // 'msk'
 */
export function latinKey(word: string): string {
  let w = plainLatin(word).replace(/\s+/g, '');
  for (const [re, to] of LATIN_STEPS) w = w.replace(re, to);
  return w.replace(/(.)\1+/g, '$1');
}

/**
 * The phonetic key of a name in either script; words are joined without a space so that
 * `न्यू यॉर्क` and `New York` meet.
 * @example phoneticKey('मॉस्को') === phoneticKey('Moscow') // true
 * @example phoneticKey('वादिम वेलिच्को') === phoneticKey('Vadim Velichko') // true
 */
export function phoneticKey(text: string): string {
  return rememberedKey(text);
}

/** phoneticKey is a pure function of its text and news repeats its words: the keys are remembered (at most 100,000 texts at a time). */
const rememberedKey = memoize((text) => computePhoneticKey(text), 100_000);

function computePhoneticKey(text: string): string {
  if (!isDevanagari(text)) return latinKey(text);
  let iast = toIast(text, false).normalize('NFC');
  iast = iast.replace(/ṃ/g, 'n').replace(/ch/g, 'C').replace(/c/g, 'ch').replace(/C/g, 'chh').replace(/[śṣ]/g, 'sh').replace(/ṛ/g, 'ri');
  return latinKey(iast);
}
