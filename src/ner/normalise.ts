/**
 * Word normalisation for features: one spelling per word however the writer typed it.
 */

import { MATCH_FOLDS as FOLDS, NUKTA_LETTERS } from '../text/normalize.ts';

const DEVANAGARI_DIGIT_ZERO = 0x0966;

/**
 * The normalised form of one word: NFC, nukta folded (क़→क), ZWJ/ZWNJ/BOM dropped, chandrabindu
 * as anusvara, ॉ/ॅ folded, Devanagari digits as ASCII, Latin lowercased.
 * @example normaliseWord('फ़्रांस') // 'फ्रांस'
 * @example normaliseWord('PSM') // 'psm'
 */
export function normaliseWord(word: string): string {
  const nfc = word.normalize('NFC');
  let out = '';
  for (const ch of nfc) {
    const c = ch.charCodeAt(0);
    if (c === 0x093c || c === 0x200c || c === 0x200d || c === 0xfeff) continue;
    const folded = NUKTA_LETTERS[ch] ?? FOLDS[ch];
    if (folded) out += folded;
    else if (c >= DEVANAGARI_DIGIT_ZERO && c <= DEVANAGARI_DIGIT_ZERO + 9) out += String.fromCharCode(48 + c - DEVANAGARI_DIGIT_ZERO);
    else out += ch;
  }
  return out.toLowerCase();
}

/**
 * The consonant skeleton of a normalised Devanagari word: consonants only, every vowel sign,
 * virama and nasal dropped, an initial independent vowel kept as `अ`. Spelling variants
 * (अमेरिका/अमरीका, पाकिस्तान/पाकीस्तान) share it. Non-Devanagari words give ''.
 * @example skeleton('अमरीका') // 'अमरक'
 */
export function skeleton(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x0915 && c <= 0x0939) out += norm[i];
    else if (i === 0 && c >= 0x0904 && c <= 0x0914) out += 'अ';
    else if (c < 0x0900 || c > 0x097f) return '';
  }
  return out;
}

/**
 * A coarse shape of a raw word: each character as a class (D Devanagari letter, m Devanagari
 * sign, A upper Latin, a lower Latin, 9 digit, . punctuation/other), repeats collapsed.
 * @example wordShape('PSM') // 'A'
 * @example wordShape('Covid-19') // 'Aa.9'
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let k: string;
    if (c >= 0x0904 && c <= 0x0939) k = 'D';
    else if (c >= 0x0900 && c <= 0x097f) k = c >= 0x0966 && c <= 0x096f ? '9' : c === 0x0964 || c === 0x0965 ? '.' : 'm';
    else if (c >= 65 && c <= 90) k = 'A';
    else if (c >= 97 && c <= 122) k = 'a';
    else if (c >= 48 && c <= 57) k = '9';
    else if (c === 0x200c || c === 0x200d) continue;
    else k = '.';
    if (k === 'm' && last === 'D') continue; // a Devanagari syllable is one letter in shape
    if (k !== last) out += k;
    last = k === 'm' ? 'D' : k;
  }
  return out;
}
