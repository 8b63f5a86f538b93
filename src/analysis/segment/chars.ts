/** Character classes used by the segmenter (code-unit tests, no regular expressions per char). */

/** Devanagari letters and signs (not dandas, digits or the abbreviation sign), ZWJ and ZWNJ. */
export function isDevanagariLetter(c: number): boolean {
  return (c >= 0x0900 && c <= 0x0963) || (c >= 0x0971 && c <= 0x097f) || c === 0x200c || c === 0x200d
    || (c >= 0xa8e0 && c <= 0xa8ff);
}

/** ASCII letters and Latin-1/Extended letters. */
export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isLatinLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

export function isLatinUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** ASCII and Devanagari digits. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0966 && c <= 0x096f);
}

/** Letters of any script the segmenter knows, or digits. */
export function isWordChar(c: number): boolean {
  return isDevanagariLetter(c) || isLatinLetter(c) || isDigit(c);
}

/** Spaces inside a line (not line breaks). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f
    || c === 0x205f || c === 0xfeff;
}

/** Sentence-ending marks other than the full stop: danda, double danda, ?, !, and their variants. */
export function isStrongTerminator(c: number): boolean {
  return c === 0x0964 || c === 0x0965 || c === 0x3f || c === 0x21 || c === 0x203c || c === 0x2047 || c === 0x2048
    || c === 0x2049 || c === 0xff1f || c === 0xff01;
}

/** Marks that close a quotation or bracket and stay with the sentence they end. */
export function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x5d || c === 0x7d
    || c === 0x22 || c === 0x27;
}

/** Marks that open a quotation or bracket (a glued sentence may start with one). */
export function isOpener(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039 || c === 0x28 || c === 0x5b || c === 0x22 || c === 0x27;
}
