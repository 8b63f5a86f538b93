/**
 * Romanised search keys with a first-vowel class. A bare consonant skeleton of two or three
 * letters is too loose (`Corona` → krn, and so are कोरोना, किरण, करने and कारण), so short keys
 * carry the class of the vowel after their first consonant: `a` (the inherent अ), `h` (आ),
 * `i` (इ, ई, ए, ऐ, ऍ, ऋ), `u` (उ, ऊ, ओ) or `o` (ऑ, औ) — letters that never occur inside a key.
 * A Latin query word allows the classes its written vowel usually stands for in a Hindi
 * spelling (`o`/`u` → u/o: Corona कोरोना, Moscow मॉस्को, Putin पुतिन; `i` → i/h: Kiran किरण,
 * Biden बाइडन; `e` → i: Delhi दिल्ली; `a` → a/h/i/o), so Corona finds कोरोना but not किरण or करने.
 * Keys of four letters or more are distinctive enough and stay bare (London still finds लंदन).
 */
import { phoneticKey } from './romanize-adapter.ts';

/** Keys up to this length get a vowel class. */
export const CLASSED_KEY_MAX = 3;

export type VowelClass = 'a' | 'h' | 'i' | 'u' | 'o';

const DEVANAGARI = /[\u0900-\u097F]/;
const SIGN_CLASS: Record<string, VowelClass> = {
  '\u093E': 'h', '\u093F': 'i', '\u0940': 'i', '\u0947': 'i', '\u0948': 'i', '\u0945': 'i', '\u0946': 'i', '\u0943': 'i', '\u0944': 'i',
  '\u0941': 'u', '\u0942': 'u', '\u094B': 'u', '\u094A': 'u', '\u0949': 'o', '\u094C': 'o',
};
const isConsonant = (c: string) => (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095F');
/** ह and य (and य़) are dropped from keys, so they are skipped when looking for the first key consonant. */
const isSkippedConsonant = (c: string) => c === '\u0939' || c === '\u092F' || c === '\u095F';

/** The class of the vowel after the first key consonant of a Devanagari word. */
function devanagariClass(word: string): VowelClass {
  const cs = [...word.normalize('NFC')];
  let i = 0;
  while (i < cs.length && !(isConsonant(cs[i]) && !isSkippedConsonant(cs[i]))) i++;
  if (i >= cs.length) return 'a';
  i++;
  for (;;) {
    if (cs[i] === '\u093C') { i++; continue; }
    if (cs[i] === '\u094D' && i + 1 < cs.length && isConsonant(cs[i + 1])) { i += 2; continue; }
    break;
  }
  return SIGN_CLASS[cs[i]] ?? 'a';
}

/** The first vowel letter after the first key consonant of a lower-case Latin word, or null. */
function latinVowel(word: string): string | null {
  const m = /^[aeiouyh]*[^aeiouyh][^aeiouy]*([aeiouy])/.exec(word);
  return m ? m[1] : null;
}

const LATIN_ALLOWED: Record<string, VowelClass[]> = { a: ['a', 'h', 'i', 'o'], e: ['i'], i: ['i', 'h'], y: ['i', 'h'], o: ['u', 'o'], u: ['u', 'o'] };
const LATIN_INDEXED: Record<string, VowelClass> = { a: 'a', e: 'i', i: 'i', y: 'i', o: 'u', u: 'u' };

function latinForm(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The token the romanised column holds for one word: its phonetic key, with the vowel class
 * appended when the key is short; '' when the word has no usable key.
 *
 * @example
 * romanToken('कोरोना'); // 'krnu'
 * romanToken('किरण');   // 'krni'
 * romanToken('पाकिस्तान'); // 'pkstn'
 */
export function romanToken(word: string): string {
  const key = phoneticKey(word);
  if (key.length < 2 || key.length > CLASSED_KEY_MAX) return key.length < 2 ? '' : key;
  if (DEVANAGARI.test(word)) return key + devanagariClass(word);
  const v = latinVowel(latinForm(word));
  return key + (v ? LATIN_INDEXED[v] : 'a');
}

/**
 * The romanised-column tokens a Latin query word may match: its bare key when long, its key
 * with each vowel class its written vowel allows when short; [] when it has no usable key.
 *
 * @example
 * latinTokenAlternatives('Corona'); // ['krnu', 'krno']
 * latinTokenAlternatives('Pakistan'); // ['pkstn']
 */
export function latinTokenAlternatives(word: string): string[] {
  const key = phoneticKey(word);
  if (key.length < 2) return [];
  if (key.length > CLASSED_KEY_MAX) return [key];
  const v = latinVowel(latinForm(word));
  const classes: VowelClass[] = v ? LATIN_ALLOWED[v] : ['a', 'h', 'i', 'u', 'o'];
  return classes.map((c) => key + c);
}

/** Most token sequences one Latin phrase may expand to (beyond this it gets no romanised match). */
export const MAX_ROMAN_PHRASES = 27;

/**
 * Every romanised-column phrase a Latin phrase may match (the cross product of each word's
 * alternatives), or [] when a word has no key or the phrase would expand to too many.
 *
 * @example
 * romanPhrases(['moscow']); // [['msku'], ['msko']]
 * romanPhrases(['vladimir', 'putin']); // [['vldmr', 'ptnu'], ['vldmr', 'ptno']]
 */
export function romanPhrases(words: string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) {
    const alts = latinTokenAlternatives(w);
    if (alts.length === 0) return [];
    out = out.flatMap((p) => alts.map((a) => [...p, a]));
    if (out.length > MAX_ROMAN_PHRASES) return [];
  }
  return out;
}
