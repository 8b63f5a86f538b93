/**
 * Checks run on every gazetteer file when it is loaded: required fields, no duplicate ids,
 * every Hindi name in NFC. A bad file stops the load with a message naming file and row.
 */

import { KhabarError } from '../errors.ts';

/**
 * The error for a gazetteer file that failed validation: `KHABAR_ERR_BAD_DATA` from the
 * error catalogue, naming the file and the row.
 * @example throw gazetteerError('countries.json', 'row 3: missing name');
 */
export function gazetteerError(file: string, message: string): KhabarError {
  return new KhabarError('KHABAR_ERR_BAD_DATA', `gazetteer ${file}: ${message}`);
}

/**
 * Throws unless `value` is a non-empty string.
 * @example requireString('x.json', 'name', 'Pakistan', 'PK') // ok
 */
export function requireString(file: string, field: string, value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw gazetteerError(file, `${where}: missing ${field}`);
  return value;
}

/**
 * Throws unless `value` is an array of NFC strings (Hindi names must be NFC so lookups meet).
 * @example requireNames('x.json', 'hi', ['रूस'], 'RU') // ['रूस']
 */
export function requireNames(file: string, field: string, value: unknown, where: string): string[] {
  if (!Array.isArray(value)) throw gazetteerError(file, `${where}: ${field} must be a list`);
  for (const v of value) {
    if (typeof v !== 'string' || v.trim() === '') throw gazetteerError(file, `${where}: empty name in ${field}`);
    if (v !== v.normalize('NFC')) throw gazetteerError(file, `${where}: name not NFC: ${v}`);
  }
  return value as string[];
}

/**
 * Throws when an id occurs twice.
 * @example assertUniqueIds('x.json', ['a', 'b']) // ok
 */
export function assertUniqueIds(file: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw gazetteerError(file, `duplicate id ${id}`);
    seen.add(id);
  }
}

/**
 * Throws unless the code is an ISO 3166-1 alpha-2 shape (or null where allowed).
 * @example requireCountryCode('x.json', 'PK', 'row 1', false) // 'PK'
 */
export function requireCountryCode(file: string, value: unknown, where: string, nullable: boolean): string | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) throw gazetteerError(file, `${where}: bad country code ${String(value)}`);
  return value;
}
