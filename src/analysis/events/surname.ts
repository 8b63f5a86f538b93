import type { Entity, Event, EventActor } from '../types.ts';

/**
 * Countries of people known by a surname alone: a PERSON entity without a country all of whose
 * mentions are one word (डेंग) takes the country of the full names that end in that word
 * (हियाल डेंग, तबन डेंग), where they all agree on one. The entities stage links a surname to a
 * full name only where it is sure which; for the side of an event the country is enough.
 *
 * @example
 * // entities हियाल डेंग (SS), तबन डेंग (SS), डेंग (no country) → Map { id of डेंग → 'SS' }
 */
export function surnameCountries(entities: readonly Entity[]): Map<string, string> {
  const byLast = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.country) continue;
    for (const m of e.mentions) {
      const words = m.text.split(/\s+/u);
      if (words.length < 2) continue;
      const set = byLast.get(words.at(-1)!) ?? new Set<string>();
      set.add(e.country);
      byLast.set(words.at(-1)!, set);
    }
  }
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || e.country || e.mentions.length === 0) continue;
    const found = new Set(e.mentions.flatMap((m) => (/\s/u.test(m.text.trim()) ? ['?'] : [...(byLast.get(m.text.trim()) ?? ['?'])])));
    if (found.size === 1 && !found.has('?')) out.set(e.id, [...found][0]!);
  }
  return out;
}

/**
 * Gives the event sides that are a surname-only person (see surnameCountries) that person's
 * country, in place.
 *
 * @example
 * resolveSurnames(events, new Map([['e9', 'SS']])); // a side { entity: 'e9', country: null } → country 'SS'
 */
export function resolveSurnames(events: Event[], countries: ReadonlyMap<string, string>): void {
  if (countries.size === 0) return;
  const fix = (s: EventActor | null): EventActor | null => (s?.entity && !s.country && countries.has(s.entity) ? { ...s, country: countries.get(s.entity)! } : s);
  for (const e of events) {
    e.source = fix(e.source);
    e.target = fix(e.target);
  }
}
