import { createRequire } from 'node:module';
import type { Analysis, ArticleMeta, Entity, Event, EventActor } from '../types.ts';

/** GDELT Event 2.0's 61 columns, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

interface CountryLib {
  alpha2ToAlpha3(c: string): string | undefined;
  getName(c: string, l: string, o?: object): string | undefined;
  registerLocale(l: unknown): void;
}
let lib: CountryLib | null = null;
function countries(): CountryLib {
  if (lib) return lib;
  const require = createRequire(import.meta.url);
  lib = require('i18n-iso-countries') as CountryLib;
  lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return lib;
}

/** Codes khabar may give that ISO 3166-1 no longer lists, with their CAMEO codes and names. */
const HISTORICAL: Record<string, { cameo: string; name: string }> = {
  SU: { cameo: 'USR', name: 'Soviet Union' }, YU: { cameo: 'YUG', name: 'Yugoslavia' }, CS: { cameo: 'CSK', name: 'Czechoslovakia' },
};

/**
 * The CAMEO country code of an ISO 3166-1 alpha-2 code: CAMEO's country codes are the ISO
 * alpha-3 codes (with a few historical ones), so `PK` → `PAK`, `RU` → `RUS`.
 *
 * @example
 * cameoCountry('PK'); // 'PAK'
 */
export function cameoCountry(iso2: string): string {
  return HISTORICAL[iso2]?.cameo ?? countries().alpha2ToAlpha3(iso2) ?? '';
}

function countryName(iso2: string): string {
  return HISTORICAL[iso2]?.name ?? countries().getName(iso2, 'en', { select: 'official' }) ?? iso2;
}

/** GDELT keeps fields free of tabs and line breaks. */
function field(s: string | number | null | undefined): string {
  return s === null || s === undefined ? '' : String(s).replace(/[\t\r\n]+/g, ' ');
}

/** The day an event is dated at: its own date where it is a day, else the article's date. */
function eventDay(e: Event, analysis: Analysis, meta: ArticleMeta): string | null {
  if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date)) return e.date;
  const published = meta.published?.slice(0, 10) ?? null;
  const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : analysis.anchorDate;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const doy = Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000) + 1;
  return (y + doy / 365).toFixed(4);
}

function actorFields(a: EventActor | null, entities: ReadonlyMap<string, Entity>): string[] {
  const empty = Array<string>(10).fill('');
  if (!a) return empty;
  const entity = a.entity ? entities.get(a.entity) : undefined;
  const country = a.country ? cameoCountry(a.country) : '';
  const name = entity?.name ?? (a.country ? countryName(a.country) : '');
  if (!country && !name) return empty;
  // Actor code, name, country code; known group, ethnic, religion and type codes khabar does not assign.
  return [country, name.toUpperCase(), country, '', '', '', '', '', '', ''];
}

/** GDELT geo types: 1 country, 4 world city, 5 world state (a region). */
function geoFields(place: Entity | undefined): string[] {
  if (!place) return Array<string>(8).fill('');
  const country = place.code ?? place.country;
  const type = place.code || place.kind === 'country' ? 1 : place.kind === 'city' ? 4 : place.kind === 'region' ? 5 : '';
  const fullName = place.code ? countryName(place.code) : [place.name, country ? countryName(country) : null].filter(Boolean).join(', ');
  return [field(type), field(fullName), field(country), '', '', '', '', ''];
}

/**
 * One GDELT Event 2.0 row per reported event of an analysis, as tab-separated lines with GDELT's
 * 61 columns in order (GDELT_COLUMNS, docs/gdelt.md) and no header. Columns khabar has no value
 * for are empty: GLOBALEVENTID, the actors' group/ethnic/religion/type codes, AvgTone, the
 * actors' geography, ADM codes, coordinates, feature ids and DATEADDED (the core reads no clock).
 * Actor codes and actor country codes are CAMEO country codes (ISO alpha-3: PAK, RUS);
 * ActionGeo_CountryCode is ISO 3166-1 alpha-2, not GDELT's FIPS 10-4.
 *
 * @example
 * formatGdelt(analyze(text, { anchorDate: '2025-07-11' }), { url: 'https://…' }).split('\n')[0].split('\t').length; // 61
 */
export function formatGdelt(analysis: Analysis, meta: ArticleMeta = {}): string {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const rows = analysis.events.filter((e) => !e.negated).map((e) => {
    const day = eventDay(e, analysis, meta);
    const row = [
      '',
      day ? day.replaceAll('-', '') : '', day ? day.slice(0, 7).replace('-', '') : '', day ? day.slice(0, 4) : '', day ? fractionDate(day) : '',
      ...actorFields(e.source, entities),
      ...actorFields(e.target, entities),
      e.sentence < 3 ? '1' : '0',
      e.code, e.code.slice(0, 3), e.root, String(e.quad), e.goldstein.toFixed(1),
      String(e.evidence.length), '1', '1', '',
      ...Array<string>(16).fill(''),
      ...geoFields(e.place ? entities.get(e.place) : undefined),
      '', field(meta.url ?? null),
    ];
    if (row.length !== GDELT_COLUMNS.length) throw new Error(`GDELT row has ${row.length} columns`);
    return row.map(field).join('\t');
  });
  return rows.length > 0 ? `${rows.join('\n')}\n` : '';
}
