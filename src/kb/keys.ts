/** Cross-article identity of entities and the names of countries. */
import { createRequire } from 'node:module';
import type { EntityType } from '../analysis/types.ts';

/**
 * The key that names one entity across articles: `country:IN` for a country, otherwise
 * `<type>:<lower-case Latin name>`.
 *
 * @example
 * entityKey('LOCATION', 'country', 'India', 'IN'); // 'country:IN'
 * entityKey('PERSON', null, 'Vadim Velichko', null); // 'person:vadim velichko'
 */
export function entityKey(type: EntityType | string, kind: string | null, name: string, code: string | null): string {
  if (code && (kind === 'country' || type === 'LOCATION')) return `country:${code}`;
  return `${type.toLowerCase()}:${name.toLowerCase()}`;
}

/** The parts of an entity key, or null when it is not one. */
export interface ParsedKey {
  code: string | null;
  type: EntityType;
  nameLc: string | null;
}

const TYPES: Record<string, EntityType> = { person: 'PERSON', organization: 'ORGANIZATION', location: 'LOCATION' };

/**
 * Reads an entity key back.
 *
 * @example
 * parseEntityKey('country:PK'); // { code: 'PK', type: 'LOCATION', nameLc: null }
 * parseEntityKey('person:saif anjum'); // { code: null, type: 'PERSON', nameLc: 'saif anjum' }
 */
export function parseEntityKey(key: string): ParsedKey | null {
  const i = key.indexOf(':');
  if (i < 0) return null;
  const head = key.slice(0, i);
  const rest = key.slice(i + 1);
  if (!rest) return null;
  if (head === 'country') return /^[A-Z]{2}$/.test(rest) ? { code: rest, type: 'LOCATION', nameLc: null } : null;
  const type = TYPES[head];
  return type ? { code: null, type, nameLc: rest } : null;
}

let names: ((code: string) => string | undefined) | null = null;

/**
 * English name of a country code (ISO 3166-1 alpha-2), falling back to the code itself.
 *
 * @example
 * countryName('RU'); // 'Russia'
 */
export function countryName(code: string): string {
  if (!names) {
    const require = createRequire(import.meta.url);
    const lib = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getName(c: string, l: string, o?: object): string | undefined };
    lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
    names = (c) => lib.getName(c, 'en', { select: 'alias' });
  }
  return EXTRA_NAMES[code] ?? names(code) ?? code;
}

/** Historical codes the analyser may give that ISO 3166-1 no longer lists. */
const EXTRA_NAMES: Record<string, string> = { SU: 'Soviet Union', YU: 'Yugoslavia', CS: 'Czechoslovakia' };

/**
 * Whether a string is a country code as the API takes it (two capital letters).
 *
 * @example
 * isCountryCode('IN'); // true
 */
export function isCountryCode(s: string): boolean {
  return /^[A-Z]{2}$/.test(s);
}
