import type { Doc } from '../doc.ts';
import type { EntityMention } from '../quotes/layout.ts';
import type { Event, EventActor, Span } from '../types.ts';
import { argumentGroups, type ArgumentGroup } from './arguments.ts';
import { cameo } from './cameo.ts';
import { contextSource, isDemonymPhrase, isPassive, namesNoSide, objectPhraseOwner, otherParty, ownerDemonym, passiveGroups, pronounObject } from './context-actors.ts';
import { countryOf, dateOf, placeOf } from './context.ts';
import { candidateFrames, type Frame, type Refinement, type Role } from './frames.ts';

const FUTURE = /(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|एंगी|ूंगा|ूंगी|ोगा|ोगी|ोंगे|ोंगी)(?![\p{L}\p{M}])|(?:की योजना|का इरादा|वाले हैं|वाला है|वाली है|जा रहे हैं|जा रहा है|जा रही है)/u;
const NEGATED_AFTER = /^\s*(?:(?:से\s+)?(?:इनकार|इंकार|मना)|(?:नहीं|न)(?![\p{L}\p{M}]))/u;
/** An infinitive the frame matched that is only the content of another act (`हटाने की मांग`, `करने का वादा`). */
const EMBEDDED = /(?:ने|ना)\s+(?:की|का|के|पर|से)\s+(?:मांग|माँग|अपील|वादा|धमकी|सहमति|योजना|फ़ैसला|फैसला|आग्रह|अनुरोध|पेशकश|कोशिश|प्रयास|तैयारी|इरादा|ऐलान|घोषणा)/u;
const PRONOUN_AGENT = /(?:^|\s)(?:उन्होंने|इन्होंने|उसने|इसने)(?=\s)/u;
const VIOLENT = /^(?:18|19|20)/u;
/** A plural noun with से/के साथ right before the trigger (`राजनयिकों से बातचीत`): the other side is stated, only not named. */
const UNNAMED_PARTY = /[\p{L}\p{M}]*(?:ों|ओं)\s+(?:से|के\s+साथ)\s*$/u;
/** A passive subjunctive or obligative right after the verb (`रिहा किया जाए`, `बंद किया जाना चाहिए`): the act is called for, not done. */
const CALLED_FOR = /^\s*(?:जाए|जाएं|जाएँ|जाये|जायें|जाना\s+चाहिए|जानी\s+चाहिए|जाने\s+चाहिए|जाना\s+चाहिये|जानी\s+चाहिये)(?![\p{L}\p{M}])/u;
/** What follows the one who calls for an act in its sentence: `X ने कहा कि`, `X का कहना है कि`, `X की मांग/शर्त है कि`. */
const DEMANDER = /^\s*(?:ने|का\s+कहना\s+(?:है|था)|की\s+(?:मांग|माँग|शर्त|अपील)\s+(?:है|थी))(?![\p{L}\p{M}])/u;
const BOTH_SIDES = /दोनों\s+(?:देशों|देश|पक्षों|पक्ष|नेताओं|नेता|मंत्रियों|सरकारों)/u;

/** What the sentence coder needs beyond the document. */
export interface SentenceInput {
  index: number;
  span: Span;
  paragraph: Span | null;
  mentions: readonly EntityMention[];
  /** The sentence before (and the one before that), for sides the context gives. */
  previous?: Span | null;
  earlier?: Span | null;
}

/** What the coder carries from sentence to sentence. */
export interface CodingContext {
  /** The last pair of different countries an event had: `दोनों देश` stands for them. */
  lastPair: [EventActor, EventActor] | null;
  /** The country the article is about (see homeCountry), or null. */
  home?: string | null;
  /** The two countries the article names most: the sides of a symmetric event a sentence names none of. */
  mainPair?: [EventActor, EventActor] | null;
  /** Whether lastPair came from an event of the article (not only from the countries it names most). */
  explicitPair?: boolean;
}

function actor(m: EntityMention | undefined, modifiers: readonly EntityMention[] = []): EventActor | null {
  if (!m) return null;
  const fallback = modifiers.map(countryOf).find((c) => c !== null) ?? null;
  // A generic noun owned by a named genitive (नेटो की सेना) belongs to its owner, not to the home country.
  const own = m.entity.id === '' && modifiers.length > 0 && !isDemonymPhrase(m) ? null : countryOf(m);
  const country = own ?? fallback;
  // A generic actor (सेना, सरकार) is a side only where it has a country.
  if (m.entity.id === '') return country ? { entity: null, country } : null;
  // A place that is no country and lies in none (समुद्र, a region the gazetteer lacks) acts for nobody.
  if (m.entity.type === 'LOCATION' && !country) return null;
  return { entity: m.entity.id, country };
}

function nearest(groups: readonly ArgumentGroup[], roles: readonly Role[], trigger: Span, exclude: ArgumentGroup | null): ArgumentGroup | null {
  for (const role of roles) {
    const found = groups.filter((g) => g.role === role && g !== exclude && g.start < trigger.end)
      .sort((a, b) => b.start - a.start)[0];
    if (found) return found;
  }
  return null;
}

/** The two sides of a frame's event from the argument groups. */
function sides(frame: Frame, groups: readonly ArgumentGroup[], trigger: Span): { source: EventActor | null; target: EventActor | null } {
  const src = nearest(groups, frame.source, trigger, null);
  const side = (g: ArgumentGroup, i: number): EventActor | null => actor(g.members[i], g.memberModifiers[i] ?? g.modifiers);
  let source = src ? side(src, 0) : null;
  let target: EventActor | null = null;
  if (frame.symmetric && src && src.members.length > 1) {
    target = side(src, 1);
  } else {
    const tgt = nearest(groups, frame.target, trigger, src);
    if (tgt) {
      const i = frame.symmetric && tgt.members.length > 1 ? Math.max(0, tgt.members.findIndex((m) => countryOf(m) !== source?.country)) : 0;
      target = side(tgt, i);
    }
  }
  if (source?.entity && target?.entity && source.entity === target.entity) target = null;
  if (!source && target && frame.symmetric) [source, target] = [target, null];
  return { source, target };
}

function holds(r: Refinement, ctx: { sentence: string; before: string; future: boolean; meeting: string | null }): boolean {
  if (r.future !== undefined && r.future !== ctx.future) return false;
  if (r.near && !r.near.test(ctx.sentence)) return false;
  if (r.before && !r.before.test(ctx.before)) return false;
  if (r.meeting && r.meeting !== ctx.meeting) return false;
  return true;
}

/** 044 when the place lies in neither side's country, 042 in the target's, 043 in the source's. */
function meetingKind(place: EntityMention | null, source: EventActor | null, target: EventActor | null): string | null {
  const at = place ? countryOf(place) : null;
  if (!at || !source?.country || !target?.country) return null;
  if (at !== source.country && at !== target.country) return 'third';
  if (at === target.country) return 'visit';
  return 'host';
}

/** The names that only say where something happens: places with में/स्थित and their genitive owners (मिस्र की राजधानी काहिरा में). */
function venueNames(groups: readonly ArgumentGroup[]): Set<EntityMention> {
  const venues = groups.filter((g) => (g.role === 'in' || g.role === 'located') && g.members.every((m) => m.entity.type === 'LOCATION'));
  return new Set(venues.flatMap((g) => [...g.members, ...g.modifiers]));
}

/** The named speaker of the clause that calls for an act (`X का कहना है कि … किया जाए`), nearest before the trigger. */
function demander(doc: Readonly<Doc>, mentions: readonly EntityMention[], span: Span, trigger: Span): EventActor | null {
  const m = [...mentions].reverse().find((x) => x.start >= span.start && x.end <= trigger.start && DEMANDER.test(doc.body.slice(x.end, x.end + 24)));
  return actor(m);
}

function pronounAgent(doc: Readonly<Doc>, mentions: readonly EntityMention[], before: number, sentence: Span): EntityMention | undefined {
  return [...mentions].reverse().find((m) => m.end <= sentence.start && before - m.end < 400
    && (m.entity.type === 'PERSON' || m.entity.type === 'ORGANIZATION') && doc.body.slice(m.end, m.end + 4).trimStart().startsWith('ने'));
}

/**
 * Codes the events one sentence states: every frame whose trigger stands in it and whose
 * pattern matches, with its sides from Hindi syntax, place, date, refined code, and negation.
 * Events stay unmerged (see mergeEvents).
 *
 * @example
 * // 'पाकिस्तान और रूस ने समझौते पर हस्ताक्षर किए.' → [{ code: '057', source: PK, target: RU, … }]
 */
export function codeSentence(doc: Readonly<Doc>, input: SentenceInput, context: CodingContext): Event[] {
  const { span } = input;
  const text = doc.body.slice(span.start, span.end);
  const out: Event[] = [];
  const taken: Span[] = [];
  for (const frame of candidateFrames(text)) {
    if (frame.unless?.test(text)) continue;
    frame.pattern.lastIndex = 0;
    for (const m of text.matchAll(frame.pattern)) {
      const trigger = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      if (taken.some((t) => trigger.start < t.end && t.start < trigger.end)) continue;
      if (EMBEDDED.test(doc.body.slice(trigger.end - 3, Math.min(span.end, trigger.end + 16)))) continue;
      const allGroups = argumentGroups(doc.body, span, input.mentions, trigger);
      const passive = isPassive(doc.body, trigger, span.end);
      const groups = passive ? passiveGroups(doc.body, allGroups) : allGroups;
      let { source, target } = sides(frame, groups, trigger);
      const before = doc.body.slice(span.start, trigger.start);
      if (!target && frame.target.includes('dative')) target = actor(pronounObject(doc.body, span, trigger, input.mentions, input.earlier ?? input.previous ?? null) ?? undefined);
      if (!source && !passive && PRONOUN_AGENT.test(before)) source = actor(pronounAgent(doc, input.mentions, span.start, span));
      if (!source && passive && target && !frame.symmetric) source = contextSource(input.mentions, span, input.previous ?? null, target, trigger, context.home ?? null, context.lastPair);
      if (!source && frame.source.includes('genitive')) source = actor(ownerDemonym(doc.body, input.mentions, trigger) ?? undefined);
      if (!source && !target && frame.symmetric) {
        const both = BOTH_SIDES.exec(before);
        if (both && /पक्ष/u.test(both[0]) && context.home && !context.explicitPair) [source, target] = [{ entity: null, country: context.home }, { entity: null, country: context.home }];
        else if (both && context.lastPair) [source, target] = context.lastPair;
        else if (frame.contextPair && context.mainPair && !UNNAMED_PARTY.test(before) && namesNoSide(input.mentions, span, venueNames(allGroups))) [source, target] = context.mainPair;
      }
      if (source?.country && !target && frame.target.includes('dative') && !frame.symmetric) {
        const agents = new Set(allGroups.filter((g) => g.role === 'agent').flatMap((g) => g.members));
        target = actor(objectPhraseOwner(doc.body, input.mentions, span, trigger, source, agents) ?? undefined);
      }
      if (source?.country && !target && VIOLENT.test(frame.code) && !frame.id.startsWith('mention/')) {
        const agents = new Set(allGroups.filter((g) => g.role === 'agent').flatMap((g) => g.members));
        target = otherParty(input.mentions.filter((x) => !agents.has(x)), span, trigger, source);
      }
      if (frame.requires === 'source' && !source) continue;
      if (frame.requires === 'both' && !(source && target)) continue;
      if (frame.requires === 'any' && !source && !target) continue;
      const place = placeOf(groups, trigger, doc.body);
      const after = doc.body.slice(trigger.end, span.end);
      const negated = m.groups?.neg !== undefined || NEGATED_AFTER.test(after);
      const future = FUTURE.test(doc.body.slice(trigger.start, Math.min(span.end, trigger.end + 30)));
      const ctx = { sentence: text, before, future, meeting: meetingKind(place, source, target) };
      let code = frame.refine.find((r) => holds(r, ctx))?.code ?? frame.code;
      // `उन्हें रिहा किया जाए`: a demand on whoever would act; who demands it is not in the clause.
      if (CALLED_FOR.test(after) && !frame.id.startsWith('mention/')) [code, source, target] = [frame.demand, demander(doc, input.mentions, span, trigger), source ?? target];
      const c = cameo(code)!;
      const event: Event = {
        code, root: c.root, label: c.label, quad: c.quad, goldstein: c.goldstein,
        source, target,
        date: dateOf(doc, span, input.paragraph, trigger),
        place: place?.entity.id ?? null,
        sentence: input.index,
        evidence: [trigger],
        rule: frame.id,
        confidence: Math.round(Math.max(0.1, Math.min(1, frame.confidence + (source && target ? 0.1 : source || target ? 0 : -0.2))) * 100) / 100,
      };
      if (negated) event.negated = true;
      out.push(event);
      taken.push(trigger);
      if (source?.country && target?.country && source.country !== target.country) {
        context.lastPair = [source, target];
        context.explicitPair = true;
      }
    }
  }
  return out;
}
