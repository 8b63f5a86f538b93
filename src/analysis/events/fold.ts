/**
 * Spelling tolerance for Hindi patterns: a consonant matches with or without nukta (ज/ज़,
 * फ/फ़), and candrabindu and anusvara (ँ/ं) match each other. Works on regular-expression source,
 * so frames can be written in either spelling.
 */

const NUKTA = '\u093C';
const isConsonant = (c: string): boolean => c >= '\u0915' && c <= '\u0939';

/**
 * Rewrites a regular-expression source so that nukta and candrabindu are optional/equivalent.
 *
 * @example
 * new RegExp(foldPattern('मुलाक़ात'), 'u').test('मुलाकात'); // true
 */
export function foldPattern(source: string): string {
  const src = source.replaceAll(NUKTA, '').replaceAll('ँ', 'ं');
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') { out += c + (src[i + 1] ?? ''); i++; continue; }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c === 'ं' ? 'ंँ' : c === '\u094D' ? c : c;
      if (isConsonant(c)) out += NUKTA;
      continue;
    }
    if (c === '[') { inClass = true; out += c; continue; }
    if (isConsonant(c)) out += `${c}${NUKTA}?`;
    else if (c === 'ं') out += '[ंँ]';
    else out += c;
  }
  return out;
}

/**
 * Folds a word for lookup in the trigger index: nukta dropped, candrabindu as anusvara.
 *
 * @example
 * foldWord('मुलाक़ात') === foldWord('मुलाकात'); // true
 */
export function foldWord(word: string): string {
  // Most words have neither sign: no new string then.
  if (!word.includes(NUKTA) && !word.includes('ँ')) return word;
  return word.replaceAll(NUKTA, '').replaceAll('ँ', 'ं');
}
