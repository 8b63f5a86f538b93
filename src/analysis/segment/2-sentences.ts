import type { Span } from '../types.ts';
import { abbreviations } from './abbreviations.ts';
import {
  isCloser, isDevanagariLetter, isDigit, isLatinLetter, isLatinLower, isLatinUpper, isOpener, isSpace,
  isStrongTerminator, isWordChar,
} from './chars.ts';

const DOT = 0x2e;
/**
 * The longest sentence the segmenter emits, in UTF-16 code units. Later stages do work per
 * sentence that grows faster than its length (argument search, frame matching), so a line with
 * no sentence end (a 100 KB scraped blob) is cut at this bound, at a space where one lies in the
 * bound's second half. The longest sentence of the corpus is about 900 units: news text is never cut.
 */
export const MAX_SENTENCE = 1500;
const ELLIPSIS = 0x2026;
const PIPE = 0x7c;

/** The word (letters of one script family, no dots) that ends just before index `i`. */
function wordBefore(text: string, i: number, from: number): string {
  let j = i;
  while (j > from && isWordChar(text.charCodeAt(j - 1))) j--;
  return text.slice(j, i);
}

/** True when `text[from, to)` holds no letter or digit. */
function noWord(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordChar(text.charCodeAt(k))) return false;
  return true;
}

/** Is the full stop at `i` (a single dot) the end of a sentence that began at `start`? */
function isFullStop(text: string, i: number, start: number, from: number, to: number): boolean {
  const prev = i > from ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < to ? text.charCodeAt(i + 1) : 0;
  if (isDigit(prev) && isDigit(next)) return false; // 3.5, 10.30
  const word = wordBefore(text, i, from);
  const abbr = abbreviations();
  if (word !== '') {
    const first = word.charCodeAt(0);
    if (isDevanagariLetter(first) && abbr.devanagari.has(word)) return false; // डॉ. ए.के. रु.
    if (isLatinLetter(first) && (abbr.latin.has(word) || (word.length === 1 && isLatinUpper(first)))) return false; // Dr. U.S.
    // Latin "e.g." and similar: a dot between Latin letters with a dot before the word.
    if (isLatinLetter(first) && word.length <= 2 && i - word.length - 1 >= from && text.charCodeAt(i - word.length - 1) === DOT) return false;
    // A list number opening a sentence: "2. ध्रुवस्वामिनी".
    if (isDigit(first) && word.length <= 3 && isDigit(prev) && noWord(text, start, i - word.length)) return false;
  }
  if (next === 0 || isSpace(next)) {
    // Next word in lower-case Latin: an abbreviation we do not know ("approx. two").
    let k = i + 1;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    return !(k < to && isLatinLower(text.charCodeAt(k)));
  }
  if (isCloser(next)) return true;
  // Glued: है.अमदीनेजाद ends a sentence; abplive.com, U.S, 3.5 do not.
  if (isDevanagariLetter(next)) return !isLatinLetter(prev); // not www.वेबदुनिया
  // Latin after the dot: a new sentence only after Devanagari and before a capital (not वेबदुनिया.com).
  if (isLatinLetter(next)) return isDevanagariLetter(prev) && isLatinUpper(next);
  if (isDigit(next)) return isDevanagariLetter(prev);
  if (isOpener(next)) return word !== '';
  return false;
}

/** Where the sentence that a terminator run ends stops: after closing quotes and brackets. */
function absorbClosers(text: string, j: number, to: number): number {
  let k = j;
  while (k < to && isCloser(text.charCodeAt(k))) {
    const c = text.charCodeAt(k);
    // A straight quote closes only when followed by space, the line end or another closer.
    if (c === 0x22 || c === 0x27) {
      const n = k + 1 < to ? text.charCodeAt(k + 1) : 0;
      if (!(n === 0 || isSpace(n) || isCloser(n) || isStrongTerminator(n) || n === DOT)) break;
    }
    k++;
  }
  return k;
}

/** Is `c` a code unit that must not begin a cut piece (a combining sign, ZWJ/ZWNJ, a low surrogate)? */
function clingsToPrevious(c: number): boolean {
  return (c >= 0x0900 && c <= 0x0903) || (c >= 0x093a && c <= 0x094f && c !== 0x093d) || (c >= 0x0951 && c <= 0x0957)
    || c === 0x0962 || c === 0x0963 || c === 0x200c || c === 0x200d || (c >= 0x0300 && c <= 0x036f) || (c >= 0xdc00 && c <= 0xdfff);
}

/**
 * Where to cut `text[s, e)` (longer than MAX_SENTENCE): after the last space of the bound's
 * second half, else at the bound moved back off combining signs and surrogate halves.
 */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SENTENCE;
  for (let k = limit; k > s + MAX_SENTENCE / 2; k--) if (isSpace(text.charCodeAt(k - 1))) return k;
  let k = limit;
  while (k > s + MAX_SENTENCE / 2 && clingsToPrevious(text.charCodeAt(k))) k--;
  if (k <= s + MAX_SENTENCE / 2) k = (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit;
  return k;
}

/** Can a new sentence start at `k` right after a terminator without a space (glued sentences)? */
function startsGluedSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return isDevanagariLetter(c) || isLatinLetter(c) || isDigit(c) || isOpener(c) || c === 0x2014 || c === 0x2013;
}

/**
 * Splits the line `text[from, to)` (no line breaks inside) into sentences and appends their spans,
 * trimmed of spaces, to `out`. Ends: `।`, `॥`, `?`, `!` (also glued: `होंगे?सईद`), a full stop that is
 * not a decimal point, time, abbreviation or initial, an ellipsis followed by a space and a
 * non-lower-case word; closing quotes and brackets after the mark stay in the sentence. A run
 * longer than MAX_SENTENCE is cut into pieces of at most that length.
 * Linear in the length of the line.
 *
 * @example
 * const out: Span[] = [];
 * splitSentences('डॉ. ए.के. सिंह आए.वे बोले।', 0, 24, out); // two spans
 */
export function splitSentences(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    while (e - s > MAX_SENTENCE) {
      const k = cutPoint(text, s);
      let ke = k;
      while (ke > s && isSpace(text.charCodeAt(ke - 1))) ke--;
      if (ke > s) out.push({ start: s, end: ke });
      s = k;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const strong = isStrongTerminator(c);
    const pipe = c === PIPE && i > from && isSpace(text.charCodeAt(i - 1)) && (i + 1 === to || isSpace(text.charCodeAt(i + 1)));
    if (!strong && !pipe && c !== DOT && c !== ELLIPSIS) { i++; continue; }
    // The whole run of terminators: "?!", "...", "।।", ".”".
    let j = i + 1;
    let dots = c === DOT ? 1 : 0;
    let ellipsis = c === ELLIPSIS;
    let hasStrong = strong || pipe;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d === DOT) dots++;
      else if (d === ELLIPSIS) ellipsis = true;
      else if (isStrongTerminator(d)) hasStrong = true;
      else break;
      j++;
    }
    let ends: boolean;
    if (hasStrong) ends = true;
    else if (ellipsis || dots >= 2) {
      let k = j;
      while (k < to && isSpace(text.charCodeAt(k))) k++;
      ends = k === to || (k > j && !isLatinLower(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k)));
    } else ends = isFullStop(text, i, start, from, to);
    if (!ends) { i = j; continue; }
    const k = absorbClosers(text, j, to);
    if (k < to && !isSpace(text.charCodeAt(k)) && !startsGluedSentence(text, k)) { i = k; continue; }
    push(start, k);
    start = k;
    i = k;
  }
  push(start, to);
}
