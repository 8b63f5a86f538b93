/**
 * The gazetteer lookups the mentions and entities stages use, built once from the validated
 * files in data/gazetteers/.
 */
import { matchKey } from '../text/normalize.ts';
import { phoneticKey } from '../text/phonetic.ts';
import {
  loadCities, loadCommonWords, loadCountries, loadDemonyms, loadLexicon, loadOrganizations, loadRegions, loadRoles,
  type CityRow, type GazetteerEntry, type Lexicon,
} from './load.ts';
import { phraseKey } from './tokens.ts';

export type { CityRow, GazetteerEntry, Lexicon } from './load.ts';
export { phraseKey, words, type Word } from './tokens.ts';

/** Everything the stages look up, keyed by `matchKey`/`phraseKey`. */
export interface Gazetteer {
  /** Phrase key → entries (countries, regions, organisations, cities with Hindi names). */
  phrases: Map<string, GazetteerEntry[]>;
  /** Longest phrase in words. */
  maxWords: number;
  /** Entry by id. */
  byId: Map<string, GazetteerEntry>;
  /** Word key of a demonym (and its -ियों form) → country code. */
  demonyms: Map<string, string>;
  /** Phonetic key → cities (most populous first). */
  citiesByKey: Map<string, CityRow[]>;
  /** Role phrase key → true; heads also by phonetic key (key → the one-word heads with it). */
  roleHeads: Set<string>;
  roleHeadKeys: Map<string, string[]>;
  roleModifiers: Set<string>;
  roleModifierKeys: Map<string, string[]>;
  /** `ऑफ़`: an organisation name goes on after its head (डिपार्टमेंट ऑफ़ …). */
  ofWords: Set<string>;
  /** Words that describe a body without naming it (चरमपंथी संगठन). */
  descriptiveWords: Set<string>;
  honorifics: Set<string>;
  functionWords: Set<string>;
  commonWords: Set<string>;
  orgHeads: Set<string>;
  stateOrgHeads: Set<string>;
  lexicon: Lexicon;
}

let cached: Gazetteer | null = null;

function cityEntry(c: CityRow): GazetteerEntry {
  return { id: `city:${c.id}`, type: 'LOCATION', kind: 'city', name: c.name, code: null, country: c.country, names: c.hi, population: c.population };
}

/**
 * The gazetteer entry for a city row.
 * @example cityToEntry(row).kind // 'city'
 */
export function cityToEntry(c: CityRow): GazetteerEntry {
  return cityEntry(c);
}

const COMPASS: [string, string][] = [['दक्षिण', 'दक्षिणी'], ['उत्तर', 'उत्तरी'], ['पूर्व', 'पूर्वी'], ['पश्चिम', 'पश्चिमी']];

/**
 * Names with their other compass form: a name that starts with दक्षिण/उत्तर/पूर्व/पश्चिम is
 * also written with the adjective (दक्षिणी सूडान, उत्तरी कोरिया), and the other way round, so
 * the longer name always wins over the country inside it.
 * @example compassVariants(['दक्षिण सूडान']) // ['दक्षिण सूडान', 'दक्षिणी सूडान']
 */
export function compassVariants(names: readonly string[]): string[] {
  const out = [...names];
  for (const n of names) {
    for (const [noun, adj] of COMPASS) {
      if (n.startsWith(noun + ' ')) out.push(adj + n.slice(noun.length));
      else if (n.startsWith(adj + ' ')) out.push(noun + n.slice(adj.length));
    }
  }
  return [...new Set(out)];
}

/** One-word names by phonetic key (keys of three letters or more). */
function byPhoneticKey(names: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of names) {
    if (n.includes(' ')) continue;
    const k = phoneticKey(n);
    if (k.length >= 3) out.set(k, [...(out.get(k) ?? []), matchKey(n)]);
  }
  return out;
}

function build(): Gazetteer {
  const phrases = new Map<string, GazetteerEntry[]>();
  const byId = new Map<string, GazetteerEntry>();
  let maxWords = 1;
  const add = (e: GazetteerEntry): void => {
    byId.set(e.id, e);
    for (const n of compassVariants(e.names)) {
      const k = phraseKey(n);
      if (!k) continue;
      maxWords = Math.max(maxWords, k.split(' ').length);
      const list = phrases.get(k) ?? [];
      if (!list.some((x) => x.id === e.id)) list.push(e);
      phrases.set(k, list);
    }
  };
  // Order matters for ties: countries before regions before organisations before cities.
  for (const e of loadCountries()) add(e);
  for (const e of loadRegions()) add(e);
  for (const e of loadOrganizations()) add(e);
  const citiesByKey = new Map<string, CityRow[]>();
  for (const c of loadCities()) {
    if (c.hi.length) add(cityEntry(c));
    for (const k of c.keys) {
      const list = citiesByKey.get(k) ?? [];
      list.push(c);
      citiesByKey.set(k, list);
    }
  }
  const demonyms = new Map<string, string>();
  for (const d of loadDemonyms()) {
    for (const n of [...d.hi, ...d.en]) {
      const k = matchKey(n);
      demonyms.set(k, d.country);
      if (k.endsWith('ी')) demonyms.set(`${k.slice(0, -1)}ियों`, d.country);
    }
  }
  const roles = loadRoles();
  const lexicon = loadLexicon();
  const keys = (xs: string[]): Set<string> => new Set(xs.map(phraseKey));
  return {
    phrases, maxWords, byId, demonyms, citiesByKey,
    roleHeads: keys(roles.heads),
    roleHeadKeys: byPhoneticKey(roles.heads),
    roleModifiers: keys(roles.modifiers),
    roleModifierKeys: byPhoneticKey(roles.modifiers),
    ofWords: keys(lexicon.ofWords),
    descriptiveWords: keys(lexicon.descriptiveWords),
    honorifics: keys(roles.honorifics),
    functionWords: keys(lexicon.functionWords),
    commonWords: loadCommonWords(),
    orgHeads: keys(lexicon.orgHeads),
    stateOrgHeads: keys(lexicon.stateOrgHeads),
    lexicon,
  };
}

/**
 * The gazetteer, loaded and validated on first use.
 * @example gazetteer().phrases.get('रूस')?.[0].code // 'RU'
 */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}
