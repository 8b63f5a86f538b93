/**
 * Cities matched by phonetic key (GeoNames has no Hindi names): मॉस्को ~ Moscow, तियानजिन ~
 * Tianjin. Candidates are ranked by population and by the countries the article names, and
 * a minimum score keeps common words and names from becoming villages.
 */
import { phoneticKey } from '../text/phonetic.ts';
import { romanize } from '../text/romanize.ts';
import { gazetteer, type CityRow } from './index.ts';

/** What the article tells about a word that might be a city. */
export interface CityContext {
  /** ISO codes of the countries the article names. */
  countries: ReadonlySet<string>;
  /** A cue next to the word (कराची स्थित, राजधानी मॉस्को, चीन के तियानजिन में). */
  cue: boolean;
  /** The tagger or another stage already says the word is a place. */
  taggedPlace: boolean;
}

/** Scores below this are not cities: a city of a million in a country the article names, or a smaller one with a cue. */
export const MIN_CITY_SCORE = 3.5;

/** log10(population) − 4: the part of a city's score that does not depend on the article. */
function populationScore(city: CityRow): number {
  return Math.log10(Math.max(city.population, 1)) - 4;
}

/**
 * The score of one candidate from its population score `base`: +1.5 when its country is named in the
 * article, +1.5 for a cue, +1.5 when tagged a place, −1.5 for a key under three consonants.
 */
function scoreFrom(base: number, country: string, key: string, ctx: CityContext): number {
  let s = base;
  if (ctx.countries.has(country)) s += 1.5;
  if (ctx.cue) s += 1.5;
  if (ctx.taggedPlace) s += 1.5;
  if (key.length < 3) s -= 1.5;
  return s;
}

function vowelEnd(s: string): boolean {
  return /([aeiouy]|[aeo]w)$/i.test(s.split(',')[0].trim());
}

/** What scoring needs of a city that does not depend on the article: worked out once per bucket of cities sharing a key. */
interface CityFacts { vowelEnd: boolean; base: number; country: string }
const bucketFacts = new WeakMap<readonly CityRow[], CityFacts[]>();

function facts(cities: readonly CityRow[]): CityFacts[] {
  let f = bucketFacts.get(cities);
  if (!f) {
    f = cities.map((city) => ({
      vowelEnd: vowelEnd(city.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
      base: populationScore(city),
      country: city.country,
    }));
    bucketFacts.set(cities, f);
  }
  return f;
}

/**
 * The best city for a word or name written in any script, or null when none scores high enough.
 * @example matchCity('तियानजिन', { countries: new Set(['CN']), cue: false, taggedPlace: false })?.name // 'Tianjin'
 */
export function matchCity(text: string, ctx: CityContext, minScore = MIN_CITY_SCORE): { city: CityRow; score: number } | null {
  const key = phoneticKey(text);
  if (key.length < 2) return null;
  const candidates = gazetteer().citiesByKey.get(key);
  if (!candidates) return null;
  // The consonants agree; the word must also end as the name does (विकास is not Wuxi).
  const end = /[\u0900-\u097F]/.test(text) ? vowelEnd(romanize(text)) : null;
  // Scores from what each candidate fixes once.
  const rows = facts(candidates);
  let best: { city: CityRow; score: number } | null = null;
  for (let i = 0; i < candidates.length; i++) {
    const f = rows[i];
    if (end !== null && f.vowelEnd !== end) continue;
    const score = scoreFrom(f.base, f.country, key, ctx);
    if (!best || score > best.score) best = { city: candidates[i], score };
  }
  return best && best.score >= minScore ? best : null;
}
