/**
 * Words as runs of letters and marks joined by single hyphens — what
 * /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*\/gu matches — found by character code, with the Unicode test
 * only off the Devanagari and ASCII fast paths (test/text/letter-words.test.ts checks it
 * against that regex).
 */

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** True when the code point at `i` is a letter or a mark (\p{L} or \p{M}). */
function isLetterOrMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x0900 && c <= 0x097f) return !(c === 0x0964 || c === 0x0965 || (c >= 0x0966 && c <= 0x0970));
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_OR_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Calls `visit(start, end)` for every word of `text`, in order.
 *
 * @example
 * const out: string[] = [];
 * forEachLetterWord('रूस-पाक संधि 2025', (s, e) => out.push('रूस-पाक संधि 2025'.slice(s, e)));
 * out; // ['रूस-पाक', 'संधि']
 */
export function forEachLetterWord(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrMark(text, i)) { i++; continue; }
    const start = i;
    for (;;) {
      while (i < text.length && isLetterOrMark(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
      if (text.charCodeAt(i) === 0x2d && i + 1 < text.length && isLetterOrMark(text, i + 1)) { i++; continue; }
      break;
    }
    visit(start, i);
  }
}
