/**
 * The gold article format of ../shared/gold (FORMAT.md): types, and a loader that checks each
 * file's shape so that a broken gold file is reported as such instead of scoring nonsense.
 */

import { readFileSync } from 'node:fs';
import { KhabarError } from '../errors.ts';

export type GoldEntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

export interface GoldEntity {
  type: GoldEntityType;
  mentions: string[];
  kind?: string;
  /** ISO 3166-1 alpha-2 code of a country (compared with the output's `code`). */
  id?: string;
  name?: string;
  country?: string;
  role?: string;
}

export interface GoldDate {
  mention: string;
  value: string;
  qualifier?: 'early' | 'mid' | 'late' | null;
}

export interface GoldQuote {
  speaker: string;
  starts: string;
  ends: string;
}

export interface GoldEvent {
  root: string;
  code?: string;
  actors: [string | null, string | null];
  date?: string | null;
  place?: string | null;
  evidence?: string;
  optional?: boolean;
}

export interface GoldArticle {
  id: string;
  /** Path of the raw text, relative to the gold file's folder. */
  text: string;
  language: string;
  anchorDate: string | null;
  title: string | null;
  headings: string[];
  boilerplate: string[];
  related: string[];
  source: string | null;
  entities: GoldEntity[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  events: GoldEvent[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** Collects the shape errors of a gold object; empty when it is well formed. */
function shapeErrors(g: unknown): string[] {
  if (!isObj(g)) return ['not a JSON object'];
  const errs: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) errs.push(what); };
  need(isStr(g.id), '`id` must be a string');
  need(isStr(g.text) && g.text !== '', '`text` must be a non-empty path');
  need(isStr(g.language), '`language` must be a string');
  need(g.anchorDate === undefined || isStrOrNull(g.anchorDate), '`anchorDate` must be a string or null');
  need(isStrOrNull(g.title ?? null), '`title` must be a string or null');
  for (const k of ['headings', 'boilerplate', 'related'] as const) need(g[k] === undefined || isStrList(g[k]), `\`${k}\` must be a list of strings`);
  need(isStrOrNull(g.source ?? null), '`source` must be a string or null');
  const list = (k: string, check: (x: Obj) => boolean) => {
    const v = g[k];
    if (v === undefined) return;
    if (!Array.isArray(v)) { errs.push(`\`${k}\` must be a list`); return; }
    v.forEach((x, i) => { if (!isObj(x) || !check(x)) errs.push(`${k}[${i}] is malformed`); });
  };
  list('entities', (e) => ['PERSON', 'ORGANIZATION', 'LOCATION'].includes(e.type as string)
    && isStrList(e.mentions) && e.mentions.length > 0
    && ['kind', 'id', 'name', 'country', 'role'].every((k) => e[k] === undefined || isStrOrNull(e[k])));
  list('dates', (d) => isStr(d.mention) && isStr(d.value)
    && (d.qualifier === undefined || d.qualifier === null || ['early', 'mid', 'late'].includes(d.qualifier as string)));
  list('quotes', (q) => isStr(q.speaker) && isStr(q.starts) && isStr(q.ends));
  list('events', (e) => isStr(e.root) && Array.isArray(e.actors) && e.actors.length === 2
    && e.actors.every(isStrOrNull) && (e.date === undefined || isStrOrNull(e.date))
    && (e.optional === undefined || typeof e.optional === 'boolean'));
  return errs;
}

/**
 * Checks a parsed gold object and fills the optional lists with their defaults.
 * Throws `KHABAR_ERR_BAD_GOLD` naming `where` and the first problems found.
 *
 * @example
 * parseGold({ id: 'x', text: 'x.txt', language: 'hi', title: null }, 'x.json').entities; // []
 */
export function parseGold(value: unknown, where: string): GoldArticle {
  const errs = shapeErrors(value);
  if (errs.length > 0) throw new KhabarError('KHABAR_ERR_BAD_GOLD', `${where}: ${errs.slice(0, 3).join('; ')}`);
  const g = value as Obj;
  return {
    id: g.id as string,
    text: g.text as string,
    language: g.language as string,
    anchorDate: (g.anchorDate as string | null | undefined) ?? null,
    title: (g.title as string | null | undefined) ?? null,
    headings: (g.headings as string[] | undefined) ?? [],
    boilerplate: (g.boilerplate as string[] | undefined) ?? [],
    related: (g.related as string[] | undefined) ?? [],
    source: (g.source as string | null | undefined) ?? null,
    entities: (g.entities as GoldEntity[] | undefined) ?? [],
    dates: (g.dates as GoldDate[] | undefined) ?? [],
    quotes: (g.quotes as GoldQuote[] | undefined) ?? [],
    events: (g.events as GoldEvent[] | undefined) ?? [],
  };
}

/**
 * Reads and checks one gold file. Throws `KHABAR_ERR_NOT_FOUND` when it cannot be read and
 * `KHABAR_ERR_BAD_GOLD` when it is not valid JSON or not in the gold format.
 *
 * @example
 * const gold = readGoldFile('../shared/gold/abp-ru-pk-steel.json');
 */
export function readGoldFile(path: string): GoldArticle {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_NOT_FOUND', path, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_BAD_GOLD', `${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  return parseGold(json, path);
}
