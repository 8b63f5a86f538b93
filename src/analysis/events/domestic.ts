import type { EntityMention } from '../quotes/layout.ts';
import type { Entity, Event, Span } from '../types.ts';
import { countryOf } from './context.ts';
import { within } from './within.ts';

/** How many times the home country must outnumber the next country for an article to be domestic. */
const DOMESTIC_RATIO = 3;

/**
 * The country of a domestic story (a government and its rebels, a party and the army): the
 * country entity named most, at least three times, and at least DOMESTIC_RATIO times as often
 * as any other country; null for a story between countries.
 *
 * @example
 * // an article naming पाकिस्तान 9 times and अफ़ग़ानिस्तान twice → null; 9 times and once → 'PK'
 */
export function domesticCountry(entities: readonly Entity[]): string | null {
  const count = new Map<string, number>();
  for (const e of entities) {
    const c = e.code ?? (e.type !== 'LOCATION' ? null : e.country);
    if (c) count.set(c, (count.get(c) ?? 0) + e.mentions.length);
  }
  const [first, second] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && second[1] * DOMESTIC_RATIO > first[1])) return null;
  return first[0];
}

const CAPITAL_OF = /^\s*की\s+राजधानी(?![\p{L}\p{M}])/u;

/** Whether a mention names a country other than home as a possible side: a city or region is only a venue, and so is the country of `X की राजधानी Y`. */
function namesOtherCountry(m: EntityMention, home: string, body: string): boolean {
  const c = countryOf(m);
  if (c === null || c === home) return false;
  if (m.entity.type === 'LOCATION' && !m.entity.code) return false;
  return !CAPITAL_OF.test(body.slice(m.end, m.end + 16));
}

/** Travel inside one's own country (कुम की यात्रा पर) is no event between two sides. */
const TRAVEL = /^04[23]/u;

/**
 * In a domestic story, an event whose one known side belongs to the home country and whose
 * other side the sentence leaves unnamed (`X ने … की मांग की`, `पेशकश की`) is between two parties
 * of that country: the missing side becomes the home country (as CAMEO codes a government and
 * its rebels, PK–PK). Left alone: negated events, travel (042/043), and events whose sentence
 * names another country (the unnamed side may be that one: `इसराइल … सीरियाई ठिकानों पर`).
 * Events are changed in place.
 *
 * @example
 * fillDomesticSide([{ source: { entity: 'e1', country: 'PK' }, target: null, root: '03', sentence: 0 } as Event], 'PK', [{ start: 0, end: 40 }], [], body);
 * // target → { entity: null, country: 'PK' }
 */
export function fillDomesticSide(events: Event[], home: string | null, sentences: readonly Span[], mentions: readonly EntityMention[], body: string): void {
  if (!home) return;
  for (const e of events) {
    if (e.negated || e.rule.startsWith('mention/') || TRAVEL.test(e.code)) continue;
    const span = sentences[e.sentence];
    if (!span || within(mentions, span).some((m) => namesOtherCountry(m, home, body))) continue;
    if (e.source?.country === home && !e.target) e.target = { entity: null, country: home };
    else if (e.target?.country === home && !e.source) e.source = { entity: null, country: home };
  }
}
