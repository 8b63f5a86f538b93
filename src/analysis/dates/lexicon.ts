/**
 * Loads and validates the data of the dates stage (data/dates/*.json) once, lazily, and turns
 * it into folded lookup tables. A malformed file fails loudly on first use, naming the file.
 */

import { readFileSync } from 'node:fs';
import { foldKey } from './fold.ts';

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Qualifier = 'early' | 'mid' | 'late';
export type Yields = 'ymd' | 'md' | 'ym' | 'y' | 'm' | 'weekday' | 'relative' | 'count' | 'numeric';

/** One element of a pattern (see data/dates/patterns.json). */
export interface PatternElement {
  t: 'day' | 'month' | 'weekday' | 'year' | 'count' | 'unit' | 'numeric' | 'list' | 'word';
  opt?: boolean;
  script?: 'latin' | 'deva';
  range?: string;
  list?: string;
  /** For `word`: the folded words. */
  words?: Set<string>;
  units?: Unit[];
}

/** A date pattern with its folded data. */
export interface Pattern {
  id: string;
  yields: Yields;
  seq: PatternElement[];
  mention: [number, number] | null;
  notBefore: string | null;
  notAfter: string | null;
  rel: { unit: Unit; offset: number; byTense: boolean } | null;
  dir: 'past' | 'future' | null;
  sign: number;
}

export interface NumericFormat {
  id: string;
  order: 'ymd' | 'dmy';
  parts: [number, number, number];
}

/** A phrase of folded words with the qualifier it gives. */
export interface QualifierPhrase {
  words: string[];
  qualifier: Qualifier;
}

/** Everything the dates stage reads from data/dates. */
export interface DatesLexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  units: Map<string, Unit>;
  lists: Map<string, Set<string>>;
  yearRanges: Map<string, [number, number]>;
  patterns: Pattern[];
  /** Folded words that can start some pattern (number tokens always may). */
  startWords: Set<string>;
  numericFormats: NumericFormat[];
  qualifierSuffixes: QualifierPhrase[];
  qualifierPrefixes: QualifierPhrase[];
  tense: {
    maxTokens: number;
    monthDayForwardDays: number;
    sentenceEnd: Set<string>;
    futureWords: Set<string>;
    futureEndings: string[];
    pastWords: Set<string>;
    pastEndings: string[];
  };
  anchor: {
    reportingVerbs: Set<string>;
    reportingWindowTokens: number;
    datelineMaxTokensBefore: number;
    datelineSeparators: Set<string>;
  };
}

const DATA_DIR = new URL('../../../data/dates/', import.meta.url);
const UNITS: Unit[] = ['day', 'week', 'month', 'year'];
const YIELDS: Yields[] = ['ymd', 'md', 'ym', 'y', 'm', 'weekday', 'relative', 'count', 'numeric'];
const ELEMENT_TYPES = ['day', 'month', 'weekday', 'year', 'count', 'unit', 'numeric', 'list', 'word'];
const QUALIFIERS: Qualifier[] = ['early', 'mid', 'late'];

type Json = Record<string, unknown>;

function readJson(name: string): Json {
  const text = readFileSync(new URL(name, DATA_DIR), 'utf8');
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`data/dates/${name}: not a JSON object`);
  return value as Json;
}

function fail(file: string, what: string): never {
  throw new Error(`data/dates/${file}: ${what}`);
}

function strings(file: string, where: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) fail(file, `${where} must be a list of non-empty strings`);
  return v as string[];
}

function numberTable(file: string, where: string, v: unknown): Map<string, number> {
  if (!v || typeof v !== 'object') fail(file, `${where} must be an object`);
  const map = new Map<string, number>();
  for (const [k, words] of Object.entries(v as Json)) {
    const n = Number(k);
    if (!Number.isFinite(n)) fail(file, `${where}: key ${k} is not a number`);
    for (const w of strings(file, `${where}.${k}`, words)) map.set(foldKey(w), n);
  }
  return map;
}

function phrases(file: string, where: string, v: unknown, qualifier: Qualifier): QualifierPhrase[] {
  if (!Array.isArray(v)) fail(file, `${where} must be a list of phrases`);
  return v.map((p, i) => ({ words: strings(file, `${where}[${i}]`, p).map(foldKey), qualifier }));
}

function loadPatterns(lists: Map<string, Set<string>>, ranges: Map<string, [number, number]>): { patterns: Pattern[]; numericFormats: NumericFormat[] } {
  const f = 'patterns.json';
  const json = readJson(f);
  if (!Array.isArray(json.patterns)) fail(f, 'patterns must be a list');
  const patterns = (json.patterns as Json[]).map((p, i): Pattern => {
    const id = typeof p.id === 'string' ? p.id : fail(f, `pattern ${i} has no id`);
    if (!YIELDS.includes(p.yields as Yields)) fail(f, `${id}: unknown yields ${String(p.yields)}`);
    if (!Array.isArray(p.seq) || p.seq.length === 0) fail(f, `${id}: seq must be a non-empty list`);
    const seq = (p.seq as Json[]).map((e): PatternElement => {
      if (!ELEMENT_TYPES.includes(e.t as string)) fail(f, `${id}: unknown element type ${String(e.t)}`);
      if (e.t === 'list' && !lists.has(e.list as string)) fail(f, `${id}: unknown list ${String(e.list)}`);
      if (e.range !== undefined && !ranges.has(e.range as string)) fail(f, `${id}: unknown year range ${String(e.range)}`);
      const units = e.units === undefined ? undefined : strings(f, `${id}.units`, e.units) as Unit[];
      if (units?.some((u) => !UNITS.includes(u))) fail(f, `${id}: unknown unit`);
      return {
        t: e.t as PatternElement['t'],
        opt: e.opt === true,
        script: e.script as PatternElement['script'],
        range: e.range as string | undefined,
        list: e.list as string | undefined,
        words: e.words === undefined ? undefined : new Set(strings(f, `${id}.words`, e.words).map(foldKey)),
        units,
      };
    });
    for (const l of [p.notBefore, p.notAfter]) if (l !== undefined && !lists.has(l as string)) fail(f, `${id}: unknown list ${String(l)}`);
    const m = p.mention;
    if (m !== undefined && (!Array.isArray(m) || m.length !== 2 || !(m[0] <= m[1]) || m[1] >= seq.length)) fail(f, `${id}: bad mention range`);
    const rel = p.rel as Json | undefined;
    if (rel && (!UNITS.includes(rel.unit as Unit) || typeof rel.offset !== 'number')) fail(f, `${id}: bad rel`);
    return {
      id, yields: p.yields as Yields, seq,
      mention: (m as [number, number] | undefined) ?? null,
      notBefore: (p.notBefore as string | undefined) ?? null,
      notAfter: (p.notAfter as string | undefined) ?? null,
      rel: rel ? { unit: rel.unit as Unit, offset: rel.offset as number, byTense: rel.byTense === true } : null,
      dir: (p.dir as 'past' | 'future' | undefined) ?? null,
      sign: typeof p.sign === 'number' ? p.sign : 1,
    };
  });
  if (!Array.isArray(json.numericFormats)) fail(f, 'numericFormats must be a list');
  const numericFormats = (json.numericFormats as Json[]).map((n): NumericFormat => {
    if (n.order !== 'ymd' && n.order !== 'dmy') fail(f, `numeric format ${String(n.id)}: order must be ymd or dmy`);
    if (!Array.isArray(n.parts) || n.parts.length !== 3) fail(f, `numeric format ${String(n.id)}: parts must list 3 widths`);
    return { id: String(n.id), order: n.order, parts: n.parts as [number, number, number] };
  });
  return { patterns, numericFormats };
}

function load(): DatesLexicon {
  const lx = readJson('lexicon.json');
  const f = 'lexicon.json';
  const units = new Map<string, Unit>();
  for (const u of UNITS) for (const w of strings(f, `units.${u}`, (lx.units as Json)?.[u])) units.set(foldKey(w), u);
  const lists = new Map<string, Set<string>>();
  for (const [name, words] of Object.entries((lx.lists as Json) ?? {})) lists.set(name, new Set(strings(f, `lists.${name}`, words).map(foldKey)));
  const yearRanges = new Map<string, [number, number]>();
  for (const [name, r] of Object.entries((lx.yearRange as Json) ?? {})) {
    if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== 'number' || typeof r[1] !== 'number') fail(f, `yearRange.${name} must be [min, max]`);
    yearRanges.set(name, [r[0], r[1]]);
  }
  const { patterns, numericFormats } = loadPatterns(lists, yearRanges);
  const months = numberTable(f, 'months', lx.months);
  const weekdays = numberTable(f, 'weekdays', lx.weekdays);
  const numbers = numberTable(f, 'numbers', lx.numbers);
  const startWords = new Set<string>();
  const wordsOf = (e: PatternElement): Iterable<string> => {
    switch (e.t) {
      case 'day': case 'count': return numbers.keys();
      case 'month': return months.keys();
      case 'weekday': return weekdays.keys();
      case 'unit': return units.keys();
      case 'list': return lists.get(e.list!)!;
      case 'word': return e.words!;
      default: return [];
    }
  };
  for (const p of patterns) {
    for (const e of p.seq) {
      for (const w of wordsOf(e)) startWords.add(w);
      if (!e.opt) break;
    }
  }

  const q = readJson('qualifiers.json');
  const qualifierSuffixes: QualifierPhrase[] = [];
  const qualifierPrefixes: QualifierPhrase[] = [];
  for (const name of QUALIFIERS) {
    const entry = q[name] as Json | undefined;
    if (!entry) fail('qualifiers.json', `missing ${name}`);
    qualifierSuffixes.push(...phrases('qualifiers.json', `${name}.suffix`, entry.suffix ?? [], name));
    qualifierPrefixes.push(...phrases('qualifiers.json', `${name}.prefix`, entry.prefix ?? [], name));
  }
  const byLength = (a: QualifierPhrase, b: QualifierPhrase) => b.words.length - a.words.length;
  qualifierSuffixes.sort(byLength);
  qualifierPrefixes.sort(byLength);

  const t = readJson('tense.json');
  const tf = 'tense.json';
  const fut = (t.future ?? {}) as Json, past = (t.past ?? {}) as Json;
  const a = readJson('anchor.json');
  const num = (file: string, name: string, v: unknown) => (typeof v === 'number' && v >= 0 ? v : fail(file, `${name} must be a number`));
  return {
    months, weekdays, numbers, units, lists, yearRanges, patterns, startWords, numericFormats, qualifierSuffixes, qualifierPrefixes,
    tense: {
      maxTokens: num(tf, 'maxTokens', t.maxTokens),
      monthDayForwardDays: num(tf, 'monthDayForwardDays', t.monthDayForwardDays),
      sentenceEnd: new Set(strings(tf, 'sentenceEnd', t.sentenceEnd)),
      futureWords: new Set(strings(tf, 'future.words', fut.words).map(foldKey)),
      futureEndings: strings(tf, 'future.endings', fut.endings).map(foldKey),
      pastWords: new Set(strings(tf, 'past.words', past.words).map(foldKey)),
      pastEndings: strings(tf, 'past.endings', past.endings).map(foldKey),
    },
    anchor: {
      reportingVerbs: new Set(strings('anchor.json', 'reportingVerbs', a.reportingVerbs).map(foldKey)),
      reportingWindowTokens: num('anchor.json', 'reportingWindowTokens', a.reportingWindowTokens),
      datelineMaxTokensBefore: num('anchor.json', 'datelineMaxTokensBefore', a.datelineMaxTokensBefore),
      datelineSeparators: new Set(strings('anchor.json', 'datelineSeparators', a.datelineSeparators)),
    },
  };
}

let cached: DatesLexicon | null = null;

/**
 * The dates lexicon, loaded from data/dates on first call and kept.
 *
 * @example
 * datesLexicon().months.get('फरवरी'); // 2
 */
export function datesLexicon(): DatesLexicon {
  cached ??= load();
  return cached;
}
