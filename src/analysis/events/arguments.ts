import type { EntityMention } from '../quotes/layout.ts';
import type { Span } from '../types.ts';
import { foldPattern } from './fold.ts';
import type { Role } from './frames.ts';
import { within } from './within.ts';

/** Names that fill one argument slot: one name, or several joined by और/व/एवं/तथा/comma. */
export interface ArgumentGroup {
  members: EntityMention[];
  role: Role;
  start: number;
  end: number;
  /** Names in a genitive before the group (पाकिस्तान के विदेश मंत्री X): a fallback for the country. */
  modifiers: EntityMention[];
  /** The modifiers of each member, in member order. */
  memberModifiers: EntityMention[][];
}

const NOT_LETTER = '(?![\\p{L}\\p{M}])';
const MARKERS: [Role | 'capital', string][] = [
  ['cite', 'के मुताबिक|के अनुसार|के हवाले से|के मुताबिक़'],
  ['agent', 'की ओर से|की तरफ़ से|द्वारा|ने'],
  ['with', 'के साथ|के संग'],
  ['between', 'के बीच|के दरम्यान|के दरमियान'],
  ['against', 'के ख़िलाफ़|के विरुद्ध|के विरोध में'],
  ['visit', 'के दौरे पर|की यात्रा पर|के दौरे|का दौरा|की यात्रा'],
  ['capital', 'की राजधानी'],
  ['located', 'स्थित'],
  ['dative', 'को'],
  ['on', 'पर'],
  ['se', 'से'],
  ['in', 'में'],
];
const MARKER = new RegExp(`^\\s*(?:${MARKERS.map(([r, alt]) => `(?<${r}>${foldPattern(alt)})`).join('|')})${NOT_LETTER}`, 'u');
const GENITIVE = new RegExp(`^\\s*(?:का|की|के)${NOT_LETTER}`, 'u');
const COORDINATION = new RegExp(`^\\s*(?:,\\s*)?(?:और|व|एवं|तथा|,)\\s*`, 'u');
const WORD = /^\s*[^\s,;:।.!?"“”'‘’()]+/u;

function markerAt(text: string): { role: Role | 'capital'; length: number } | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const role = Object.entries(m.groups!).find(([, v]) => v !== undefined)![0] as Role | 'capital';
  return { role, length: m[0].length };
}

/**
 * Reads the role of a group from what follows it: a postposition right away, a genitive that
 * governs the trigger or another name, or a postposition after a few common nouns (पाकिस्तान
 * के विदेश मंत्री ने → agent).
 */
function roleAfter(body: string, pos: number, limit: number, trigger: Span, nextMention: number): Role {
  const rest = body.slice(pos, limit);
  const direct = markerAt(rest);
  if (direct) return direct.role === 'capital' ? 'modifier' : direct.role;
  const g = GENITIVE.exec(rest);
  const triggerAhead = trigger.start >= pos;
  if (g && triggerAhead && trigger.start <= pos + g[0].length + 1) return 'genitive';
  let at = pos + (g ? g[0].length : 0);
  for (let words = 0; words <= 4; words++) {
    if (nextMention < limit && at >= nextMention - 1) return g ? 'modifier' : 'bare';
    if (triggerAhead && at >= trigger.start - 1) return g ? 'genitive' : 'bare';
    if (words > 0) {
      const marker = markerAt(body.slice(at, limit));
      if (marker) return marker.role === 'capital' ? 'modifier' : marker.role;
    }
    const w = WORD.exec(body.slice(at, limit));
    if (!w) break;
    at += w[0].length;
  }
  return 'bare';
}

/**
 * Groups the names of a sentence into argument slots and reads each slot's role from Hindi
 * syntax: coordination (`पाकिस्तान और रूस ने` is one agent slot with two names), postpositions
 * (ने, के साथ, से, के बीच, को, पर, के ख़िलाफ़, के दौरे पर, में, स्थित), genitives that govern the
 * trigger (`भारत की निंदा`) or a following name (modifiers).
 *
 * @example
 * // 'पाकिस्तान और रूस ने समझौता किया' → [{ members: [पाकिस्तान, रूस], role: 'agent' }]
 */
export function argumentGroups(body: string, sentence: Span, mentions: readonly EntityMention[], trigger: Span): ArgumentGroup[] {
  const inside = within(mentions, sentence);
  const clean: EntityMention[] = [];
  for (const m of inside) if (!clean.some((c) => m.start < c.end && c.start < m.end)) clean.push(m);
  // Pass 1: noun phrases — a name in a genitive that reaches the next name is its modifier
  // (पाकिस्तान के संचार मंत्री X, रूस की राजधानी मॉस्को).
  const phrases: { head: EntityMention; modifiers: EntityMention[] }[] = [];
  let pending: EntityMention[] = [];
  clean.forEach((m, i) => {
    const next = clean[i + 1]?.start ?? sentence.end;
    if (next < sentence.end && roleAfter(body, m.end, sentence.end, trigger, next) === 'modifier') { pending.push(m); return; }
    phrases.push({ head: m, modifiers: pending });
    pending = [];
  });
  // Pass 2: coordination joins phrases into one slot; pass 3: the slot's role.
  const groups: ArgumentGroup[] = [];
  for (let i = 0; i < phrases.length; i++) {
    const members = [phrases[i]!];
    while (i + 1 < phrases.length) {
      const end = members[members.length - 1]!.head.end;
      const nextStart = phrases[i + 1]!.modifiers[0]?.start ?? phrases[i + 1]!.head.start;
      const co = COORDINATION.exec(body.slice(end, nextStart + 1));
      if (!co || end + co[0].length !== nextStart) break;
      i++;
      members.push(phrases[i]!);
    }
    const last = members[members.length - 1]!.head;
    const next = phrases[i + 1]?.modifiers[0]?.start ?? phrases[i + 1]?.head.start ?? sentence.end;
    const role = roleAfter(body, last.end, sentence.end, trigger, next);
    groups.push({
      members: members.map((p) => p.head), role: role === 'modifier' ? 'bare' : role,
      start: members[0]!.modifiers[0]?.start ?? members[0]!.head.start, end: last.end,
      modifiers: members.flatMap((p) => p.modifiers),
      memberModifiers: members.map((p) => p.modifiers),
    });
  }
  return groups;
}
