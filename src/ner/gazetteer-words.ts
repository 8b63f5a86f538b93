/**
 * The tagger's gazetteer-membership classes (data/ner/gazetteer-words.json, built by
 * src/ner/build-gazetteer-words.ts): word classes from the gazetteers and name lists, and the
 * phonetic keys of large cities, loaded lazily once and validated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';
import { phoneticKey } from '../text/phonetic.ts';
import { parseLexicon, type WordClasses } from './lexicon.ts';
import type { NameLists } from './names.ts';

/** Path of the gazetteer word-class file. */
export const GAZETTEER_WORDS_PATH = fileURLToPath(new URL('../../data/ner/gazetteer-words.json', import.meta.url));

/** The parsed file: gazetteer classes, name-list classes (`n_…`) and city keys. */
export interface GazetteerWords {
  gazetteer: WordClasses;
  names: WordClasses;
  cityKeys: ReadonlySet<string>;
}

let cached: GazetteerWords | null = null;

/**
 * Parses and validates the document (`{ classes: { name: [word…] }, cityKeys: [key…] }`).
 * @example parseGazetteerWords({ classes: { g_country: ['रूस'] }, cityKeys: ['mskw'] }, 'x').gazetteer.get('रूस') // ['g_country']
 */
export function parseGazetteerWords(doc: unknown, source: string): GazetteerWords {
  const d = doc as { classes?: Record<string, unknown>; cityKeys?: unknown };
  if (typeof d !== 'object' || d === null || typeof d.classes !== 'object' || d.classes === null) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: no "classes" object`);
  if (!Array.isArray(d.cityKeys) || !d.cityKeys.every((k) => typeof k === 'string' && /^[a-z]+$/.test(k))) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: cityKeys must be a list of lowercase Latin keys`);
  const pick = (names: boolean): Record<string, unknown> => Object.fromEntries(Object.entries(d.classes!).filter(([k]) => k.startsWith('n_') === names));
  for (const k of Object.keys(d.classes)) if (!/^[gn]_/.test(k)) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: class "${k}" must start with g_ or n_`);
  return { gazetteer: parseLexicon({ classes: pick(false) }, source), names: parseLexicon({ classes: pick(true) }, source), cityKeys: new Set(d.cityKeys as string[]) };
}

/**
 * The committed gazetteer word classes (empty when the file is absent, e.g. while building it).
 * @example gazetteerWords().gazetteer.get('पाकिस्तान') // ['g_country']
 */
export function gazetteerWords(): GazetteerWords {
  if (!cached) {
    if (!existsSync(GAZETTEER_WORDS_PATH)) cached = { gazetteer: new Map(), names: new Map(), cityKeys: new Set() };
    else {
      let doc: unknown;
      try {
        doc = JSON.parse(readFileSync(GAZETTEER_WORDS_PATH, 'utf8'));
      } catch (err) {
        throw new KhabarError('KHABAR_ERR_BAD_DATA', `${GAZETTEER_WORDS_PATH}: ${(err as Error).message}`, { cause: err });
      }
      cached = parseGazetteerWords(doc, GAZETTEER_WORDS_PATH);
    }
  }
  return cached;
}

/**
 * Several class maps as one (each word's classes in map order, no repeats).
 * @example mergeClasses([new Map([['रूस', ['a']]]), new Map([['रूस', ['b']]])]).get('रूस') // ['a', 'b']
 */
export function mergeClasses(maps: readonly WordClasses[]): WordClasses {
  const out = new Map<string, string[]>();
  for (const m of maps) {
    for (const [w, cs] of m) {
      const list = out.get(w) ?? [];
      for (const c of cs) if (!list.includes(c)) list.push(c);
      out.set(w, list);
    }
  }
  return out;
}

/**
 * Name lists (see names.ts) as a class map.
 * @example namesAsClasses(new Map([['n_org', new Set(['नाटो'])]])).get('नाटो') // ['n_org']
 */
export function namesAsClasses(lists: NameLists): WordClasses {
  const out = new Map<string, string[]>();
  for (const cls of [...lists.keys()].sort()) for (const w of lists.get(cls)!) out.set(w, [...(out.get(w) ?? []), cls]);
  return out;
}

const keyMemo = new Map<string, boolean>();

/**
 * True when a normalised Devanagari word sounds like a large city (phonetic key in `cityKeys`).
 * @example soundsLikeCity('मॉस्को') // true
 */
export function soundsLikeCity(norm: string): boolean {
  let hit = keyMemo.get(norm);
  if (hit === undefined) {
    const keys = gazetteerWords().cityKeys;
    hit = keys.size > 0 && /^[\u0900-\u097F]{3,}$/.test(norm) && keys.has(phoneticKey(norm));
    if (keyMemo.size > 500_000) keyMemo.clear();
    keyMemo.set(norm, hit);
  }
  return hit;
}
