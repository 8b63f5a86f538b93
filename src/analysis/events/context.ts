import type { Doc } from '../doc.ts';
import type { EntityMention } from '../quotes/layout.ts';
import type { DateMention, Span } from '../types.ts';
import type { ArgumentGroup } from './arguments.ts';
import { within } from './within.ts';

/**
 * The country a name stands for: a country's own code, else the country a person,
 * organisation or place belongs to.
 *
 * @example
 * countryOf({ entity: { code: null, country: 'PK' } } as never); // 'PK'
 */
export function countryOf(m: EntityMention): string | null {
  return m.entity.code ?? m.entity.country ?? null;
}

/**
 * Where an event happens: the place named with `में` or `स्थित` (or as `X की राजधानी Y`) in its
 * sentence, nearest to the trigger, as a LOCATION entity mention.
 *
 * @example
 * // 'दोनों नेता मॉस्को में मिले' → the mention मॉस्को
 */
export function placeOf(groups: readonly ArgumentGroup[], trigger: Span, body?: string): EntityMention | null {
  const places = groups.filter((g) => (g.role === 'in' || (g.role === 'located' && (!body || locatedIsVenue(body, g.end))))
    && g.members[0]!.entity.type === 'LOCATION');
  if (places.length === 0) return null;
  const dist = (g: ArgumentGroup): number => (g.end <= trigger.start ? trigger.start - g.end : 10_000 + g.start - trigger.end);
  return [...places].sort((a, b) => dist(a) - dist(b))[0]!.members[0]!;
}

const AFTER_LOCATED = /^\s*स्थित((?:\s+[^\s,.।!?()]+){1,6}?)\s+(?<post>में|को|का|की|के|ने|से|पर)(?![\p{L}\p{M}])/u;

/**
 * Whether `X स्थित …` names where something happens: the phrase after स्थित ends in `में`
 * (मॉस्को स्थित दूतावास में). Where it ends in another postposition the place only says where
 * the object lies (कराची स्थित स्टील मिल को फिर से शुरू करने): not the event's place.
 *
 * @example
 * locatedIsVenue(' स्थित पाकिस्तानी दूतावास में किया गया', 0); // true
 */
export function locatedIsVenue(body: string, at: number): boolean {
  const m = AFTER_LOCATED.exec(body.slice(at, at + 160));
  return m?.groups?.post === 'में';
}

type ResolvedDate = DateMention & { value: string };
/** The resolved dates of each document's date list, computed once per list (dateOf runs per trigger). */
const resolvedOf = new WeakMap<readonly DateMention[], ResolvedDate[]>();

function resolvedDates(dates: readonly DateMention[]): ResolvedDate[] {
  let r = resolvedOf.get(dates);
  if (!r) {
    r = dates.filter((d): d is ResolvedDate => d.value !== null);
    resolvedOf.set(dates, r);
  }
  return r;
}

const PRESENT_PERFECT = /(?:किए|किया|किये|की|कीं|दिए|दिया|दी|लिया|लिए|ली|गया|गए|गई|हुआ|हुए|हुई|लगाए|लगाया|लगाई|जताई|जताया|पर)\s+(?:है|हैं)(?![\p{L}\p{M}])/u;

/**
 * When an event happened: a date in its sentence (the one nearest the trigger), else the
 * nearest date before it in the same paragraph, else the anchor date when the verb is in the
 * present perfect (`किए हैं`, `की है`) — news reports a fresh event that way.
 *
 * @example
 * // 'रूस और पाकिस्तान ने समझौते पर हस्ताक्षर किए हैं' with anchor 2025-07-11 → '2025-07-11'
 */
export function dateOf(doc: Readonly<Doc>, sentence: Span, paragraph: Span | null, match: Span): string | null {
  const dated = resolvedDates(doc.dates);
  const inSentence = within(dated, sentence);
  if (inSentence.length > 0) {
    const dist = (d: DateMention): number => Math.min(Math.abs(d.end - match.start), Math.abs(d.start - match.end));
    return [...inSentence].sort((a, b) => dist(a) - dist(b))[0]!.value;
  }
  if (paragraph) {
    const before = within(dated, { start: paragraph.start, end: sentence.start });
    if (before.length > 0) return before[before.length - 1]!.value;
  }
  const verb = doc.body.slice(match.start, Math.min(sentence.end, match.end + 16));
  if (doc.anchorDate && PRESENT_PERFECT.test(verb)) return doc.anchorDate;
  return null;
}
