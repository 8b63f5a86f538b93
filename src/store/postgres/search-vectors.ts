/**
 * The PostgreSQL search index rows, tokenised by khabar itself: the same words the SQLite
 * FTS5 table holds (folded text split with the Devanagari marks kept inside words, Latin
 * diacritics removed like unicode61's remove_diacritics), written as tsvector literals so
 * PostgreSQL's own parser never splits a Devanagari word at a matra.
 */
import { foldText, romanColumn, words } from '../search-text.ts';

/** tsvector positions stop at 16383 (PostgreSQL's limit). */
const MAX_POS = 16383;
/** Words longer than this are not indexed (tsvector lexemes are capped at 2 KB). */
const MAX_WORD = 200;

/**
 * Index words of a text as the SQLite FTS5 tokenizer makes them.
 *
 * @example
 * indexWords('नज़दीकियाँ Café'); // ['नजदीकियां', 'cafe']
 */
export function indexWords(text: string): string[] {
  return words(foldText(text)).map((w) => (/[\u0300-\u036f]/.test(w.normalize('NFD')) ? w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : w));
}

/** Quotes a lexeme for tsvector/tsquery input. */
export function quoteLexeme(w: string): string {
  return `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Renders lexeme → positions (with weight letters) as a tsvector literal. */
function literal(groups: { words: string[]; start: number; weight: string }[]): string {
  const map = new Map<string, string[]>();
  for (const g of groups) {
    g.words.forEach((w, i) => {
      if (w.length > MAX_WORD) return;
      const pos = Math.min(MAX_POS, g.start + i);
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      if (list.length < 256) list.push(`${pos}${g.weight}`);
    });
  }
  return [...map].map(([w, ps]) => `${quoteLexeme(w)}:${ps.join(',')}`).join(' ');
}

export interface SearchVectors {
  /** Title words (weight A) then body words (weight B), one position apart so no phrase spans them. */
  text: string;
  /** Phonetic keys of title and body words. */
  roman: string;
  /** Total tokens over the three columns (bm25's document length, as FTS5 counts it). */
  length: number;
}

/**
 * The search vectors of an article.
 *
 * @example
 * searchVectors('मॉस्को', 'मंत्री मॉस्को पहुंचे').text; // "'मास्को':1A,4B 'मंत्री':3B 'पहुंचे':5B"
 */
export function searchVectors(title: string, body: string): SearchVectors {
  const t = indexWords(title);
  const b = indexWords(body);
  const r = romanColumn(`${title} ${body}`).split(' ').filter(Boolean);
  return {
    text: literal([{ words: t, start: 1, weight: 'A' }, { words: b, start: t.length + 2, weight: 'B' }]),
    roman: literal([{ words: r, start: 1, weight: '' }]),
    length: t.length + b.length + r.length,
  };
}
