/**
 * Training-data conventions and augmentation applied to IL-NER before training.
 *
 * - Bracketed acronyms are mentions of their own: IL-NER sometimes tags `X ( Y )` as one span;
 *   khabar wants `X` and `Y` apart (the entities stage links an acronym to its expansion).
 * - Latin acronyms (PSM, SCO) are rare in IL-NER but common in Hindi news: every sentence with
 *   a Devanagari acronym (सीआईआई, एनसीएलटी) is also given with the acronym in Latin letters.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';
import type { Label } from './labels.ts';
import type { TaggedSentence } from './ilner.ts';

const LETTERS_PATH = fileURLToPath(new URL('../../data/ner/acronym-letters.json', import.meta.url));

let letters: [string, string][] | null = null;

function letterNames(): [string, string][] {
  if (!letters) {
    const doc = JSON.parse(readFileSync(LETTERS_PATH, 'utf8')) as { letters?: Record<string, string> };
    if (!doc.letters || typeof doc.letters !== 'object') throw new KhabarError('KHABAR_ERR_BAD_DATA', `${LETTERS_PATH}: no "letters" object`);
    const entries = Object.entries(doc.letters).map(([hi, latin]) => [hi.normalize('NFC'), latin] as [string, string]);
    if (entries.some(([hi, latin]) => !hi || !/^[A-Z]$/.test(latin))) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${LETTERS_PATH}: every letter maps to one of A–Z`);
    letters = entries.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1)); // longest match first
  }
  return letters;
}

/**
 * The Latin acronym a Devanagari word spells letter by letter (at least `minLetters` letters),
 * or null. Matching is greedy, longest letter name first, and must cover the whole word.
 * @example latinAcronym('सीआईआई') // 'CII'
 * @example latinAcronym('भारत') // null
 */
export function latinAcronym(word: string, minLetters = 2): string | null {
  const w = word.normalize('NFC');
  let out = '';
  let i = 0;
  while (i < w.length) {
    const hit = letterNames().find(([hi]) => w.startsWith(hi, i));
    if (!hit) return null;
    out += hit[1];
    i += hit[0].length;
  }
  return out.length >= minLetters ? out : null;
}

/**
 * Splits spans of the form `X ( Y )` into `X` and `Y`: brackets inside a span become `O` and
 * the word after an opening bracket starts a new span of the same type.
 * @example splitBracketedSpans(['क', '(', 'ख', ')'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']) // ['B-ORG', 'O', 'B-ORG', 'O']
 */
export function splitBracketedSpans(words: readonly string[], tags: readonly Label[]): Label[] {
  const out = [...tags];
  for (let i = 0; i < words.length; i++) {
    if (out[i] === 'O' || !/^[()[\]]$/.test(words[i])) continue;
    const type = out[i].slice(2);
    out[i] = 'O';
    if (i + 1 < words.length && out[i + 1] === `I-${type}`) out[i + 1] = `B-${type}` as Label;
  }
  return out;
}

/**
 * The training sentences with bracketed spans split, followed by a Latin-acronym copy of each
 * sentence that has a Devanagari acronym (same tags).
 * @example augment([{ words: ['सीआईआई', 'ने'], tags: ['B-ORG', 'O'], malformed: false }]).length // 2
 */
export function augment(sentences: readonly TaggedSentence[]): TaggedSentence[] {
  return augmentWithOrigin(sentences).map((x) => x.sentence);
}

/**
 * `augment` with, for every output sentence, the index of the input sentence it came from (so a
 * Latin-acronym copy stays in its original's training fold).
 * @example augmentWithOrigin([{ words: ['सीआईआई', 'ने'], tags: ['B-ORG', 'O'], malformed: false }]).map((x) => x.origin) // [0, 0]
 */
export function augmentWithOrigin(sentences: readonly TaggedSentence[]): { sentence: TaggedSentence; origin: number }[] {
  const split = sentences.map((s) => ({ ...s, tags: splitBracketedSpans(s.words, s.tags) }));
  const copies: { sentence: TaggedSentence; origin: number }[] = [];
  split.forEach((s, origin) => {
    const latin = s.words.map((w) => (w.length >= 3 ? latinAcronym(w) : null));
    if (latin.some((x) => x !== null)) copies.push({ sentence: { ...s, words: s.words.map((w, i) => latin[i] ?? w) }, origin });
  });
  return [...split.map((sentence, origin) => ({ sentence, origin })), ...copies];
}
