import type { Doc } from '../doc.ts';
import { entityMentions, type EntityMention, paragraphSpans, sentenceSpans, spanIndexAt } from '../quotes/layout.ts';
import type { Event, EventActor } from '../types.ts';
import { actorMentions, attachDemonyms, homeCountry } from './actors.ts';
import { codeSentence, type CodingContext } from './code-sentence.ts';
import { domesticCountry, fillDomesticSide } from './domestic.ts';
import { mergeEvents } from './merge.ts';
import { resolveSurnames, surnameCountries } from './surname.ts';
import { recodeWarAttacks } from './war-context.ts';
import { cameo } from './cameo.ts';
import { applyRestatedPlaces } from './restated-place.ts';

/** How much a mention of a place, person or organisation that lies in or belongs to a country counts toward it (a country's own name counts 1). */
const BELONGS_WEIGHT = 0.5;
const CAPITAL_OF = /^\s*की\s+राजधानी(?![\p{L}\p{M}])/u;

/**
 * The two countries the article names most, as a default pair for `दोनों देशों`: country names
 * and demonym phrases (इसराइली सेना) alike, so a country the entities stage missed still counts.
 * Places, people and organisations count half for their country: an article about a conflict
 * names its cities and actors (ग़ज़ा, हमास) more than a mediator's, whose capital is one venue
 * (`X की राजधानी Y` counts once, by the city).
 */
function mainCountries(mentions: readonly EntityMention[], body: string): [EventActor, EventActor] | null {
  const count = new Map<string, { n: number; entity: string | null }>();
  for (const m of mentions) {
    // `मिस्र की राजधानी काहिरा` names one place, counted by the city.
    if (CAPITAL_OF.test(body.slice(m.end, m.end + 16))) continue;
    const own = m.entity.code ?? (m.entity.id === '' ? m.entity.country : null);
    const c = own ?? m.entity.country;
    if (!c) continue;
    const seen = count.get(c) ?? { n: 0, entity: null };
    count.set(c, { n: seen.n + (own ? 1 : BELONGS_WEIGHT), entity: seen.entity ?? (m.entity.code ? m.entity.id : null) });
  }
  const [a, b] = [...count.entries()].sort((x, y) => y[1].n - x[1].n);
  return a && b ? [{ entity: a[1].entity, country: a[0] }, { entity: b[1].entity, country: b[0] }] : null;
}

/**
 * CAMEO-coded events, driven by the verb frames of data/frames/frames.json: each sentence is
 * matched against the frames its words trigger; the sides come from Hindi syntax (ergative ने,
 * coordination, के साथ, को, पर, की ओर से), resolved to countries through the entities; place from
 * `X में`/`X स्थित`; date from the sentence, the paragraph before it, or the anchor date for a
 * present-perfect report. Restatements merge into one event with several evidence spans.
 * Negated events are kept with `negated: true` (the Analysis leaves them out). Events with no
 * resolved side are dropped unless `options.keepSideless` (see CodeOptions).
 *
 * @example
 * // doc.body 'पाकिस्तान और रूस ने समझौते पर हस्ताक्षर किए हैं.' with both countries as entities:
 * codeEvents(doc)[0]; // { code: '057', root: '05', source: { country: 'PK' }, target: { country: 'RU' }, … }
 */
export function codeEvents(doc: Readonly<Doc>, options: CodeOptions = {}): Event[] {
  const sentences = sentenceSpans(doc);
  const paragraphs = paragraphSpans(doc);
  const named = entityMentions(doc.entities);
  const mentions = attachDemonyms(named, actorMentions(doc, named), doc.body);
  const main = mainCountries(mentions, doc.body);
  const context: CodingContext = { lastPair: main, mainPair: main, home: homeCountry(doc.entities) };
  const events = sentences.flatMap((span, index) => {
    const p = spanIndexAt(paragraphs, span.start);
    const previous = sentences[index - 1] ?? null;
    const earlier = sentences[index - 2] ?? null;
    return codeSentence(doc, { index, span, paragraph: p >= 0 ? paragraphs[p]! : null, mentions, previous, earlier }, context);
  });
  resolveSurnames(events, surnameCountries(doc.entities));
  recodeWarAttacks(events, (code) => cameo(code)!);
  const merged = mergeEvents(events);
  applyRestatedPlaces(merged, doc.body, sentences, mentions);
  fillDomesticSide(merged, domesticCountry(doc.entities), sentences, mentions, doc.body);
  return options.keepSideless ? merged : merged.filter(reportable);
}

/** How codeEvents reports. */
export interface CodeOptions {
  /**
   * Keep events neither of whose sides resolved to an entity or a country (a blast, a clash
   * reported without actors). GDELT-style output needs actors, so the Analysis leaves them out;
   * event-detection evaluations (EDNIL) that score the event alone ask for them.
   */
  keepSideless?: boolean;
}

/**
 * Whether an event goes into the Analysis: both sides found (an entity or a country each) and
 * at least one of them resolved to a country. One-sided events (`X ने इनकार किया`, a bare `मांग
 * की`) are mostly statements whose other side the sentence leaves to the reader; measured on the
 * gold articles they were right about one time in eighteen, so the GDELT-style output leaves them
 * out and `keepSideless` brings them back. Events of `mention/` frames (an attack named by its noun,
 * not stated) never go in.
 *
 * @example
 * reportable({ source: { entity: 'e1', country: 'RU' }, target: null } as Event); // false
 */
export function reportable(e: Pick<Event, 'source' | 'target' | 'rule'>): boolean {
  if (e.rule.startsWith('mention/')) return false;
  return e.source !== null && e.target !== null && hasSide(e)
    && (e.source.country !== null || e.target.country !== null)
    && (e.source.entity !== null || e.source.country !== null) && (e.target.entity !== null || e.target.country !== null);
}

/**
 * Whether an event has at least one side that resolved to an entity or a country.
 *
 * @example
 * hasSide({ source: null, target: { entity: null, country: 'IL' } } as Event); // true
 */
export function hasSide(e: Pick<Event, 'source' | 'target'>): boolean {
  return [e.source, e.target].some((s) => s !== null && (s.entity !== null || s.country !== null));
}
