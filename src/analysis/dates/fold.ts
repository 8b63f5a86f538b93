/**
 * The folded key of a date token: how a word is looked up in data/dates/*.json, whatever the
 * writer typed (nukta or not, ZWJ/ZWNJ after a virama or not, chandrabindu or anusvara,
 * Devanagari or ASCII digits, Latin case). Same folds as `matchKey` of src/text/normalize.ts,
 * plus digits, done per character so a whole article folds in one pass.
 */
import { MATCH_FOLDS, NUKTA_LETTERS } from '../../text/normalize.ts';

/** Nukta letters (the shared table, plus ऩ ऱ ऴ, which dates also fold). */
const DATE_NUKTA_LETTERS: Readonly<Record<string, string>> = { ...NUKTA_LETTERS, '\u0929': '\u0928', '\u0931': '\u0930', '\u0934': '\u0933' };

/** Zero-width and soft-hyphen characters that never change a key. @example isInvisible(0x200d); // true */
export function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0xad;
}

function needsFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c === 0x0901 || c === 0x0945 || c === 0x0949 || c === 0x0911 || c === 0x090d || c === 0x093c
      || c === 0x0929 || c === 0x0931 || c === 0x0934 || (c >= 0x0958 && c <= 0x095f) || (c >= 0x0966 && c <= 0x096f) || isInvisible(c)) return true;
  }
  return false;
}

/**
 * Folds one token (or phrase) to its lookup key.
 *
 * @example
 * foldKey('फ़रवरी') === foldKey('फरवरी'); // true
 * foldKey('१४'); // '14'
 * foldKey('July'); // 'july'
 */
export function foldKey(text: string): string {
  if (!needsFold(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (isInvisible(code) || code === 0x093c) continue;
    if (code >= 0x0966 && code <= 0x096f) { out += String.fromCharCode(code - 0x0966 + 48); continue; }
    if (code >= 65 && code <= 90) { out += String.fromCharCode(code + 32); continue; }
    out += DATE_NUKTA_LETTERS[ch] ?? MATCH_FOLDS[ch] ?? ch;
  }
  return out;
}
