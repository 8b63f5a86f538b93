/**
 * The entities stage: mentions linked into entities within one article, each with its best
 * Latin name, ISO code (countries), kind (places), country (where a place lies; whom a person
 * or organisation acts for) and roles as written. Ids e1, e2, … in order of first mention.
 */
import { matchCity } from '../../gazetteer/cities.ts';
import { cityToEntry, gazetteer, phraseKey, type GazetteerEntry } from '../../gazetteer/index.ts';
import { phoneticKey } from '../../text/phonetic.ts';
import { romanize } from '../../text/romanize.ts';
import type { Doc } from '../doc.ts';
import { analyseMentions, clauses, type Clause, type MentionDetail } from '../mentions/index.ts';
import { isLatinAcronym } from '../mentions/view.ts';
import type { Entity, EntityType, Mention } from '../types.ts';
import { isBareStateBody, isGenericUse, mentionContext } from './affiliation.ts';
import { countryTally, type CountryTally } from './main-country.ts';
import { isRoleHeadWord, isRoleModifier } from '../mentions/roles.ts';
import { orgName } from './org-name.ts';
import { clusterKeys } from './cluster.ts';

function detailsFor(doc: Readonly<Doc>): { details: MentionDetail[]; roleAcronyms: Set<string> } {
  const a = analyseMentions(doc);
  const byOffsets = new Map(a.details.map((d) => [`${d.mention.start}:${d.mention.end}`, d]));
  const cls = clauses(doc);
  const details = doc.mentions.map((m: Mention): MentionDetail => {
    const known = byOffsets.get(`${m.start}:${m.end}`);
    if (known) return { ...known, mention: m };
    // A mention from elsewhere: place it in its clause and look its text up.
    const ci = Math.max(0, cls.findIndex((c) => c.start <= m.start && m.end <= c.end));
    const ws = cls[ci]?.words ?? [];
    const from = Math.max(0, ws.findIndex((w) => w.start >= m.start));
    const to = Math.max(from + 1, ws.findIndex((w) => w.end > m.end) === -1 ? ws.length : ws.findIndex((w) => w.end > m.end));
    const entry = gazetteer().phrases.get(ws.slice(from, to).map((w) => w.key).join(' '))?.[0] ?? null;
    return { mention: m, clause: ci, from, to, rule: m.source, entry, expands: null };
  });
  return { details, roleAcronyms: a.roleAcronyms };
}

function pickType(ds: readonly MentionDetail[]): EntityType {
  const withEntry = ds.find((d) => d.entry);
  if (withEntry) return withEntry.entry!.type;
  const full = ds.filter((d) => !isLatinAcronym(d.mention.text));
  const pool = full.length ? full : ds;
  const votes = new Map<EntityType, number>();
  for (const d of pool) votes.set(d.mention.type, (votes.get(d.mention.type) ?? 0) + d.mention.confidence);
  return [...votes].sort((a, b) => b[1] - a[1])[0][0];
}

function bestText(ds: readonly MentionDetail[]): string {
  const full = ds.filter((d) => !isLatinAcronym(d.mention.text));
  const pool = full.length ? full : ds;
  return pool.map((d) => d.mention.text).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
}

/**
 * Among entries that share a name (पंजाब in India and in Pakistan; Hyderabad in both), the one
 * in the country the article is about.
 */
function preferCountry(entry: GazetteerEntry | null, ds: readonly MentionDetail[], cls: readonly Clause[], main: string | null): GazetteerEntry | null {
  if (!entry || !main || entry.kind === 'country' || entry.country === main || entry.generic) return entry;
  const g = gazetteer();
  for (const d of ds) {
    const key = cls[d.clause].words.slice(d.from, d.to).map((w) => w.key).join(' ');
    const alt = g.phrases.get(key)?.find((e) => e.type === entry.type && e.country === main);
    if (alt) return alt;
  }
  if (entry.kind === 'city') {
    const alt = [phoneticKey(entry.name), ...ds.map((d) => phoneticKey(d.mention.text))]
      .map((k) => g.citiesByKey.get(k)?.find((c) => c.country === main && c.name === entry.name)).find(Boolean);
    if (alt) return cityToEntry(alt);
  }
  return entry;
}

/** A generic body's name carries its country (Election Commission of Pakistan). */
function entryName(entry: GazetteerEntry, country: string | null, ds: readonly MentionDetail[]): string {
  if (!entry.generic || !country || country === entry.country || !ds.every(isGenericUse)) return entry.name;
  const c = gazetteer().byId.get(`country:${country}`);
  return c ? `${entry.generic.name} of ${c.name}` : entry.generic.name;
}

/**
 * The country an office-holder with no stated country most likely serves: the article's main
 * country, unless the article gives that same office to the main country explicitly for
 * someone else (टोगो के विदेश मंत्री … विदेश मंत्री X is not Togo's), then the next most
 * named country; a head of state or government (राष्ट्रपति, प्रधानमंत्री) takes the most named
 * country even when no country has half of the references, if no one else in the article
 * holds that office without a country.
 */
function homeCountry(tally: CountryTally, roles: readonly string[], explicit: ReadonlyMap<string, ReadonlySet<string>>, soleHolder: (head: string) => boolean): string | null {
  const phrases = roles.map(phraseKey);
  const heads = roles.map(roleHeadKey);
  const taken = (code: string): boolean => phrases.some((h) => explicit.get(h)?.has(code));
  const ranked = [...tally.counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  if (tally.main) {
    if (!taken(tally.main)) return tally.main;
    return ranked.find((c) => c !== tally.main && !taken(c)) ?? null;
  }
  if (tally.top && (tally.counts.get(tally.top) ?? 0) >= 2 && heads.some((h) => HEADS_OF_STATE.has(h) && soleHolder(h)) && !taken(tally.top)) return tally.top;
  return null;
}

/** The head word of a role as written (विदेश मंत्री → मंत्री). */
function roleHeadKey(role: string): string {
  return phraseKey(role).split(' ').pop() ?? '';
}

const HEADS_OF_STATE = new Set(['राष्ट्रपति', 'प्रधानमंत्री', 'प्रधान मंत्री']);
const CASE_ENDINGS = new Set(['ने', 'को', 'से', 'का', 'की', 'के', 'में', 'पर', 'द्वारा']);

/**
 * Offices the article ties to a country in so many words without naming who holds them
 * (`टोगो के विदेश मंत्री से बात`): role phrase key → country codes.
 */
function explicitRoleCountries(cls: readonly Clause[], countryOf: (clause: number, end: number) => string | null, personStarts: ReadonlySet<string>): Map<string, Set<string>> {
  const g = gazetteer();
  const out = new Map<string, Set<string>>();
  cls.forEach((c, ci) => {
    const ws = c.words;
    ws.forEach((w, i) => {
      // Unnamed: a case ending or the end of the clause follows the office.
      // Cheapest test first: most words are followed by something other than a case ending.
      if ((i + 1 < ws.length && !CASE_ENDINGS.has(ws[i + 1].key)) || !isRoleHeadWord(w) || personStarts.has(`${ci}:${i + 1}`)) return;
      let start = i;
      while (start > 0 && isRoleModifier(ws[start - 1].key, ws[start - 1].text) && !isRoleHeadWord(ws[start - 1])) start--;
      let code: string | null = null;
      if (start >= 1 && g.demonyms.has(ws[start - 1].key)) code = g.demonyms.get(ws[start - 1].key)!;
      else if (start >= 2 && ['के', 'की', 'का'].includes(ws[start - 1].key)) code = countryOf(ci, start - 1);
      if (!code) return;
      const key = ws.slice(start, i + 1).map((x) => x.key).join(' ');
      const set = out.get(key) ?? new Set<string>();
      set.add(code);
      out.set(key, set);
    });
  });
  return out;
}

/**
 * Links the document's mentions into entities.
 * @example linkEntities(doc)[0] // { id: 'e1', type: 'LOCATION', kind: 'country', name: 'Russia', code: 'RU', … }
 */
export function linkEntities(doc: Readonly<Doc>): Entity[] {
  if (doc.mentions.length === 0) return [];
  const { details, roleAcronyms } = detailsFor(doc);
  const keys = clusterKeys(details);
  const cls = clauses(doc);
  const groups = new Map<string, number[]>();
  details.forEach((_, i) => groups.set(keys[i], [...(groups.get(keys[i]) ?? []), i]));
  const countries = new Set(details.filter((d) => d.entry?.kind === 'country').map((d) => d.entry!.code!));
  const tally = countryTally(doc, details);

  // Places and gazetteer organisations first: people and other bodies read their country.
  const entryOf = new Map<string, GazetteerEntry | null>();
  for (const [key, idx] of groups) {
    const ds = idx.map((i) => details[i]);
    let entry = ds.find((d) => d.entry)?.entry ?? null;
    if (!entry && pickType(ds) === 'LOCATION') {
      const m = matchCity(bestText(ds), { countries, cue: false, taggedPlace: true });
      if (m) entry = { id: `city:${m.city.id}`, type: 'LOCATION', kind: 'city', name: m.city.name, code: null, country: m.city.country, names: [] };
    }
    entryOf.set(key, preferCountry(entry, ds, cls, tally.main));
  }
  const wordEnds = new Map<string, string>();
  details.forEach((d, i) => wordEnds.set(`${d.clause}:${d.to}`, keys[i]));
  const orgCountry = new Map<string, string>();
  const countryOf = (clause: number, end: number): string | null => {
    const key = wordEnds.get(`${clause}:${end}`);
    if (!key) return null;
    const e = entryOf.get(key);
    return e?.code ?? e?.country ?? orgCountry.get(key) ?? null;
  };
  const places = details.map((d, i) => ({ d, e: entryOf.get(keys[i]) })).filter((x) => x.e?.type === 'LOCATION' && (x.e.code ?? x.e.country));
  const placeBefore = (offset: number): string | null => {
    const p = places.filter((x) => x.d.mention.end <= offset && offset - x.d.mention.end < 400).pop();
    return p ? p.e!.code ?? p.e!.country : null;
  };
  const stateless = (clause: number, end: number): boolean => {
    const key = wordEnds.get(`${clause}:${end}`);
    const e = key ? entryOf.get(key) : null;
    return !!e && e.type === 'ORGANIZATION' && !e.country && !orgCountry.get(key!);
  };
  const contexts = new Map<string, { roles: string[]; country: string | null; stateless: boolean }>();
  for (const type of ['ORGANIZATION', 'PERSON'] as const) {
    for (const [key, idx] of groups) {
      const ds = idx.map((i) => details[i]);
      if (pickType(ds) !== type) continue;
      const roles: string[] = [];
      let country: string | null = null;
      let isStateless = false;
      for (const d of ds) {
        const ctx = mentionContext(doc.body, cls, d, roleAcronyms, countryOf, placeBefore, stateless);
        if (ctx.role && !roles.includes(ctx.role) && !(roleAcronyms.has(ctx.role) && roles.length)) roles.push(ctx.role);
        country ??= ctx.country;
        isStateless ||= !!ctx.stateless;
      }
      // A generic body (चुनाव आयोग) no words tie to a country belongs to the article's country.
      if (!country && ds.every((d) => isGenericUse(d) || isBareStateBody(d, cls))) country = tally.main;
      country ??= entryOf.get(key)?.country ?? null;
      if (type === 'ORGANIZATION' && country) orgCountry.set(key, country);
      contexts.set(key, { roles, country, stateless: isStateless });
    }
  }

  // A person who holds an office the text does not tie to a country most likely serves the
  // country the article is about: the one named in at least half of all country mentions.
  const countryNameAt = (clause: number, end: number): string | null => {
    const key = wordEnds.get(`${clause}:${end}`);
    const e = key ? entryOf.get(key) : null;
    return e?.kind === 'country' ? e.code : null;
  };
  const explicit = explicitRoleCountries(cls, countryNameAt, new Set(details.filter((d) => d.mention.type === 'PERSON').map((d) => `${d.clause}:${d.from}`)));
  // An office someone else holds for a country is not that country's again (one president each).
  for (const [, ctx] of contexts) {
    if (!ctx.country) continue;
    for (const r of ctx.roles) explicit.set(phraseKey(r), new Set([...(explicit.get(phraseKey(r)) ?? []), ctx.country]));
  }
  const open = [...contexts].filter(([key, ctx]) => !ctx.country && !ctx.stateless && ctx.roles.length && pickType((groups.get(key) ?? []).map((i) => details[i])) === 'PERSON');
  const headCount = new Map<string, number>();
  for (const [, ctx] of open) for (const h of new Set(ctx.roles.map(roleHeadKey))) headCount.set(h, (headCount.get(h) ?? 0) + 1);
  for (const [, ctx] of open) ctx.country = homeCountry(tally, ctx.roles, explicit, (h) => headCount.get(h) === 1);

  const entities: Entity[] = [];
  const ordered = [...groups].sort((a, b) => details[a[1][0]].mention.start - details[b[1][0]].mention.start);
  for (const [key, idx] of ordered) {
    const ds = idx.map((i) => details[i]).sort((a, b) => a.mention.start - b.mention.start);
    const type = pickType(ds);
    const entry = entryOf.get(key) ?? null;
    const ctx = contexts.get(key);
    const name = entry && type === entry.type ? entryName(entry, ctx?.country ?? null, ds)
      : type === 'ORGANIZATION' ? orgName(bestText(ds)) : romanize(bestText(ds));
    entities.push({
      id: `e${entities.length + 1}`,
      type,
      kind: type === 'LOCATION' ? entry?.kind ?? null : null,
      name,
      code: entry?.kind === 'country' ? entry.code : null,
      country: entry?.kind === 'country' ? null : ctx?.country ?? entry?.country ?? null,
      roles: ctx?.roles ?? [],
      mentions: ds.map((d) => ({ start: d.mention.start, end: d.mention.end, text: d.mention.text })),
      confidence: Math.max(...ds.map((d) => d.mention.confidence)),
    });
  }
  return entities;
}
