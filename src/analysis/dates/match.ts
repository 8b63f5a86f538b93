/**
 * Step 1 of the dates stage: the pattern engine. Tries every pattern of data/dates/patterns.json
 * at every token, keeps the longest match (ties: earlier pattern), extends month/year/week
 * matches by a qualifier phrase (`की शुरुआत में`, `के मध्य`, `मध्य …`), and moves on past it.
 * Linear in the number of tokens: no backtracking, patterns are a few elements long.
 */

import { isValidDate } from './calendar.ts';
import type { DatesLexicon, Pattern, PatternElement, Qualifier, Unit, Yields } from './lexicon.ts';
import type { DateToken } from './tokenize.ts';

/** What one match says, before it is resolved against the anchor. */
export interface DateMatch {
  rule: string;
  yields: Yields;
  /** Token range of the mention, [first, last). */
  first: number;
  last: number;
  /** Token index after everything the match consumed (context words included). */
  end: number;
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  count?: number;
  unit?: Unit;
  rel?: Pattern['rel'];
  dir: 'past' | 'future' | null;
  sign: number;
  qualifier: Qualifier | null;
}

interface Captures {
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  count?: number;
  unit?: Unit;
  rule?: string;
}

const LATIN = /^[a-z]+$/;
const DIGITS = /^\d+$/;

function numberValue(tok: DateToken, lx: DatesLexicon): number | null {
  if (tok.kind === 'num') return DIGITS.test(tok.key) && tok.key.length <= 4 ? Number(tok.key) : null;
  if (tok.kind === 'word') return lx.numbers.get(tok.key) ?? null;
  return null;
}

function parseNumeric(key: string, lx: DatesLexicon): Captures | null {
  const parts = key.split(/[/.-]/);
  if (parts.length !== 3 || parts.some((p) => !DIGITS.test(p))) return null;
  const seps = key.replace(/\d/g, '');
  if (seps[0] !== seps[1]) return null;
  for (const f of lx.numericFormats) {
    if (!parts.every((p, i) => (f.parts[i] === 2 ? p.length >= 1 && p.length <= 2 : p.length === f.parts[i]))) continue;
    const n = parts.map(Number);
    const [yy, m, d] = f.order === 'ymd' ? n : [n[2], n[1], n[0]];
    let y = yy;
    if (f.parts[f.order === 'ymd' ? 0 : 2] === 2) y += y <= 50 ? 2000 : 1900;
    if (isValidDate(y, m, d)) return { y, m, d, rule: f.id };
  }
  return null;
}

/** Matches one element at token `i`; returns what it captured (possibly {}) or null. */
function matchElement(e: PatternElement, tok: DateToken, lx: DatesLexicon): Captures | null {
  switch (e.t) {
    case 'day': {
      const v = numberValue(tok, lx);
      if (v === null || !Number.isInteger(v) || v < 1 || v > 31) return null;
      return tok.kind === 'num' && tok.key.length > 2 ? null : { d: v };
    }
    case 'month': {
      if (tok.kind !== 'word') return null;
      const m = lx.months.get(tok.key);
      if (m === undefined) return null;
      const latin = LATIN.test(tok.key);
      if ((e.script === 'latin' && !latin) || (e.script === 'deva' && latin)) return null;
      return { m };
    }
    case 'weekday': {
      const w = tok.kind === 'word' ? lx.weekdays.get(tok.key) : undefined;
      return w === undefined ? null : { weekday: w };
    }
    case 'year': {
      if (tok.kind !== 'num' || tok.key.length !== 4 || !DIGITS.test(tok.key)) return null;
      const y = Number(tok.key);
      const [lo, hi] = lx.yearRanges.get(e.range ?? 'explicit') ?? [1000, 2199];
      return y >= lo && y <= hi ? { y } : null;
    }
    case 'count': {
      const v = numberValue(tok, lx);
      return v !== null && v > 0 && v < 1000 ? { count: v } : null;
    }
    case 'unit': {
      const u = tok.kind === 'word' ? lx.units.get(tok.key) : undefined;
      return u && (!e.units || e.units.includes(u)) ? { unit: u } : null;
    }
    case 'numeric':
      return tok.kind === 'num' ? parseNumeric(tok.key, lx) : null;
    case 'list':
      return lx.lists.get(e.list!)?.has(tok.key) ? {} : null;
    case 'word':
      return e.words?.has(tok.key) ? {} : null;
  }
}

interface PatternHit {
  pattern: Pattern;
  /** Token index after the last consumed token. */
  end: number;
  /** Token index of each element (-1 where an optional element was skipped). */
  at: number[];
  caps: Captures;
}

/** Whether the tokens from `k` start with a word or a (space-separated) phrase of the list. */
function followedBy(list: Set<string>, toks: DateToken[], k: number): boolean {
  if (list.has(toks[k].key)) return true;
  for (const entry of list) {
    if (!entry.includes(' ')) continue;
    if (phraseAt(entry.split(' '), toks, k)) return true;
  }
  return false;
}

function tryPattern(p: Pattern, toks: DateToken[], i: number, lx: DatesLexicon): PatternHit | null {
  const caps: Captures = {};
  const at: number[] = [];
  let k = i;
  for (const e of p.seq) {
    const c = k < toks.length ? matchElement(e, toks[k], lx) : null;
    if (c) { Object.assign(caps, c); at.push(k); k++; } else if (e.opt) at.push(-1); else return null;
  }
  if (p.notBefore && i > 0 && lx.lists.get(p.notBefore)!.has(toks[i - 1].key)) return null;
  if (p.notAfter && k < toks.length && followedBy(lx.lists.get(p.notAfter)!, toks, k)) return null;
  return { pattern: p, end: k, at, caps };
}

function phraseAt(words: string[], toks: DateToken[], i: number): boolean {
  if (i < 0 || i + words.length > toks.length) return false;
  return words.every((w, j) => toks[i + j].key === w);
}

const QUALIFIABLE = new Set<Yields>(['ym', 'y', 'm', 'relative']);

/**
 * Finds every date pattern in the tokens, left to right, without overlaps.
 *
 * @example
 * findMatches(tokenize('5 फ़रवरी 2024 को'), datesLexicon())[0].rule; // 'full/day-month-year'
 */
export function findMatches(toks: DateToken[], lx: DatesLexicon): DateMatch[] {
  const out: DateMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    let best: PatternHit | null = null;
    const tok = toks[i];
    if (tok.kind === 'num' || (tok.kind === 'word' && lx.startWords.has(tok.key))) {
      for (const p of lx.patterns) {
        const hit = tryPattern(p, toks, i, lx);
        if (hit && (!best || hit.end > best.end)) best = hit;
      }
    }
    if (!best) { i++; continue; }
    const p = best.pattern;
    const [mf, ml] = p.mention ?? [0, p.seq.length - 1];
    const firstEl = best.at.slice(mf, ml + 1).find((x) => x >= 0)!;
    const lastEl = [...best.at.slice(mf, ml + 1)].reverse().find((x) => x >= 0)!;
    const match: DateMatch = {
      rule: best.caps.rule ?? p.id, yields: p.yields, first: firstEl, last: lastEl + 1, end: best.end,
      y: best.caps.y, m: best.caps.m, d: best.caps.d, weekday: best.caps.weekday,
      count: best.caps.count, unit: best.caps.unit, rel: p.rel, dir: p.dir, sign: p.sign, qualifier: null,
    };
    let end = best.end;
    const unit = p.yields === 'relative' ? p.rel?.unit : undefined;
    if (QUALIFIABLE.has(p.yields) && unit !== 'day') {
      const suffix = lx.qualifierSuffixes.find((q) => phraseAt(q.words, toks, match.last));
      if (suffix) {
        match.qualifier = suffix.qualifier;
        match.last += suffix.words.length;
        end = Math.max(end, match.last);
      } else {
        const prev = out.length ? out[out.length - 1].last : 0;
        const prefix = lx.qualifierPrefixes.find((q) => match.first - q.words.length >= prev && phraseAt(q.words, toks, match.first - q.words.length));
        if (prefix) { match.qualifier = prefix.qualifier; match.first -= prefix.words.length; }
      }
    }
    if (match.d !== undefined && match.m !== undefined && match.y !== undefined && !isValidDate(match.y, match.m, match.d)) { i++; continue; }
    match.end = end;
    out.push(match);
    i = end;
  }
  return out;
}
