import { splitGlued } from '../../text/glue.ts';
import type { Token, TokenKind } from '../types.ts';

let segmenter: Intl.Segmenter | null = null;
const HAS_LETTER = /\p{L}/u;
const IS_SPACE = /^[\s\u200B\uFEFF]+$/u;
const IS_PUNCT = /^\p{P}+$/u;

/** Number for digits with their separators (`3.5`, `10.30`, `1,00,000`, `१४`), else word. */
function wordKind(text: string): TokenKind {
  return HAS_LETTER.test(text) ? 'word' : 'number';
}

/**
 * Appends the tokens of the sentence `body[start, end)` to `out`: words (split at glue points,
 * `मंत्रीजॉन` → `मंत्री` `जॉन`), numbers, punctuation and symbols, each with `sentence` index.
 * Uses `Intl.Segmenter('hi')` word boundaries, called once per sentence.
 *
 * @example
 * const out: Token[] = [];
 * tokenize('वे आए।', 0, 6, 0, out); out.map((t) => t.text); // ['वे', 'आए', '।']
 */
export function tokenize(body: string, start: number, end: number, sentence: number, out: Token[]): void {
  segmenter ??= new Intl.Segmenter('hi', { granularity: 'word' });
  const text = body.slice(start, end);
  for (const seg of segmenter.segment(text)) {
    const s = start + seg.index;
    const t = seg.segment;
    if (seg.isWordLike) {
      const kind = wordKind(t);
      let from = 0;
      if (kind === 'word') {
        for (const cut of splitGlued(t)) {
          out.push({ text: t.slice(from, cut), start: s + from, end: s + cut, kind, sentence });
          from = cut;
        }
      }
      out.push({ text: from ? t.slice(from) : t, start: s + from, end: s + t.length, kind, sentence });
    } else if (!IS_SPACE.test(t)) {
      out.push({ text: t, start: s, end: s + t.length, kind: IS_PUNCT.test(t) ? 'punct' : 'symbol', sentence });
    }
  }
}
