/**
 * Devanagari → readable Latin for names (हारून अख्तर खान → Harun Akhtar Khan): nukta and ॉ/ॅ
 * folded, Hindi schwa deletion applied by writing a virama where the inherent vowel is silent,
 * then @indic-transliteration/sanscript (IAST) and the marks stripped.
 */
import { createRequire } from 'node:module';
import { memoize } from './memo.ts';
import { foldNukta } from './normalize.ts';

// The package is CommonJS and its typings do not expose `t` on the default import.
const Sanscript = createRequire(import.meta.url)('@indic-transliteration/sanscript') as {
  t(data: string, from: string, to: string): string;
};

const VIRAMA = '\u094D';
const isConsonant = (ch: string): boolean => /[\u0915-\u0939\u0958-\u095F]/.test(ch);
const isVowelSign = (ch: string): boolean => /[\u093E-\u094C\u0962\u0963]/.test(ch);
const isIndependentVowel = (ch: string): boolean => /[\u0904-\u0914\u0960\u0961]/.test(ch);

/** One written syllable unit: a consonant with its vowel state, or an independent vowel. */
interface Unit {
  text: string;
  consonant: boolean;
  /** For consonants: 'inherent' (bare), 'sign' (a matra), 'virama' (in a cluster). */
  vowel: 'inherent' | 'sign' | 'virama' | 'own';
  /** Carries an anusvara, visarga or other mark. */
  marked?: boolean;
}

function units(word: string): Unit[] {
  const out: Unit[] = [];
  for (const ch of word) {
    const last = out[out.length - 1];
    if (isConsonant(ch)) out.push({ text: ch, consonant: true, vowel: 'inherent' });
    else if (isIndependentVowel(ch)) out.push({ text: ch, consonant: false, vowel: 'own' });
    else if (last && last.consonant && last.vowel === 'inherent' && isVowelSign(ch)) { last.text += ch; last.vowel = 'sign'; }
    else if (last && last.consonant && last.vowel === 'inherent' && ch === VIRAMA) { last.text += ch; last.vowel = 'virama'; }
    else if (last) { last.text += ch; if (!/[\uE001-\uE004]/.test(ch)) last.marked = true; } // anusvara, visarga
    else out.push({ text: ch, consonant: false, vowel: 'own' });
  }
  return out;
}

const voiced = (u: Unit | undefined): boolean => !!u && u.vowel !== 'virama';

/** Consonants that end English and other foreign words after a cluster: मार्क, फ़ोर्ड, पोस्ट, वर्ल्ड. */
const LOAN_FINALS = /^(?:[कगजटडठफस]|\u091C\u093C|\u092B\u093C)/;

/**
 * Whether a word-final cluster keeps no inherent vowel: always in a word marked as a loan by
 * ॉ/ॅ (जॉर्ज → George), and before the consonants foreign words end in (मार्क → Mark, वर्ल्ड →
 * World); Sanskrit clusters keep it (शर्म → Sharma, कृष्ण → Krishna, गुप्त → Gupta).
 */
function loanCluster(word: string, finalConsonant: string): boolean {
  return /[\u0949\u0945\u0911\u090D]/.test(word) || LOAN_FINALS.test(finalConsonant);
}

/**
 * Marks silent inherent vowels with a virama (Hindi schwa deletion): word-finally, and in the
 * context V C _ C V scanning right to left (Ohala's rule).
 * @example deleteSchwa('तियानजिन') // 'तियान्जिन्'
 */
export function deleteSchwa(word: string): string {
  const us = units(word);
  if (us.length < 2) return word;
  const last = us[us.length - 1];
  const cluster = us[us.length - 2].vowel === 'virama';
  if (last.consonant && last.vowel === 'inherent' && !last.marked && (!cluster || loanCluster(word, last.text))) { last.text += VIRAMA; last.vowel = 'virama'; }
  for (let i = us.length - 2; i >= 1; i--) {
    const u = us[i];
    if (!u.consonant || u.vowel !== 'inherent' || u.marked) continue;
    const prev = us[i - 1];
    const next = us[i + 1];
    if (voiced(prev) && next.consonant && next.vowel !== 'virama' && voiced(next) && (i + 1 < us.length - 1 || next.vowel === 'sign')) {
      u.text += VIRAMA; u.vowel = 'virama';
    }
  }
  return us.map((u) => u.text).join('');
}

const PRE: [RegExp, string][] = [
  [/ड़|\u095C/g, 'ऱ'], [/ढ़|\u095D/g, 'ऱ\uE004'],
  [/ज़|\u095B/g, 'ज़'], [/फ़|\u095E/g, 'फ़'],
  [/\u0949/g, '\u094B'], [/\u0945/g, '\u0947'], [/\u0911/g, '\u0913'], [/\u090D/g, '\u090F'],
  [/\u0901/g, '\u0902'],
];

const IAST_TO_PLAIN: [RegExp, string][] = [
  [/ṃh$/g, 'ngh'], [/ṃ(?=[pbm])/g, 'm'], [/ṃ/g, 'n'], [/m̐/g, 'n'],
  [/ch/g, '\uE003'], [/c/g, 'ch'], [/\uE003/g, 'chh'], [/ph/g, 'f'], [/[śṣ]/g, 'sh'], [/ṛ/g, 'ri'], [/ṝ/g, 'ri'], [/ḷ/g, 'l'],
  [/[āâ]/g, 'a'], [/ī/g, 'i'], [/ū/g, 'u'], [/[ṭ]/g, 't'], [/[ḍ]/g, 'd'], [/[ṇṅñ]/g, 'n'],
  [/ḥ/g, 'h'], [/ṟ/g, 'r'], [/ē/g, 'e'], [/ō/g, 'o'],
];

/**
 * Devanagari → IAST via sanscript after the Hindi pre-folds (ड़ as r, ॉ as o, ज़/फ़ kept as
 * z/f) and schwa deletion. Latin input passes through unchanged.
 * @example toIast('मॉस्को') // 'mosko'
 */
export function toIast(text: string, schwa = true): string {
  return schwa ? iastWithSchwaDeleted(text) : iastKeepingSchwa(text);
}

/** Past this many texts a memo starts afresh (bounded memory on any input). */
const MEMO_LIMIT = 100_000;
/** toIast and romanize are pure functions of their text, and news repeats its names: remember them. */
const iastWithSchwaDeleted = memoize((text) => computeIast(text, true), MEMO_LIMIT);
const iastKeepingSchwa = memoize((text) => computeIast(text, false), MEMO_LIMIT);
const romanMemo = memoize((text) => computeRoman(text), MEMO_LIMIT);

function computeIast(text: string, schwa: boolean): string {
  let t = text.normalize('NFC').replace(/[\u200B-\u200D\uFEFF]/g, '');
  for (const [re, to] of PRE) t = t.replace(re, to);
  // z and f survive as placeholders (moved past the vowel sign): IAST has no nukta letters.
  t = t.replace(/ज़/g, 'ज\uE001').replace(/फ़/g, 'फ\uE002');
  if (!schwa) t = t.replace(/([\uE001-\uE004])([\u0900-\u0903\u093E-\u094D]+)/g, '$2$1');
  t = foldNukta(t);
  if (schwa) t = t.replace(/[\u0900-\u097F\uE001-\uE004]+/g, (w) => deleteSchwa(w).replace(/([\uE001-\uE004])([\u0900-\u0903\u093E-\u094D]+)/g, '$2$1'));
  let out = Sanscript.t(t, 'devanagari', 'iast');
  const v = '([aāiīuūṛeo]*[ṃḥ]?)';
  out = out.replace(new RegExp(`j${v}\uE001`, 'g'), 'z$1').replace(new RegExp(`ph${v}\uE002`, 'g'), 'f$1')
    .replace(new RegExp(`ṟ${v}\uE004`, 'g'), 'ṟh$1').replace(/[\uE001-\uE004]/g, '');
  return out.replace(/ṟ/g, 'r');
}

/**
 * Readable Latin for a name written in Devanagari: schwa deleted, marks stripped, every word
 * capitalised; Latin words kept as written.
 * @example romanize('हारून अख्तर खान') // 'Harun Akhtar Khan'
 * @example romanize('मॉस्को') // 'Mosko'
 */
export function romanize(text: string): string {
  return romanMemo(text);
}

function computeRoman(text: string): string {
  return text.split(/\s+/).filter(Boolean).map((word) => {
    if (!/[\u0900-\u097F]/.test(word)) return word;
    let w = toIast(word).normalize('NFC');
    for (const [re, to] of IAST_TO_PLAIN) w = w.replace(re, to);
    w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z'.-]/g, '');
    return w.charAt(0).toUpperCase() + w.slice(1);
  }).filter(Boolean).join(' ');
}
