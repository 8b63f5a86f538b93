/**
 * The mentions stage: typed spans naming people, organisations and places. Combines
 * 2.1 gazetteer hits, 2.2 the statistical tagger, 2.3 context rules and 2.4 phonetic city
 * matches; resolves overlaps (rules > gazetteer > tagger > phonetic, then the longer span);
 * then 2.5 spreads what one mention taught to the rest of the article (acronyms defined in
 * brackets, repeated names, surnames of people named in full). Demonyms are never mentions.
 */
import type { Doc } from '../doc.ts';
import type { Mention } from '../types.ts';
import type { GazetteerEntry } from '../../gazetteer/index.ts';
import { gazetteer } from '../../gazetteer/index.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { cityHits } from './cities.ts';
import { fuzzyCountryHits } from './fuzzy-countries.ts';
import { gazetteerHits } from './gazetteer-hits.ts';
import { nerSpans } from './ner-spans.ts';
import { isRoleHeadWord } from './roles.ts';
import { isDescription, isNameWord, orgRule, personRule } from './rules.ts';
import { clauses, isLatinAcronym, onlySpace, type Clause } from './view.ts';

export { clauses, type Clause } from './view.ts';
export { roleBefore, type RolePhrase } from './roles.ts';

/** A mention with what the stage knows about it beyond the contract. */
export interface MentionDetail {
  mention: Mention;
  clause: number;
  from: number;
  to: number;
  rule: string;
  entry: GazetteerEntry | null;
  /** For an acronym defined in brackets: the start offset of the mention it abbreviates. */
  expands: number | null;
}

/** Everything the mentions stage worked out for one document. */
export interface MentionAnalysis {
  details: MentionDetail[];
  roleAcronyms: Set<string>;
}

function inBrackets(body: string, c: Clause, j: number): boolean {
  const ws = c.words;
  return j >= 1 && j + 1 <= ws.length && /\(\s*$/.test(body.slice(ws[j - 1].end, ws[j].start)) && /^\s*\)/.test(body.slice(ws[j].end, j + 1 < ws.length ? ws[j + 1].start : c.end));
}

function findRoleAcronyms(body: string, cls: readonly Clause[]): Set<string> {
  const out = new Set<string>();
  for (const c of cls) {
    c.words.forEach((w, j) => {
      if (!isLatinAcronym(w.text) || !inBrackets(body, c, j)) return;
      const prev = c.words[j - 1];
      const two = j >= 2 ? `${c.words[j - 2].key} ${prev.key}` : '';
      if (isRoleHeadWord(prev) || gazetteer().roleHeads.has(two)) out.add(w.text);
    });
  }
  return out;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.from < b.to && b.from < a.to;
}

function select(cands: Candidate[]): Candidate[] {
  const gaz = cands.filter((c) => c.source === 'gazetteer');
  const kept = cands.filter((c) => {
    if (c.source === 'rule' && gaz.some((g) => g.from <= c.from && c.to <= g.to && (g.type === c.type || (g.from === c.from && g.to === c.to)))) return false;
    return true;
  });
  for (const c of kept) {
    // A tagged name that holds a gazetteer name wins over it (पाकिस्तान स्टील मिल), but a person
    // never holds a country or a known organisation (सीरिया हिजबुल्लाह is two names), and a known
    // organisation's full name does not grow by words before it (आयोजित शंघाई सहयोग संगठन).
    const holds = (g: Candidate): boolean => c.from <= g.from && g.to <= c.to && c.to - c.from > g.to - g.from;
    const foreign = (g: Candidate): boolean => (c.type === 'PERSON' && (g.entry?.kind === 'country' || g.type === 'ORGANIZATION'))
      || (g.type === 'ORGANIZATION' && g.to === c.to && g.from > c.from);
    if (c.source === 'ner' && c.type !== 'LOCATION' && gaz.some(holds) && !gaz.some((g) => holds(g) && foreign(g))) c.priority = PRIORITY.nerContaining;
  }
  kept.sort((a, b) => b.priority - a.priority || (b.to - b.from) - (a.to - a.from) || a.from - b.from);
  const chosen: Candidate[] = [];
  for (const c of kept) if (!chosen.some((x) => overlaps(x, c))) chosen.push(c);
  return chosen.sort((a, b) => a.from - b.from);
}

function toDetail(body: string, cls: readonly Clause[], ci: number, c: Candidate, expands: number | null = null): MentionDetail {
  const ws = cls[ci].words;
  const start = ws[c.from].start;
  const end = ws[c.to - 1].end;
  return {
    mention: { start, end, text: body.slice(start, end), type: c.type, source: c.source, confidence: c.confidence },
    clause: ci, from: c.from, to: c.to, rule: c.rule, entry: c.entry ?? null, expands,
  };
}

let last: { body: string; sentences: unknown; result: MentionAnalysis } | null = null;

/**
 * Runs the mentions stage and keeps the details (rule, gazetteer entry, word positions) the
 * entities stage needs. Cached for the last document seen.
 * @example analyseMentions(doc).details[0].mention.text // 'रूस'
 */
export function analyseMentions(doc: Readonly<Doc>): MentionAnalysis {
  if (last && last.body === doc.body && last.sentences === doc.sentences) return last.result;
  const body = doc.body;
  const cls = clauses(doc);
  const roleAcronyms = findRoleAcronyms(body, cls);
  const gazByClause = cls.map((c) => gazetteerHits(body, c));
  const countries = new Set(gazByClause.flat().filter((c) => c.entry?.kind === 'country').map((c) => c.entry!.code!));
  const chosen: Candidate[][] = cls.map((c, ci) => {
    const ner = nerSpans(body, c);
    const notRole = (x: Candidate): boolean => {
      for (let i = x.from; i < x.to; i++) if (!roleAcronyms.has(c.words[i].text) && !isRoleHeadWord(c.words[i])) return true;
      return false;
    };
    const nerPlaces = new Set<number>();
    for (const x of ner) if (x.type === 'LOCATION') addRange(nerPlaces, x.from, x.to);
    const notDescription = (x: Candidate): boolean => x.type !== 'ORGANIZATION' || !isDescription(c.words.slice(x.from, x.to));
    const sel = select([...gazByClause[ci], ...fuzzyCountryHits(c, nerPlaces), ...ner.filter(notRole), ...personRule(body, c, roleAcronyms), ...orgRule(body, c)].filter((x) => x.source === 'gazetteer' || notDescription(x)));
    const taken = new Set<number>();
    for (const x of sel) addRange(taken, x.from, x.to);
    return select([...sel, ...cityHits(c, taken, countries, nerPlaces)]);
  });
  const details: MentionDetail[] = [];
  const covered = chosen.map((sel) => {
    const set = new Set<number>();
    for (const x of sel) addRange(set, x.from, x.to);
    return set;
  });
  chosen.forEach((sel, ci) => sel.forEach((c) => details.push(toDetail(body, cls, ci, c))));
  spread(body, cls, details, covered, roleAcronyms);
  details.sort((a, b) => a.mention.start - b.mention.start);
  const result = { details, roleAcronyms };
  last = { body, sentences: doc.sentences, result };
  return result;
}

function addRange(set: Set<number>, from: number, to: number): void {
  for (let i = from; i < to; i++) set.add(i);
}

function anyCovered(set: ReadonlySet<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (set.has(i)) return true;
  return false;
}

/** 2.5: acronyms defined in brackets, repeated names and surnames, spread over the article. */
function spread(body: string, cls: readonly Clause[], details: MentionDetail[], covered: Set<number>[], roleAcronyms: ReadonlySet<string>): void {
  const add = (ci: number, c: Candidate, expands: number | null = null): void => {
    details.push(toDetail(body, cls, ci, c, expands));
    for (let i = c.from; i < c.to; i++) covered[ci].add(i);
  };
  // Acronyms in brackets right after a mention: "पाकिस्तान स्टील मिल (PSM)".
  const acronyms = new Map<string, MentionDetail>();
  for (const d of [...details]) {
    const c = cls[d.clause];
    const j = d.to;
    if (j >= c.words.length || !isLatinAcronym(c.words[j].text) || !inBrackets(body, c, j) || roleAcronyms.has(c.words[j].text)) continue;
    if (!covered[d.clause].has(j)) {
      acronyms.set(c.words[j].text, d);
      add(d.clause, { from: j, to: j + 1, type: d.mention.type, source: 'rule', confidence: 0.8, priority: PRIORITY.rule, rule: 'acronym/in-brackets', entry: d.entry ?? undefined }, d.mention.start);
      continue;
    }
    // The tagger already found the acronym on its own: it still abbreviates the mention before it.
    const own = details.find((x) => x.clause === d.clause && x.from === j && x.to === j + 1 && x.mention.type === d.mention.type && x.expands === null);
    if (own) {
      acronyms.set(c.words[j].text, d);
      own.expands = d.mention.start;
    }
  }
  // Phrases learnt from rules and the tagger, and surnames of people named in full.
  const phrases = new Map<string, MentionDetail>();
  for (const d of details) {
    if (d.mention.source === 'gazetteer') continue;
    const ws = cls[d.clause].words.slice(d.from, d.to);
    phrases.set(ws.map((w) => w.key).join(' '), d);
    if (d.mention.type === 'PERSON' && ws.length >= 2 && isNameWord(ws[ws.length - 1])) {
      const surname = ws[ws.length - 1].key;
      if (!phrases.has(surname)) phrases.set(surname, d);
    }
  }
  for (const [acr, d] of acronyms) phrases.set(acr.toLowerCase(), d);
  // Every phrase key starts with the key of its first word, cut at a space (or whole): a word
  // whose key is no such start begins no phrase, whatever follows it.
  const starts = new Set<string>();
  for (const key of phrases.keys()) {
    starts.add(key);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) starts.add(key.slice(0, at));
  }
  cls.forEach((c, ci) => {
    for (let i = 0; i < c.words.length; i++) {
      if (covered[ci].has(i) || !starts.has(c.words[i].key)) continue;
      for (let n = 4; n >= 1; n--) {
        if (i + n > c.words.length || anyCovered(covered[ci], i, i + n)) continue;
        let joined = true;
        for (let k = i + 1; k < i + n && joined; k++) joined = onlySpace(body, c.words[k - 1].end, c.words[k].start);
        if (!joined) continue;
        let key = c.words[i].key;
        for (let k = i + 1; k < i + n; k++) key += ' ' + c.words[k].key;
        const d = phrases.get(key);
        if (!d) continue;
        const isAcr = acronyms.get(c.words[i].text) === d;
        add(ci, { from: i, to: i + n, type: d.mention.type, source: 'rule', confidence: 0.6, priority: PRIORITY.rule, rule: isAcr ? 'acronym/repeat' : 'name/repeat', entry: d.entry ?? undefined }, isAcr ? d.mention.start : null);
        i += n - 1;
        break;
      }
    }
  });
}

/**
 * Typed spans naming people, organisations and places, sorted by offset; every `text` equals
 * `body.slice(start, end)`.
 * @example findMentions(runStagesUpTo('segment', 'रूस ने पाकिस्तान …')) // [{ text: 'रूस', type: 'LOCATION', source: 'gazetteer', … }, …]
 */
export function findMentions(doc: Readonly<Doc>): Mention[] {
  return analyseMentions(doc).details.map((d) => d.mention);
}
