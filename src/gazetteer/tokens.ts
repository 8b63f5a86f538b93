/**
 * The word tokenisation gazetteer keys and the mentions stage share, so a name in a gazetteer
 * and the same name in a sentence always split the same way.
 */
import { matchKey } from '../text/normalize.ts';
import { memoize } from '../text/memo.ts';

/** A word of the text with its offsets and lookup key. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** `matchKey(text)`. */
  key: string;
  /** The one shared record of this text, on words that words() made (see Lexeme). */
  lexeme?: Lexeme;
}

/**
 * One record per distinct word text: the text and its key, and answers later stages worked out
 * about the word (bits of `flags`, see LEXEME_FLAGS), valid while `flagsFor` is the object they
 * were worked out with (the gazetteer).
 */
export interface Lexeme {
  readonly text: string;
  readonly key: string;
  flags: number;
  flagsFor: object | null;
}

/** Bits of Lexeme.flags: for each question, one bit says it was answered and one holds the answer. */
export const LEXEME_FLAGS = { roleHeadKnown: 1, roleHead: 2, nameWordKnown: 4, nameWord: 8, mayBeCityKnown: 16, mayBeCity: 32 } as const;

/**
 * A yes/no answer about a word, worked out once per distinct word text and kept on its Lexeme
 * (`known`: the bit saying it was answered, `yes`: the bit holding the answer), valid while
 * `owner` (the data it came from, e.g. the gazetteer) stays the same. A word without a Lexeme
 * is answered afresh. `compute` must be a pure function of the word's text and key.
 *
 * @example
 * cachedWordFlag(w, gazetteer(), LEXEME_FLAGS.roleHeadKnown, LEXEME_FLAGS.roleHead, (x) => isRoleHead(x.key, x.text));
 */
export function cachedWordFlag(w: Word, owner: object, known: number, yes: number, compute: (w: Word) => boolean): boolean {
  const lx = w.lexeme;
  if (!lx) return compute(w);
  if (lx.flagsFor !== owner) [lx.flagsFor, lx.flags] = [owner, 0];
  if (lx.flags & known) return (lx.flags & yes) !== 0;
  const answer = compute(w);
  lx.flags |= known | (answer ? yes : 0);
  return answer;
}


/**
 * One shared copy of each word's text and its `matchKey`, remembered: news repeats its words,
 * the key costs three regex passes, and later stages look words up by text many times, which is
 * cheaper for a string they have met before (its hash is kept, and equal strings are one object).
 */
const interned = memoize((t: string): Lexeme => ({ text: t, key: matchKey(t), flags: 0, flagsFor: null }), 50_000);

/**
 * The words of `text[from, to)` with offsets into `text`.
 * @example words('रूस ने पाकिस्तान').map((w) => w.text) // ['रूस', 'ने', 'पाकिस्तान']
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  // A character scan equal to /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:-[…]+)*/u (letters, marks, digits,
  // ZWNJ/ZWJ; runs joined by single hyphens; test/gazetteer/words-scan.test.ts checks it against
  // that regex), with the Unicode test only off the Devanagari and ASCII fast paths.
  let i = from;
  const n = text.length;
  // Like a /u regex, a start inside a surrogate pair backs up to the pair.
  if (i > 0 && i < n && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < to) {
    const w0 = wordCharLength(text, i);
    if (w0 === 0) { i++; continue; }
    const start = i;
    i += w0;
    for (;;) {
      let w = wordCharLength(text, i);
      while (w > 0) { i += w; w = wordCharLength(text, i); }
      if (i + 1 < n && text.charCodeAt(i) === 0x2d && wordCharLength(text, i + 1) > 0) { i++; continue; }
      break;
    }
    const end = Math.min(i, to);
    const entry = interned(text.slice(start, end));
    out.push({ text: entry.text, start, end, key: entry.key, lexeme: entry });
  }
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

const OTHER_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Length (0, 1 or 2 code units) of the word character at `i`, or 0 when none stands there. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 0x0900 && c <= 0x097f) return c === 0x0964 || c === 0x0965 || c === 0x0970 ? 0 : 1;
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  if (c === 0x200c || c === 0x200d) return 1;
  if (isHighSurrogate(c) && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return OTHER_WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return OTHER_WORD_CHAR.test(text[i]) ? 1 : 0;
}

/**
 * The lookup key of a multi-word name: the keys of its words joined by one space.
 * @example phraseKey('जम्मू-कश्मीर') // 'जम्मू-कश्मीर'
 */
export function phraseKey(name: string): string {
  return words(name).map((w) => w.key).join(' ');
}
