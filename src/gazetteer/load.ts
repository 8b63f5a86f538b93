/**
 * Reads and validates the gazetteer files in data/gazetteers/ (once, lazily). See
 * data/gazetteers/SOURCE.md for where each file comes from.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../analysis/types.ts';
import {
  assertUniqueIds, gazetteerError, requireCountryCode, requireNames, requireString,
} from './validate.ts';

const DIR = new URL('../../data/gazetteers/', import.meta.url);

/** One named thing a gazetteer knows: a country, region, city or organisation. */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  /** `country`, `city`, `region`, `state`, `continent`, … for places; null for organisations. */
  kind: string | null;
  /** English name. */
  name: string;
  /** ISO 3166-1 alpha-2 where the entry is a country. */
  code: string | null;
  /** Where a place lies, or the state an organisation belongs to. */
  country: string | null;
  /** Every spelling (Hindi, English, acronyms). */
  names: string[];
  /** For cities: population, used to rank. */
  population?: number;
  /** For organisations: Latin acronyms. */
  acronyms?: string[];
  /**
   * For a body every state has (चुनाव आयोग, सुप्రीम कोर्ट): the Hindi forms that do not say
   * whose it is, and the English name without the country (`Election Commission`).
   */
  generic?: { name: string; hi: string[] };
}

/** A city row of cities.tsv. */
export interface CityRow {
  id: string;
  name: string;
  country: string;
  population: number;
  feature: string;
  keys: string[];
  hi: string[];
}

/** The role lexicon. */
export interface RoleLexicon { heads: string[]; modifiers: string[]; honorifics: string[] }

/** Closed-class and cue words. */
export interface Lexicon {
  functionWords: string[];
  orgHeads: string[];
  stateOrgHeads: string[];
  locationCues: { after: string[]; before: string[] };
  affiliationMarkers: string[][];
  ofWords: string[];
  /** Words that describe a body without naming it (चरमपंथी, दक्षिणपंथी, विपक्षी). */
  descriptiveWords: string[];
  /** Inflectional endings no name has (plural oblique `-ों`, verb `-ीं`, …): a word ending so is not a name word (nor a city by its sound). */
  notNameEndings: string[];
}

/** A demonym and the country it points to. */
export interface Demonym { country: string; hi: string[]; en: string[] }

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
  } catch (e) {
    throw gazetteerError(file, `cannot read: ${(e as Error).message}`);
  }
}

function list(file: string, json: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const v = json[key];
  if (!Array.isArray(v)) throw gazetteerError(file, `missing list ${key}`);
  return v as Record<string, unknown>[];
}

/**
 * Countries (countries.json): one entry a code, kind `country`.
 * @example loadCountries().find((c) => c.code === 'PK')?.name // 'Pakistan'
 */
export function loadCountries(file = 'countries.json'): GazetteerEntry[] {
  const rows = list(file, readJson(file), 'countries').map((r, i) => {
    const code = requireCountryCode(file, r.id, `row ${i}`, false) as string;
    const name = requireString(file, 'name', r.name, code);
    const hi = requireNames(file, 'hi', r.hi, code);
    const en = requireNames(file, 'en', r.en, code);
    if (hi.length + en.length === 0) throw gazetteerError(file, `${code}: no name`);
    return { id: `country:${code}`, type: 'LOCATION' as const, kind: 'country', name, code, country: code, names: [...hi, ...en] };
  });
  assertUniqueIds(file, rows.map((r) => r.id));
  return rows;
}

/**
 * Regions, continents, states and territories (regions.json).
 * @example loadRegions().find((r) => r.id === 'region:central-asia')?.kind // 'region'
 */
export function loadRegions(file = 'regions.json'): GazetteerEntry[] {
  const rows = list(file, readJson(file), 'regions').map((r, i) => {
    const id = requireString(file, 'id', r.id, `row ${i}`);
    return {
      id, type: 'LOCATION' as const, kind: requireString(file, 'kind', r.kind, id), name: requireString(file, 'name', r.name, id),
      code: null, country: requireCountryCode(file, r.country, id, true),
      names: [...requireNames(file, 'hi', r.hi, id), ...requireNames(file, 'en', r.en, id)],
    };
  });
  assertUniqueIds(file, rows.map((r) => r.id));
  return rows;
}

/**
 * Organisations (organizations.json) with Hindi names and acronyms.
 * @example loadOrganizations().find((o) => o.id === 'org:sco')?.acronyms // ['SCO']
 */
export function loadOrganizations(file = 'organizations.json'): GazetteerEntry[] {
  const rows = list(file, readJson(file), 'organizations').map((r, i) => {
    const id = requireString(file, 'id', r.id, `row ${i}`);
    const acronyms = requireNames(file, 'acronyms', r.acronyms, id);
    const g = r.generic as Record<string, unknown> | undefined;
    const generic = g === undefined ? undefined : { name: requireString(file, 'generic.name', g.name, id), hi: requireNames(file, 'generic.hi', g.hi, id) };
    const hi = requireNames(file, 'hi', r.hi, id);
    if (generic && !generic.hi.every((n) => hi.includes(n))) throw gazetteerError(file, `${id}: generic forms must be among its Hindi names`);
    return {
      id, type: 'ORGANIZATION' as const, kind: null, name: requireString(file, 'name', r.name, id), code: null,
      country: requireCountryCode(file, r.country, id, true), acronyms,
      names: [...hi, ...requireNames(file, 'en', r.en, id), ...acronyms],
      ...(generic ? { generic } : {}),
    };
  });
  assertUniqueIds(file, rows.map((r) => r.id));
  return rows;
}

/**
 * Demonyms (demonyms.json): affiliations, never entities.
 * @example loadDemonyms().find((d) => d.hi.includes('पाकिस्तानी'))?.country // 'PK'
 */
export function loadDemonyms(file = 'demonyms.json'): Demonym[] {
  const rows = list(file, readJson(file), 'demonyms').map((r, i) => ({
    country: requireCountryCode(file, r.country, `row ${i}`, false) as string,
    hi: requireNames(file, 'hi', r.hi, `row ${i}`),
    en: requireNames(file, 'en', r.en, `row ${i}`),
  }));
  assertUniqueIds(file, rows.map((r) => r.country));
  return rows;
}

/**
 * Cities (cities.tsv), most populous first.
 * @example loadCities().find((c) => c.name === 'Karachi')?.country // 'PK'
 */
export function loadCities(file = 'cities.tsv'): CityRow[] {
  let text: string;
  try { text = readFileSync(new URL(file, DIR), 'utf8'); } catch (e) { throw gazetteerError(file, `cannot read: ${(e as Error).message}`); }
  const lines = text.split('\n').filter(Boolean);
  if (lines[0] !== 'id\tname\tcountry\tpopulation\tfeature\tkeys\thi') throw gazetteerError(file, 'unexpected header');
  const rows = lines.slice(1).map((line, i) => {
    const [id, name, country, population, feature, keys, hi] = line.split('\t');
    const where = `line ${i + 2}`;
    requireString(file, 'id', id, where);
    requireString(file, 'name', name, where);
    requireCountryCode(file, country, where, false);
    const pop = Number(population);
    if (!Number.isFinite(pop)) throw gazetteerError(file, `${where}: bad population`);
    const hiNames = hi ? hi.split('|') : [];
    requireNames(file, 'hi', hiNames, where);
    return { id, name, country, population: pop, feature, keys: keys ? keys.split('|') : [], hi: hiNames };
  });
  assertUniqueIds(file, rows.map((r) => r.id));
  return rows;
}

/**
 * The role lexicon (roles.json).
 * @example loadRoles().heads.includes('राजदूत') // true
 */
export function loadRoles(file = 'roles.json'): RoleLexicon {
  const json = readJson(file);
  const out = {
    heads: requireNames(file, 'heads', json.heads, 'roles'),
    modifiers: requireNames(file, 'modifiers', json.modifiers, 'roles'),
    honorifics: requireNames(file, 'honorifics', json.honorifics, 'roles'),
  };
  for (const k of ['heads', 'modifiers', 'honorifics'] as const) assertUniqueIds(file, out[k]);
  return out;
}

/**
 * Function words, organisation heads and cue words (lexicon.json).
 * @example loadLexicon().functionWords.includes('ने') // true
 */
export function loadLexicon(file = 'lexicon.json'): Lexicon {
  const json = readJson(file);
  const cues = json.locationCues as Record<string, unknown> | undefined;
  const markers = json.affiliationMarkers;
  if (!cues || !Array.isArray(markers)) throw gazetteerError(file, 'missing locationCues or affiliationMarkers');
  const out: Lexicon = {
    functionWords: requireNames(file, 'functionWords', json.functionWords, 'lexicon'),
    orgHeads: requireNames(file, 'orgHeads', json.orgHeads, 'lexicon'),
    stateOrgHeads: requireNames(file, 'stateOrgHeads', json.stateOrgHeads, 'lexicon'),
    locationCues: { after: requireNames(file, 'after', cues.after, 'locationCues'), before: requireNames(file, 'before', cues.before, 'locationCues') },
    affiliationMarkers: markers.map((m, i) => requireNames(file, 'affiliationMarkers', m, `marker ${i}`)),
    ofWords: requireNames(file, 'ofWords', json.ofWords, 'lexicon'),
    descriptiveWords: json.descriptiveWords === undefined ? [] : requireNames(file, 'descriptiveWords', json.descriptiveWords, 'lexicon'),
    notNameEndings: json.notNameEndings === undefined ? [] : requireNames(file, 'notNameEndings', json.notNameEndings, 'lexicon'),
  };
  for (const k of ['functionWords', 'orgHeads', 'stateOrgHeads'] as const) assertUniqueIds(file, out[k]);
  return out;
}

/**
 * Common words (common-words.txt): one a line, `#` comments; empty when the file is absent.
 * @example loadCommonWords().has('के') // true
 */
export function loadCommonWords(file = 'common-words.txt'): Set<string> {
  let text = '';
  try { text = readFileSync(new URL(file, DIR), 'utf8'); } catch { return new Set(); }
  const words = text.split('\n').filter((l) => l && !l.startsWith('#'));
  for (const w of words) if (w !== w.normalize('NFC')) throw gazetteerError(file, `not NFC: ${w}`);
  return new Set(words);
}
