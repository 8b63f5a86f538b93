/**
 * The string normalisation every gold comparison goes through (../shared/gold/FORMAT.md):
 * Unicode NFC, the zero-width characters U+200B/U+200C/U+200D dropped, every run of white space
 * (NBSP and the other Unicode space variants included) folded to one space, then trimmed.
 * Case is kept: FORMAT.md does not fold it.
 */

const ZERO_WIDTH = /[\u200B\u200C\u200D]/g;
// \s covers NBSP (U+00A0), U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000 and U+FEFF.
const SPACE_RUN = /\s+/g;

/**
 * Normalises a string for comparison with gold annotations.
 *
 * @example
 * normalizeText('पाकिस्\u200Dतान\u00A0 और  रूस '); // 'पाकिस्तान और रूस'
 */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '').replace(SPACE_RUN, ' ').trim();
}

/**
 * Normalises a site name for equality: normalised text, lower case, no scheme, no leading
 * `www.`, no trailing slash.
 *
 * @example
 * normalizeSite('https://www.abplive.com/'); // 'abplive.com'
 */
export function normalizeSite(s: string): string {
  return normalizeText(s).toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}
