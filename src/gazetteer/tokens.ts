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
}

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:-[\p{L}\p{M}\p{N}\u200C\u200D]+)*/gu;

/**
 * One shared copy of each word's text and its `matchKey`, remembered: news repeats its words,
 * the key costs three regex passes, and later stages look words up by text many times, which is
 * cheaper for a string they have met before (its hash is kept, and equal strings are one object).
 */
const interned = memoize((t: string) => ({ text: t, key: matchKey(t) }), 50_000);

/**
 * The words of `text[from, to)` with offsets into `text`.
 * @example words('रूस ने पाकिस्तान').map((w) => w.text) // ['रूस', 'ने', 'पाकिस्तान']
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const w = interned(m[0].length === end - m.index ? m[0] : text.slice(m.index, end));
    out.push({ text: w.text, start: m.index, end, key: w.key });
  }
  return out;
}

/**
 * The lookup key of a multi-word name: the keys of its words joined by one space.
 * @example phraseKey('जम्मू-कश्मीर') // 'जम्मू-कश्मीर'
 */
export function phraseKey(name: string): string {
  return words(name).map((w) => w.key).join(' ');
}
