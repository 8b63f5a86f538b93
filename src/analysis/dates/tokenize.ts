/**
 * A small tokenizer of its own for the dates stage, so dates do not wait on the segmenter:
 * words (letters, marks and zero-width joiners, hyphen-joined compounds kept whole), numbers
 * (digit runs with inner `, . / - :` kept whole, so `15,000`, `10.30` and `11/07/2025` are one
 * token each), single punctuation marks, and line breaks. One linear pass, no regex.
 */

import { foldKey, isInvisible } from './fold.ts';

export type DateTokenKind = 'word' | 'num' | 'punct' | 'break';

/** A token of the body: offsets into the body as it is, and its folded key. */
export interface DateToken {
  start: number;
  end: number;
  kind: DateTokenKind;
  key: string;
}

const OTHER_LETTER = /[\p{L}\p{M}]/u;

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x0966 && c <= 0x096f);
}

function isLetter(c: number, ch: string): boolean {
  if (c >= 0x0900 && c <= 0x097f) return c !== 0x0964 && c !== 0x0965 && c !== 0x0970 && !isDigit(c);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  if (isInvisible(c)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_LETTER.test(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

const NUMBER_GLUE = new Set([44, 46, 47, 45, 58]); // , . / - :

/**
 * Splits text into date tokens with offsets.
 *
 * @example
 * tokenize('11/07/2025 को').map((t) => t.key); // ['11/07/2025', 'को']
 */
export function tokenize(text: string): DateToken[] {
  const out: DateToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === 10 || c === 0x2028 || c === 0x2029) { out.push({ start: i, end: i + 1, kind: 'break', key: '\n' }); i++; continue; }
    const start = i;
    if (isDigit(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (NUMBER_GLUE.has(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      out.push({ start, end: i, kind: 'num', key: foldKey(text.slice(start, i)) });
      continue;
    }
    if (isLetter(c, text[i]) && !isInvisible(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d, text[i])) i++;
        else if (d === 45 && i + 1 < n && isLetter(text.charCodeAt(i + 1), text[i + 1])) i += 2;
        else break;
      }
      out.push({ start, end: i, kind: 'word', key: foldKey(text.slice(start, i)) });
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    i += width;
    if (isInvisible(c)) continue;
    out.push({ start, end: i, kind: 'punct', key: text.slice(start, i) });
  }
  return out;
}
