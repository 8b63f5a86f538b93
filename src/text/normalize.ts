/**
 * Script-level normalisation shared by the gazetteers and the mentions stage: one spelling per
 * name however the writer typed it (nukta or not, ZWJ after virama or not, ॉ or ा).
 */

/** Precomposed nukta letters → the letter without the nukta (क़ → क, …). */
export const NUKTA_LETTERS: Readonly<Record<string, string>> = {
  '\u0958': '\u0915', '\u0959': '\u0916', '\u095A': '\u0917', '\u095B': '\u091C',
  '\u095C': '\u0921', '\u095D': '\u0922', '\u095E': '\u092B', '\u095F': '\u092F',
};

/** The vowel-sign and letter folds of `matchKey` after the nukta: chandrabindu as anusvara, ॉ/ॅ/ऑ/ऍ folded. */
export const MATCH_FOLDS: Readonly<Record<string, string>> = {
  '\u0901': '\u0902', // chandrabindu → anusvara
  '\u0949': '\u093E', // ॉ → ा
  '\u0945': '\u0947', // ॅ → े
  '\u0911': '\u0906', // ऑ → आ
  '\u090D': '\u090F', // ऍ → ए
};

const INVISIBLE = /[\u200B-\u200D\uFEFF\u00AD]/g;
/** Any character foldNukta changes or drops: the nukta, nukta letters, invisible characters. */
const NEEDS_FOLD = /[\u093C\u0958-\u095F\u200B-\u200D\uFEFF\u00AD]/;
/** Any character matchKey folds after foldNukta. */
const NEEDS_MATCH_FOLD = /[\u0901\u0949\u0945\u0911\u090D]/;

/**
 * Folds nukta letters to their base letter and drops the nukta sign (क़ → क, फ़ → फ), after NFC
 * and with zero-width characters removed.
 * @example foldNukta('इज़राइल') // 'इजराइल'
 */
export function foldNukta(text: string): string {
  const nfc = text.normalize('NFC');
  if (!NEEDS_FOLD.test(nfc)) return nfc; // most words: nothing to fold, no copy
  let out = '';
  for (const ch of nfc.replace(INVISIBLE, '')) {
    if (ch === '\u093C') continue;
    out += NUKTA_LETTERS[ch] ?? ch;
  }
  return out;
}

/**
 * The key under which a word or phrase is looked up in a gazetteer: NFC, invisible characters
 * dropped, nukta folded, chandrabindu as anusvara, ॉ/ॅ folded, white space collapsed, Latin
 * lowercased.
 * @example matchKey('फ़्रांस') === matchKey('फ्रांस') // true
 * @example matchKey('  UN ') // 'un'
 */
export function matchKey(text: string): string {
  const folded = foldNukta(text);
  let out = folded;
  if (NEEDS_MATCH_FOLD.test(folded)) {
    out = '';
    for (const ch of folded) out += MATCH_FOLDS[ch] ?? ch;
  }
  return out.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when the text holds at least one Devanagari letter. */
export function isDevanagari(text: string): boolean {
  return /[\u0900-\u097F]/.test(text);
}
