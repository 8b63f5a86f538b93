import { loadDemonyms } from '../../gazetteer/load.ts';
import type { EntityMention } from '../quotes/layout.ts';
import type { EventActor, Span } from '../types.ts';
import type { ArgumentGroup } from './arguments.ts';
import { countryOf } from './context.ts';
import { foldWord } from './fold.ts';

/**
 * Sides an event's sentence does not name but its context makes plain: the actor of an
 * agentless passive (`उन्हें हिरासत में लिया गया`), the person an object pronoun stands for
 * (`उन्हें रिहा कर दिया`). Hindi allows no ergative ने agent inside a passive clause, so a ने
 * name before a passive verb is the agent of another verb (`X ने ट्वीट किया, "… रिहा कर दिया
 * गया है"`), never of the event.
 */

const PASSIVE_AFTER = /^\s*(?:(?:भी|ही|तो)\s+)?(?:(?:कर\s+)?(?:दिया|दिए|दी|किया|किए|की|लिया|लिए|ली)\s+(?=ग))?(?:गया|गई|गईं|गए|गयी|गये|जाएगा|जाएगी|जाएंगे|जाएंगी|जायेगा|जायेगी|जा रहा|जा रही|जा रहे|जाता|जाती|जाते|जाए|जाएं|जाना|जाने|जा चुका|जा चुकी|जा चुके|जा सकता|जा सकती|जा सकते)(?![\p{L}\p{M}])/u;
const PASSIVE_IN = /(?:किया|किए|किये|की|लिया|लिए|ली|दिया|दिए|दी)\s+(?:गया|गई|गईं|गए|गयी|गये)$/u;
const OBJECT_PRONOUN = /(?:^|\s)(?:उन्हें|उनको|उसे|उसको|इन्हें|इनको)(?=\s)/u;
/** The ergative ने right after a name or after the few words of its phrase (X के प्रवक्ता ने). */
const ERGATIVE = /^(?:\s+[^\s,.।!?]+){0,4}?\s+ने(?![\p{L}\p{M}])/u;

/**
 * Whether the trigger's verb is passive: `किया गया`, `रिहा कर दिया गया`, `हिरासत में लिया जाएगा`.
 *
 * @example
 * isPassive('उन्हें रिहा कर दिया गया है', { start: 7, end: 20 }, 26); // true
 */
export function isPassive(body: string, trigger: Span, sentenceEnd: number): boolean {
  return PASSIVE_IN.test(body.slice(trigger.start, trigger.end)) || PASSIVE_AFTER.test(body.slice(trigger.end, Math.min(sentenceEnd, trigger.end + 24)));
}

/**
 * The argument groups that may stand for the agent of a passive verb: no ergative `ने` name
 * (it belongs to another clause) and no bare name (in a passive a bare name is the patient);
 * `द्वारा` and `की ओर से` agents stay.
 *
 * @example
 * // 'X ने कहा कि Y को रिहा कर दिया गया' → the group X is left out
 */
export function passiveGroups(body: string, groups: readonly ArgumentGroup[]): ArgumentGroup[] {
  return groups.filter((g) => g.role !== 'bare' && !(g.role === 'agent' && ERGATIVE.test(body.slice(g.end, g.end + 60))));
}

/**
 * The acting side of an agentless passive taken from its context: the country-bearing name
 * nearest the trigger in the same sentence whose country is not the target's (in `A के
 * उच्चायुक्त और B के राष्ट्रपति की बैठक के बाद A के नाविकों को रिहा कर दिया गया`, B), else the
 * last such name in the sentence before, else the article's home country when it is not the
 * target's, else, in an article about two countries, the one that is not the target's. Null
 * when nothing tells.
 *
 * @example
 * // target IN, the sentence also names टोगो → { entity: 'e4', country: 'TG' }
 */
export function contextSource(mentions: readonly EntityMention[], sentence: Span, previous: Span | null, target: EventActor, trigger: Span,
  home: string | null, pair: readonly EventActor[] | null = null): EventActor | null {
  const other = (m: EntityMention): boolean => {
    const c = countryOf(m);
    return c !== null && c !== target.country && m.entity.id !== target.entity;
  };
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && other(m));
  const dist = (m: EntityMention): number => (m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end);
  const near = [...inSentence].sort((a, b) => dist(a) - dist(b))[0]
    ?? (previous ? mentions.filter((m) => m.start >= previous.start && m.end <= previous.end && other(m)).at(-1) : undefined);
  if (near) return { entity: near.entity.id === '' ? null : near.entity.id, country: countryOf(near) };
  if (!target.country) return null;
  if (home) return home !== target.country ? { entity: null, country: home } : null;
  // An article about two countries: the one that is not the target's.
  const others = (pair ?? []).filter((a) => a.country !== null && a.country !== target.country);
  return pair?.some((a) => a.country === target.country) && others.length === 1 ? { entity: null, country: others[0]!.country } : null;
}

/**
 * The person an object pronoun (`उन्हें`, `उसे`) before the trigger stands for: the last person
 * named in the two sentences before, when that person has a country; where no person is named,
 * an organisation named in the sentences before (a person the entities stage missed, `सीआईए
 * एजेंट X`).
 *
 * @example
 * // 'राजनयिक जॉन स्मिथ को पकड़ा गया. उन्हें रिहा कर दिया गया.' → the mention जॉन स्मिथ
 */
export function pronounObject(body: string, sentence: Span, trigger: Span, mentions: readonly EntityMention[], earlier: Span | null): EntityMention | null {
  const p = OBJECT_PRONOUN.exec(body.slice(sentence.start, trigger.start));
  if (!p) return null;
  const from = earlier?.start ?? sentence.start;
  const upTo = sentence.start + p.index;
  const named = mentions.filter((m) => m.start >= from && m.end <= upTo && m.entity.id !== '');
  const person = named.filter((m) => m.entity.type === 'PERSON').at(-1);
  if (person) return countryOf(person) ? person : null;
  // A person the entities missed (सीआईए एजेंट X): the organisation named with them in the sentence before.
  const org = named.filter((m) => m.entity.type === 'ORGANIZATION' && m.end <= sentence.start).at(-1);
  return org && countryOf(org) ? org : null;
}

/**
 * A demonym that owns the event noun right after it (`इसराइली बमबारी`, `पाकिस्तानी हमले`): the
 * adjective says who did it, as a genitive would (`इसराइल की बमबारी`).
 *
 * @example
 * // 'इसराइली बमबारी में …' with the actor phrase इसराइली → that mention (country IL)
 */
export function ownerDemonym(body: string, mentions: readonly EntityMention[], trigger: Span): EntityMention | null {
  const m = mentions.find((x) => x.end < trigger.start && x.end >= trigger.start - 3 && /^\s+$/u.test(body.slice(x.end, trigger.start)));
  return m && m.entity.id === '' && !/\s/u.test(m.text) && countryOf(m) ? m : null;
}

/**
 * The other party of a violent act whose target the syntax did not give: the country-bearing
 * name nearest the trigger in the sentence whose country is not the source's (`इसराइली हमले में
 * चार फ़लस्तीनी बच्चों की मौत` → the Palestinian children; `रॉकेट दाग़े जिनमें एक इसराइली मारा
 * गया` → the Israeli). The caller leaves out the names acting with the source.
 *
 * @example
 * // source IL, the sentence names फ़लस्तीनी बच्चों → { entity: null, country: 'PS' }
 */
export function otherParty(mentions: readonly EntityMention[], sentence: Span, trigger: Span, source: EventActor): EventActor | null {
  const dist = (m: EntityMention): number => (m.end <= trigger.start ? trigger.start - m.end : m.start - trigger.end);
  const near = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && countryOf(m) !== null && countryOf(m) !== source.country)
    .sort((a, b) => dist(a) - dist(b))[0];
  return near ? { entity: near.entity.id === '' ? null : near.entity.id, country: countryOf(near) } : null;
}

/**
 * Whether a sentence names no country-bearing side at all: a symmetric event it states (`इस
 * युद्धविराम की घोषणा की गई`, `बातचीत अगले महीने शुरू होगी`) is then about the pair the article
 * is following. Names that only say where it happens (`venues`: `मिस्र की राजधानी काहिरा में`)
 * are no side: talks held in a third country are still the pair's talks.
 *
 * @example
 * // 'अगले महीने से बातचीत शुरू होगी.' → true
 */
export function namesNoSide(mentions: readonly EntityMention[], sentence: Span, venues: ReadonlySet<EntityMention> = new Set()): boolean {
  return !mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end && countryOf(m) !== null && !venues.has(m));
}

let demonymWords: Set<string> | null = null;

/**
 * Whether an actor phrase opens with a demonym (`इसराइली सेना`, `भारतीय नाविकों`): its country
 * is stated, not lent by the article's home country.
 *
 * @example
 * isDemonymPhrase({ text: 'इसराइली सेना' } as never); // true
 */
export function isDemonymPhrase(m: Pick<EntityMention, 'text'>): boolean {
  demonymWords ??= new Set(loadDemonyms().flatMap((d) => d.hi.map(foldWord)));
  return demonymWords.has(foldWord(m.text.split(/\s+/u)[0] ?? ''));
}

/**
 * The target inside an object phrase: in `इसराइली हमले में हुई बच्चों की मौत को X ने युद्ध
 * अपराध क़रार दिया` the object is a noun phrase ending in को whose owner (इसराइली) is the side
 * the act is aimed at. Takes the country-bearing name nearest before the last `को` before the
 * trigger, within that phrase, that is not the source's country and not among `exclude`.
 *
 * @example
 * // 'इसराइली हमले में हुई मौत को हमास ने अपराध क़रार दिया' (source PS) → the mention इसराइली
 */
export function objectPhraseOwner(body: string, mentions: readonly EntityMention[], sentence: Span, trigger: Span,
  source: EventActor, exclude: ReadonlySet<EntityMention>): EntityMention | null {
  const before = body.slice(sentence.start, trigger.start);
  const ko = [...before.matchAll(/(?<![\p{L}\p{M}])को(?![\p{L}\p{M}])/gu)].at(-1);
  if (!ko) return null;
  const at = sentence.start + ko.index;
  // The phrase starts after the last clause break before को.
  const cut = Math.max(sentence.start, ...[...before.slice(0, ko.index).matchAll(/[,;:]|(?<![\p{L}\p{M}])(?:कि|और|लेकिन)(?![\p{L}\p{M}])/gu)].map((b) => sentence.start + b.index + b[0].length));
  const owner = mentions.filter((m) => m.start >= cut && m.end <= at && at - m.end < 90 && !exclude.has(m)
    && countryOf(m) !== null && countryOf(m) !== source.country).at(-1);
  return owner ?? null;
}
