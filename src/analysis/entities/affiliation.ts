/**
 * Whom a person or organisation acts for, and the offices a person holds, read from the words
 * around a mention: a demonym next to the role (रूस में पाकिस्तानी राजदूत → PK, the place of
 * posting loses), `<country> के <role>` (also through a chain: पाकिस्तान के प्रधानमंत्री के
 * विशेष सचिव), and `<country> की ओर से` earlier in the clause.
 */
import { gazetteer, phraseKey, type Word } from '../../gazetteer/index.ts';
import { roleBefore, type Clause, type MentionDetail } from '../mentions/index.ts';
import { onlySpace } from '../mentions/view.ts';
import { isRoleHeadWord } from '../mentions/roles.ts';
import { isNameWord } from '../mentions/rules.ts';

/** What a mention's neighbourhood says: the role as written and the acting-for country. */
export interface MentionContext {
  role: string | null;
  country: string | null;
  /** The office is held in a body that acts for no country (संयुक्त राष्ट्र के महासचिव): no home-country default. */
  stateless?: boolean;
}

/** The country of the nearest place named before an offset (for वहां के …), or null. */
export type PlaceBefore = (offset: number) => string | null;

/** Whether a mention ending at word `end - 1` of clause `ci` is an organisation of no country. */
export type IsStatelessBody = (clause: number, end: number) => boolean;

const CONJUNCTIONS = new Set(['और', 'व', 'तथा', 'एवं']);
const THERE = new Set(['वहां', 'वहाँ', 'यहां', 'यहाँ']);

/** Looks up the country a mention ending at word `end - 1` stands for (see `countryOf`). */
export type CountryOfMention = (clause: number, end: number) => string | null;

const GENITIVE = new Set(['के', 'की', 'का']);

/**
 * True when the mention is a generic form of a state body (चुनाव आयोग, not भारत निर्वाचन आयोग).
 * @example isGenericUse(detailOf('सुप्रीम कोर्ट')) // true
 */
export function isGenericUse(d: MentionDetail): boolean {
  const gen = d.entry?.generic;
  return !!gen && gen.hi.some((n) => phraseKey(n) === phraseKey(d.mention.text));
}

/**
 * True when the mention is a state body named by its head alone (विदेश मंत्रालय, सेना), with no
 * country or demonym in it: whose it is must come from the article.
 * @example isBareStateBody(detailOf('विदेश मंत्रालय'), clauses) // true
 */
export function isBareStateBody(d: MentionDetail, cls: readonly Clause[]): boolean {
  if (d.entry) return false;
  const g = gazetteer();
  const ws = cls[d.clause]?.words.slice(d.from, d.to) ?? [];
  if (!ws.length || ws.some((w) => g.demonyms.has(w.key) || g.phrases.get(w.key)?.some((e) => e.type === 'LOCATION'))) return false;
  const key = ws.map((w) => w.key).join(' ');
  return g.stateOrgHeads.has(key);
}

function markerCountry(body: string, c: Clause, ci: number, before: number, countryOf: CountryOfMention): string | null {
  const g = gazetteer();
  let found: string | null = null;
  for (const m of g.lexicon.affiliationMarkers) {
    for (let i = 1; i + m.length <= before; i++) {
      if (m.every((w, k) => c.words[i + k].key === w)) {
        const code = countryOf(ci, i);
        if (code) found = code;
      }
    }
  }
  return found;
}

/**
 * A demonym in apposition after the name: `सुनील और विजयन नामक भारतीय नाविक`, `… नाम के
 * नेपाली नागरिक`; names joined by और in between share it.
 * @example appositionDemonym(clause.words, 1) // 'IN'
 */
export function appositionDemonym(ws: readonly Word[], to: number): string | null {
  const g = gazetteer();
  let k = to;
  while (k < ws.length && k - to < 6 && (CONJUNCTIONS.has(ws[k].key) || isNameWord(ws[k]))) k++;
  if (k + 1 < ws.length && ws[k].key === 'नामक') return g.demonyms.get(ws[k + 1].key) ?? null;
  if (k + 2 < ws.length && ws[k].key === 'नाम' && GENITIVE.has(ws[k + 1].key)) return g.demonyms.get(ws[k + 2].key) ?? null;
  return null;
}

/**
 * A state body of a named country right after the person's genitive: `असद की सीरियाई सरकार`,
 * `इमरान के पाकिस्तान सरकार`.
 * @example governmentAfter(words('असद की सीरियाई सरकार'), 1) // 'SY'
 */
export function governmentAfter(ws: readonly Word[], to: number): string | null {
  const g = gazetteer();
  if (to + 2 >= ws.length || !GENITIVE.has(ws[to].key)) return null;
  const q = ws[to + 1].key;
  const code = g.demonyms.get(q) ?? g.phrases.get(q)?.find((e) => e.kind === 'country')?.code ?? null;
  return code && g.stateOrgHeads.has(ws[to + 2].key) ? code : null;
}

/**
 * Role and country for one mention (words `[from, to)` of clause `ci`).
 * @example mentionContext(body, clauses, detail, roleAcronyms, countryOf) // { role: 'संचार मंत्री', country: 'PK' }
 */
export function mentionContext(body: string, cls: readonly Clause[], d: MentionDetail, roleAcronyms: ReadonlySet<string>, countryOf: CountryOfMention,
  placeBefore: PlaceBefore = () => null, stateless: IsStatelessBody = () => false): MentionContext {
  const g = gazetteer();
  const c = cls[d.clause];
  const ws = c.words;
  let role: string | null = null;
  let country: string | null = null;
  let pos = d.from;
  if (d.mention.type === 'PERSON') {
    const r = roleBefore(body, ws, d.from, roleAcronyms);
    if (r) {
      role = body.slice(ws[r.from].start, ws[r.to - 1].end);
      pos = r.from;
    }
  } else if (d.mention.type === 'ORGANIZATION') {
    const first = ws[d.from];
    country = g.demonyms.get(first.key) ?? g.phrases.get(first.key)?.find((e) => e.kind === 'country')?.code ?? null;
    // A body named after a city or region lies in its country (शिकागो अदालत, पंजाब पुलिस).
    if (!country && d.to - d.from >= 2) {
      const place = g.phrases.get(first.key)?.find((e) => e.type === 'LOCATION' && e.kind !== 'continent');
      country = place?.country ?? null;
    }
    if (country) return { role, country };
  } else return { role, country };
  // A demonym right before the role or the name.
  if (pos >= 1 && g.demonyms.has(ws[pos - 1].key)) return { role, country: g.demonyms.get(ws[pos - 1].key)! };
  // A place or body right before the role (शिकागो ज़िला न्यायाधीश).
  if (role && pos >= 1 && onlySpace(body, ws[pos - 1].end, ws[pos].start)) {
    const code = countryOf(d.clause, pos);
    if (code) return { role, country: code };
  }
  // Whose government the person leads: असद की सीरियाई सरकार, X के पाकिस्तान सरकार …
  const gov = governmentAfter(ws, d.to);
  if (gov) return { role, country: gov };
  // A demonym in apposition (… नामक भारतीय नाविक).
  const appos = appositionDemonym(ws, d.to);
  if (appos) return { role, country: appos };
  // वहां के <role>: the place named just before.
  if (pos >= 2 && GENITIVE.has(ws[pos - 1].key) && THERE.has(ws[pos - 2].key)) {
    const code = placeBefore(ws[pos - 2].start);
    if (code) return { role, country: code };
  }
  // <mention> के <role> …, following a chain of roles.
  for (let guard = 0; guard < 4 && pos >= 2 && GENITIVE.has(ws[pos - 1].key); guard++) {
    const code = countryOf(d.clause, pos - 1);
    if (code) { country = code; break; }
    if (stateless(d.clause, pos - 1)) return { role, country: null, stateless: true };
    const prev = pos - 2;
    if (!isRoleHeadWord(ws[prev])) break;
    let start = prev;
    while (start > 0 && g.roleModifiers.has(ws[start - 1].key)) start--;
    if (start >= 1 && g.demonyms.has(ws[start - 1].key)) { country = g.demonyms.get(ws[start - 1].key)!; break; }
    pos = start;
  }
  country ??= markerCountry(body, c, d.clause, d.from, countryOf);
  return { role, country };
}
