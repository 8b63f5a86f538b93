/**
 * Event scores against gold (FORMAT.md "events"). An output event stands for a gold event when
 * it has the same CAMEO `root`, the same set of actors (the countries of its source and target;
 * a missing side or a side without a country is null) and, where the gold gives a `date`, a date
 * that agrees with it at the coarser of the two granularities (see period.ts). Matching is
 * one-to-one: required gold events first; then unmatched output events are matched to
 * `optional` gold events, which count neither as found nor as missed; output events left over
 * are spurious.
 */

import type { Analysis, Event } from '../../analysis/types.ts';
import type { GoldEvent } from '../gold.ts';
import { maxMatching } from '../matching.ts';
import { normalizeText } from '../normalize.ts';
import { periodsAgree } from '../period.ts';
import type { Counts } from './counts.ts';

export interface EventScore extends Counts {
  /** Output events matched to optional gold events (neither found nor spurious). */
  optionalMatched: number;
  missed: string[];
  spurious: string[];
}

/** The two actors as a sorted pair, nulls as the empty string (a set of two sides). */
function actorKey(a: string | null | undefined, b: string | null | undefined): string {
  return [a ?? '', b ?? ''].sort().join('|');
}

const side = (c: string | null | undefined) => c ?? '∅';

function goldLabel(e: GoldEvent): string {
  const date = e.date ? ` ${e.date}` : '';
  const evidence = e.evidence ? ` “${normalizeText(e.evidence)}”` : '';
  return `${e.root}${e.code ? `/${e.code}` : ''} ${side(e.actors[0])}–${side(e.actors[1])}${date}${evidence}`;
}

function outputLabel(e: Event, body: string): string {
  const ev = e.evidence?.[0];
  const text = ev ? normalizeText(body.slice(ev.start, ev.end)) : '';
  const clipped = text.length > 50 ? `${text.slice(0, 50)}…` : text;
  return `${e.root}/${e.code} ${side(e.source?.country)}→${side(e.target?.country)}${e.date ? ` ${e.date}` : ''}${clipped ? ` “${clipped}”` : ''}${e.rule ? ` [${e.rule}]` : ''}`;
}

/**
 * Whether output event `o` may stand for gold event `g`.
 *
 * @example
 * eventFits({ root: '05', actors: ['PK', 'RU'], date: '2025-07' },
 *   { root: '05', source: { entity: null, country: 'RU' }, target: { entity: null, country: 'PK' }, date: '2025-07-11' } as Event); // true
 */
export function eventFits(g: GoldEvent, o: Event): boolean {
  if (g.root !== o.root) return false;
  if (actorKey(g.actors[0], g.actors[1]) !== actorKey(o.source?.country, o.target?.country)) return false;
  if (g.date) return !!o.date && periodsAgree(g.date, o.date);
  return true;
}

/**
 * Scores the output events against the gold ones.
 *
 * @example
 * scoreEvents(gold.events, analysis).tp; // number of required gold events found
 */
export function scoreEvents(gold: GoldEvent[], out: Analysis): EventScore {
  const outs = (out.events ?? []).filter((e) => !e.negated);
  const optional = new Set(gold.flatMap((g, i) => (g.optional ? [i] : [])));
  const required = new Set(gold.flatMap((g, i) => (g.optional ? [] : [i])));
  const fits = (g: number, o: number) => eventFits(gold[g], outs[o]);
  const found = maxMatching(gold.length, outs.length, fits, optional);
  const usedOut = new Set(found.map((p) => p.output));
  const extra = maxMatching(gold.length, outs.length, fits, required, usedOut);
  for (const p of extra) usedOut.add(p.output);
  const foundGold = new Set(found.map((p) => p.gold));
  const missed = gold.filter((g, i) => !g.optional && !foundGold.has(i)).map(goldLabel);
  const spurious = outs.filter((_, o) => !usedOut.has(o)).map((e) => outputLabel(e, out.body ?? ''));
  return { tp: found.length, fp: spurious.length, fn: missed.length, optionalMatched: extra.length, missed, spurious };
}
