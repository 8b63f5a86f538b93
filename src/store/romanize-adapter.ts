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
 * The bare consonant skeleton a Devanagari word and its English spelling share: vowels, `h`,
 * `y` and doubled letters dropped, English digraphs mapped to one class.
 *
 * @example
 * consonantKey('मॉस्को') === consonantKey('Moscow'); // true ('msk')
 */
export function consonantKey(word: string): string {
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

/** Skeletons up to this length are ambiguous and get a vowel class appended. */
export const CLASSED_KEY_MAX = 3;

const isConsonant = (c: string) => (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
/** ह and य (and य़) are dropped from keys, so they are passed over when looking for the first key consonant. */
const isSkipped = (c: string) => c === '\u0939' || c === '\u092F' || c === '\u095F';
/** Vowel signs of the rounded back vowels उ ऊ ओ ऑ औ (ॊ). */
const BACK_SIGNS = new Set(['\u0941', '\u0942', '\u094A', '\u094B', '\u0949', '\u094C']);

/**
 * Whether the vowel after a word's first key consonant is a rounded back vowel (`u`: उ ऊ ओ ऑ औ,
 * Latin o/u) or anything else (`a`: अ आ इ ई ए ऐ, Latin a/e/i/y, or no vowel at all).
 *
 * @example
 * vowelClass('कोरोना'); // 'u'
 * vowelClass('Corona'); // 'u'
 * vowelClass('किरण');   // 'a'
 */
export function vowelClass(word: string): 'a' | 'u' {
  if (DEVANAGARI.test(word)) {
    const cs = [...word.normalize('NFC')];
    let i = 0;
    while (i < cs.length && !(isConsonant(cs[i]) && !isSkipped(cs[i]))) i++;
    if (i >= cs.length) return 'a';
    i++;
    while (cs[i] === '\u093C' || (cs[i] === '\u094D' && i + 1 < cs.length && isConsonant(cs[i + 1]))) i += cs[i] === '\u093C' ? 1 : 2;
    return BACK_SIGNS.has(cs[i]) ? 'u' : 'a';
  }
  const m = /^[aeiouyh]*[^aeiouyh][^aeiouy]*([aeiouy])/.exec(word.toLowerCase());
  return m && (m[1] === 'o' || m[1] === 'u') ? 'u' : 'a';
}

/**
 * The search key shared by a Devanagari word and its English spelling: the consonant skeleton
 * ({@link consonantKey}), and when that is only two or three letters long (too ambiguous:
 * Corona, कोरोना, किरण, करने and कारण are all `krn`) the class of the vowel after the first
 * consonant ({@link vowelClass}) appended — `a` or `u`, letters a skeleton never holds.
 * So `Corona` → krnu finds कोरोना (krnu) but not किरण or करने (krna), and `Moscow` → msku
 * finds मॉस्को but not मास्क. Longer skeletons stay bare (London → lndn finds लंदन).
 *
 * @example
 * phoneticKey('मॉस्को') === phoneticKey('Moscow'); // true ('msku')
 * phoneticKey('पाकिस्तान'); // 'pkstn'
 */
export function phoneticKey(word: string): string {
  const key = consonantKey(word);
  if (key.length < 2 || key.length > CLASSED_KEY_MAX) return key;
  return key + vowelClass(word);
}
