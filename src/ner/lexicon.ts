/**
 * The word classes the feature extractor marks (titles, postpositions, organisation and place
 * words, …), read once from data/ner/lexicon.json and validated.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';
import { gazetteerWords, mergeClasses, namesAsClasses } from './gazetteer-words.ts';
import type { NameLists } from './names.ts';
import { normaliseWord } from './normalise.ts';
import { tagProfileClasses } from './profile.ts';

/** Path of the word-class file. */
export const LEXICON_PATH = fileURLToPath(new URL('../../data/ner/lexicon.json', import.meta.url));

/** Normalised word → the sorted names of the classes it belongs to. */
export type WordClasses = ReadonlyMap<string, readonly string[]>;

let cached: WordClasses | null = null;

/**
 * Parses and validates a lexicon document: `{ classes: { name: [word, …] } }`, class names
 * lowercase ASCII, words non-empty strings without spaces, no word twice in one class.
 * @example parseLexicon({ classes: { title: ['मंत्री'] } }, 'x.json').get('मंत्री') // ['title']
 */
export function parseLexicon(doc: unknown, source: string): WordClasses {
  const bad = (why: string) => new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: ${why}`);
  if (typeof doc !== 'object' || doc === null || typeof (doc as { classes?: unknown }).classes !== 'object') throw bad('no "classes" object');
  const classes = (doc as { classes: Record<string, unknown> }).classes;
  const map = new Map<string, string[]>();
  for (const name of Object.keys(classes).sort()) {
    if (!/^[a-z_]+$/.test(name)) throw bad(`class name "${name}" is not lowercase ASCII`);
    const words = classes[name];
    if (!Array.isArray(words)) throw bad(`class "${name}" is not a list`);
    const seen = new Set<string>();
    for (const w of words) {
      if (typeof w !== 'string' || w === '' || /\s/.test(w)) throw bad(`class "${name}" has a bad word ${JSON.stringify(w)}`);
      const norm = normaliseWord(w);
      if (seen.has(norm)) throw bad(`class "${name}" lists "${w}" twice`);
      seen.add(norm);
      const list = map.get(norm) ?? [];
      list.push(name);
      map.set(norm, list);
    }
  }
  return map;
}

let merged: WordClasses | null = null;

/**
 * Every word class the features mark: the hand-written lexicon, the gazetteer classes and the
 * name lists of data/ner/gazetteer-words.json, and the corpus tag profile
 * (data/ner/tag-profile.tsv), loaded once.
 * @example wordClasses().get('ने') // ['postposition']
 * @example wordClasses().get('पाकिस्तान')?.includes('g_country') // true
 */
export function wordClasses(): WordClasses {
  merged ??= classesWithProfile(tagProfileClasses());
  return merged;
}

/** The committed lexicon, gazetteer and name-list classes with the given tag-profile classes. */
function classesWithProfile(profile: WordClasses): WordClasses {
  return mergeClasses([lexiconClasses(), gazetteerWords().gazetteer, gazetteerWords().names, profile]);
}

/**
 * The classes of a training fold: lexicon and gazetteer classes with the given name lists and
 * tag-profile classes instead of the committed ones (see names.ts, profile.ts).
 * @example classesWithNames(new Map()).get('ने') // ['postposition']
 */
export function classesWithNames(lists: NameLists, profile: WordClasses = new Map()): WordClasses {
  return mergeClasses([lexiconClasses(), gazetteerWords().gazetteer, namesAsClasses(lists), profile]);
}

/**
 * The word classes from data/ner/lexicon.json alone, loaded once.
 * @example lexiconClasses().get('ने') // ['postposition']
 */
export function lexiconClasses(): WordClasses {
  if (!cached) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(LEXICON_PATH, 'utf8'));
    } catch (err) {
      throw new KhabarError('KHABAR_ERR_BAD_DATA', `${LEXICON_PATH}: ${(err as Error).message}`, { cause: err });
    }
    cached = parseLexicon(doc, LEXICON_PATH);
  }
  return cached;
}
