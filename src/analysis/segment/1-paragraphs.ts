import type { Span } from '../types.ts';
import { isSpace } from './chars.ts';

/** True when `text[from, to)` holds only spaces. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The non-blank lines of `body` (trimmed of spaces) and its paragraphs: maximal runs of non-blank
 * lines. Line breaks are `\n`, `\r\n`, `\r`, U+2028 and U+2029.
 *
 * @example
 * linesAndParagraphs('क\nख\n\nग').paragraphs; // [{start:0,end:3},{start:5,end:6}]
 */
export function linesAndParagraphs(body: string): { lines: Span[]; paragraphs: Span[] } {
  const lines: Span[] = [];
  const paragraphs: Span[] = [];
  let para: Span | null = null;
  let s = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    if (blank(body, s, i)) {
      para = null;
    } else {
      let a = s;
      let b = i;
      while (isSpace(body.charCodeAt(a))) a++;
      while (isSpace(body.charCodeAt(b - 1))) b--;
      lines.push({ start: a, end: b });
      if (para) para.end = b;
      else paragraphs.push((para = { start: a, end: b }));
    }
    s = i + 1;
  }
  return { lines, paragraphs };
}
