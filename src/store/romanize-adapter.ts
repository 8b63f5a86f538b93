/**
 * Romanisation for search, behind one small adapter so the store can switch to the shared
 * `src/text/romanize.ts` module once it lands. Until then it calls sanscript directly.
 */
import { createRequire } from 'node:module';

/** sanscript is CommonJS; its typings do not resolve under NodeNext, so load it through require. */
const Sanscript = createRequire(import.meta.url)('@indic-transliteration/sanscript') as {
  t(data: string, from: string, to: string): string;
};

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Folds spelling variants that Hindi writers use interchangeably: nukta (precomposed or
 * combining), candrabindu → anusvara, and the borrowed vowels ॉ/ॅ → ा/े.
 *
 * @example
 * foldDevanagari('नज़दीकियाँ'); // 'नजदीकियां'
 */
export function foldDevanagari(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\u093C/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/\u0949/g, '\u093E')
    .replace(/\u0945/g, '\u0947')
    .normalize('NFC');
}

/**
 * Latin transliteration (IAST, diacritics stripped, lower case) of one word; Latin words are
 * only lower-cased.
 *
 * @example
 * romanizeWord('पाकिस्तान'); // 'pakistana'
 */
export function romanizeWord(word: string): string {
  if (!DEVANAGARI.test(word)) return word.toLowerCase();
  const iast = Sanscript.t(foldDevanagari(word), 'devanagari', 'iast').replace(/ṃ/g, 'n');
  return iast.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** English spelling → consonant classes (order matters: digraphs first). */
const LATIN_RULES: [RegExp, string][] = [
  [/ph/g, 'p'], [/ch/g, 'C'], [/sh/g, 's'], [/c(?=[eiy])/g, 's'], [/ck/g, 'k'], [/c/g, 'k'],
  [/q/g, 'k'], [/x/g, 'ks'], [/f/g, 'p'], [/z/g, 'j'], [/w/g, 'v'],
];

/**
 * A consonant-skeleton key that a Devanagari word and its English spelling share: vowels,
 * `h`, `y` and doubled letters dropped, English digraphs mapped to one class.
 *
 * @example
 * phoneticKey('मॉस्को') === phoneticKey('Moscow'); // true ('msk')
 */
export function phoneticKey(word: string): string {
  let s: string;
  if (DEVANAGARI.test(word)) {
    s = romanizeWord(word).replace(/w/g, 'v');
  } else {
    s = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (/[^a-z0-9]/.test(s)) return '';
    s = s.replace(/w$/, '');
    for (const [re, to] of LATIN_RULES) s = s.replace(re, to);
  }
  s = s.toLowerCase().replace(/m(?=[pb])/g, 'n').replace(/[aeiouhy]/g, '').replace(/[^a-z0-9]/g, '');
  return s.replace(/(.)\1+/g, '$1');
}
