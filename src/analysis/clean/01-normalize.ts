/** Space variants folded to U+0020: NBSP, Ogham, en/em spaces, thin/hair, narrow NBSP, ideographic, tabs. */
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0/C1 controls other than line feed, the BOM, and the Unicode non-characters. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\uFEFF\uFFFE\uFFFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** Normalised text and the control characters taken out of it. */
export interface Normalized {
  text: string;
  controls: number;
}

/**
 * Normalises raw article text: line breaks to `\n`, Unicode NFC, every space variant (NBSP …)
 * folded to one space, runs of spaces collapsed, lines trimmed, control characters dropped.
 * Zero-width joiners and non-joiners are kept: they are part of the text (some papers put a
 * ZWJ after every virama); matching code drops them from its keys instead.
 *
 * @example
 * normalizeText('रूस\u00A0ने  कहा\r\n').text; // 'रूस ने कहा\n'
 */
export function normalizeText(raw: string): Normalized {
  let controls = 0;
  const text = raw
    .replace(LINE_BREAKS, '\n')
    .replace(SPACES, ' ')
    .replace(CONTROLS, () => {
      controls++;
      return '';
    })
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  return { text, controls };
}

/** Zero-width characters that never count in a matching key. */
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060/g;

/**
 * The key form of a string for comparisons: NFC, zero-width characters dropped, spaces folded.
 *
 * @example
 * matchKey('पाकिस्\u200Dतान'); // 'पाकिस्तान'
 */
export function matchKey(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '').replace(/[\s\u00A0]+/g, ' ').trim();
}
