import { readFileSync } from 'node:fs';
import { loadDemonyms } from '../../gazetteer/load.ts';
import type { Doc } from '../doc.ts';
import type { EntityMention } from '../quotes/layout.ts';
import type { Entity } from '../types.ts';
import { foldPattern, foldWord } from './fold.ts';
import { frameLexicon } from './frames.ts';
import { firstStartingAt } from './within.ts';
import { forEachLetterWord } from '../../text/letter-words.ts';

/**
 * Actors that are not entities: a demonym phrase (इसराइली सेना, भारतीय नाविकों, पाकिस्तानी) or a
 * generic actor noun (सरकार, सेना, विद्रोहियों, जूरी). They stand in the argument slots like entity
 * mentions but carry a synthetic entity whose `id` is empty: an event side they fill has
 * `entity: null` and the country the phrase gives.
 */

interface ActorLexicon {
  demonyms: Map<string, string>;
  nouns: string[];
  /** Sticky pattern of the nouns, nukta-tolerant, longest first. */
  nounPattern: RegExp;
  /** The first character of every noun: where none stands, the pattern cannot match. */
  nounFirst: Set<number>;
  homeOnly: Set<string>;
}
let cached: ActorLexicon | null = null;

function lexicon(): ActorLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('../../../data/frames/actors.json', import.meta.url), 'utf8')) as { nouns?: unknown; homeOnly?: unknown };
  const list = (x: unknown, key: string): string[] => {
    if (!Array.isArray(x) || !x.every((s) => typeof s === 'string' && s.trim() !== '')) throw new Error(`data/frames/actors.json: "${key}" must be a list of strings`);
    return x as string[];
  };
  const nouns = list(raw.nouns, 'nouns').map(foldWord).sort((a, b) => b.length - a.length);
  const homeOnly = new Set(list(raw.homeOnly, 'homeOnly').map(foldWord));
  for (const h of homeOnly) if (!nouns.includes(h)) throw new Error(`data/frames/actors.json: homeOnly "${h}" is not a noun`);
  const demonyms = new Map<string, string>();
  for (const d of loadDemonyms()) for (const w of d.hi) demonyms.set(foldWord(w), d.country);
  const nounPattern = new RegExp(`(?:${nouns.map((n) => foldPattern(n).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`, 'uy');
  const nounFirst = new Set(nouns.map((n) => n.charCodeAt(0)));
  cached = { demonyms, nouns, homeOnly, nounPattern, nounFirst };
  return cached;
}

/** Whether an actor lexicon word is a known generic noun (for tests and the docs). */
export function isActorNoun(word: string): boolean {
  return lexicon().nouns.includes(foldWord(word));
}

function synthetic(country: string | null, text: string): Entity {
  return { id: '', type: 'ORGANIZATION', kind: null, name: text, code: null, country, roles: [], mentions: [], confidence: 0.5 };
}

/**
 * The country an article is about: the country entity named most, when it has at least twice
 * the mentions of the next (a story about South Sudan's war, Pakistan's Taliban talks).
 *
 * @example
 * // an article naming पाकिस्तान 6 times and भारत once → 'PK'
 */
export function homeCountry(entities: readonly Entity[]): string | null {
  const count = new Map<string, number>();
  for (const e of entities) {
    const c = e.code ?? (e.type !== 'LOCATION' ? null : e.country);
    if (c) count.set(c, (count.get(c) ?? 0) + e.mentions.length);
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return null;
  return first[0];
}


/**
 * Demonym phrases and generic actor nouns of the body that no entity mention covers, as
 * mentions of synthetic entities. A demonym takes the next word with it (इसराइली सेना) unless
 * that word is a known actor noun phrase of more words; a generic noun without a demonym takes
 * no country here (a genitive country before it gives one through the argument groups), except
 * the nouns of `homeOnly`, which fall back to the article's home country.
 *
 * @example
 * // 'इसराइली सेना ने कहा' → [{ text: 'इसराइली सेना', entity: { id: '', country: 'IL' } }]
 */
export function actorMentions(doc: Readonly<Doc>, taken: readonly EntityMention[]): EntityMention[] {
  const lex = lexicon();
  const home = homeCountry(doc.entities);
  const body = doc.body;
  const out: EntityMention[] = [];
  // Overlap tests by binary search: `taken` sorted by start with the running maximum of its ends;
  // `out` grows in body order, so only the furthest end so far matters.
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((m, i) => maxEnd.push(Math.max(m.end, i > 0 ? maxEnd[i - 1]! : -1)));
  let outEnd = -1;
  const takenOverlaps = (s: number, e: number): boolean => {
    const last = firstStartingAt(sorted, e) - 1;
    return last >= 0 && maxEnd[last]! > s;
  };
  // Every phrase in `out` starts at an earlier word, so one overlaps [s, e) exactly when it ends after s.
  const free = (s: number, e: number): boolean => !takenOverlaps(s, e) && outEnd <= s;
  const push = (m: EntityMention): void => {
    out.push(m);
    outEnd = Math.max(outEnd, m.end);
  };
  /** Whether a taken name starts right after `end` past one or more spaces. */
  const nameAfterSpace = (end: number): boolean => {
    let k = end;
    while (k < body.length && /\s/u.test(body[k]!)) k++;
    if (k === end) return false;
    const i = firstStartingAt(sorted, end + 1);
    return i < sorted.length && sorted[i]!.start <= k;
  };
  const nounAt = (at: number): string | null => {
    if (!lex.nounFirst.has(body.charCodeAt(at))) return null;
    lex.nounPattern.lastIndex = at;
    return lex.nounPattern.exec(body)?.[0] ?? null;
  };
  const words: { index: number; text: string }[] = [];
  forEachLetterWord(body, (s, e) => { words.push({ index: s, text: body.slice(s, e) }); });
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const start = w.index;
    const country = lex.demonyms.get(foldWord(w.text));
    if (country) {
      const next = words[i + 1];
      const gapOk = next && /^\s+$/u.test(body.slice(start + w.text.length, next.index));
      let end = start + w.text.length;
      if (gapOk) {
        // The demonym takes the noun it qualifies, never an event word (इसराइली बमबारी).
        const noun = nounAt(next.index);
        if (noun) end = next.index + noun.length;
        else if (!frameLexicon().byTrigger.has(foldWord(next.text))) end = next.index + next.text.length;
      }
      if (free(start, end)) push({ start, end, text: body.slice(start, end), entity: synthetic(country, body.slice(start, end)) });
      continue;
    }
    const noun = nounAt(start);
    if (!noun) continue;
    const end = start + noun.length;
    if (!free(start, end)) continue;
    // A title right before a name (विदेश मंत्री X) belongs to the name, not a side of its own.
    if (nameAfterSpace(end)) continue;
    const c = lex.homeOnly.has(foldWord(noun).replace(/\s+/g, ' ')) ? home : null;
    push({ start, end, text: body.slice(start, end), entity: synthetic(c, body.slice(start, end)) });
  }
  return out;
}

/**
 * Joins a demonym phrase to the name right after it: `फ़लस्तीनी संगठन हमास`, `इसराइली
 * प्रधानमंत्री X` — the name takes the demonym's country where the entities stage gave it none
 * (on a copy of the entity, for this stage only), and the demonym phrase no longer stands as a
 * side of its own.
 *
 * @example
 * // 'फ़लस्तीनी संगठन हमास ने' → one mention हमास with country 'PS'
 */
export function attachDemonyms(named: readonly EntityMention[], actors: readonly EntityMention[], body: string): EntityMention[] {
  const used = new Set<EntityMention>();
  const demonymOf = new Map<EntityMention, string>();
  const byStart = [...named].sort((a, b) => a.start - b.start);
  for (const a of actors) {
    if (!a.entity.country || !lexicon().demonyms.has(foldWord(a.text.split(/\s+/)[0]!))) continue;
    // The first name starting at or after the phrase: a later one has a longer gap, never only spaces when this one's is not.
    const first = byStart[firstStartingAt(byStart, a.end)];
    const next = first && /^\s*$/u.test(body.slice(a.end, first.start)) ? first : undefined;
    if (!next) continue;
    used.add(a);
    if (next.entity.type !== 'LOCATION' && !next.entity.code && !next.entity.country) demonymOf.set(next, a.entity.country);
  }
  const copies = new Map<string, Entity>();
  const out = named.map((m) => {
    const c = demonymOf.get(m);
    if (!c) return m;
    const e = copies.get(m.entity.id) ?? { ...m.entity, country: c };
    copies.set(m.entity.id, e);
    return { ...m, entity: e };
  });
  // Every mention of an entity that got a country this way carries it.
  const all = out.map((m) => (copies.has(m.entity.id) ? { ...m, entity: copies.get(m.entity.id)! } : m));
  return [...all, ...actors.filter((a) => !used.has(a))].sort((a, b) => a.start - b.start || b.end - a.end);
}
