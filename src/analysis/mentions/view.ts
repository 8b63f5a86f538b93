/**
 * The article as the mentions and entities stages read it: clauses (sentences cut at । ? ! and
 * a full stop before white space) with their words. Built from `doc.sentences`, or from the
 * whole body when the segmenter gave none; independent of `doc.tokens` so that gazetteer
 * names and text always split the same way.
 */
import type { Doc } from '../doc.ts';
import { words, type Word } from '../../gazetteer/index.ts';

/** A clause of the body with its words; `sentence` is the index in `doc.sentences`. */
export interface Clause {
  start: number;
  end: number;
  sentence: number;
  words: Word[];
}

const CUT = /[।?!\n]|(?<!डॉ|प्रो|स्व|डा|मो)\.(?=\s|$)|[“”"]/g;

let last: { body: string; sentences: readonly { start: number; end: number }[]; clauses: Clause[] } | null = null;

/**
 * The clauses of a document (cached for the last body seen, since both stages need them).
 * @example clauses({ body: 'रूस ने कहा. चीन ने भी.', sentences: [] }).length // 2
 */
export function clauses(doc: Pick<Readonly<Doc>, 'body' | 'sentences'>): Clause[] {
  if (last && last.body === doc.body && last.sentences === doc.sentences) return last.clauses;
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.body.length }];
  const out: Clause[] = [];
  sentences.forEach((s, sentence) => {
    let from = s.start;
    const text = doc.body.slice(s.start, s.end);
    const re = new RegExp(CUT.source, 'g');
    const cuts = [...text.matchAll(re)].map((m) => s.start + (m.index ?? 0));
    for (const cut of [...cuts, s.end]) {
      const ws = words(doc.body, from, cut);
      if (ws.length) out.push({ start: from, end: cut, sentence, words: ws });
      from = cut + 1;
    }
  });
  last = { body: doc.body, sentences: doc.sentences, clauses: out };
  return out;
}

/**
 * True when only white space separates two offsets of the body.
 * @example onlySpace('a b', 1, 2) // true
 */
export function onlySpace(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    // A plain space is the common case; anything else goes by the same class as before.
    if (c !== 0x20 && !SPACE.test(body[i])) return false;
  }
  return true;
}

const SPACE = /^[\s\u200B-\u200D]$/;

/**
 * True when the word is written in Latin capitals (an acronym such as PSM, SCO, LLC).
 * @example isLatinAcronym('PSM') // true
 */
export function isLatinAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9&-]{1,9}$/.test(text);
}
