/**
 * Date scores against gold (FORMAT.md "dates"). An output date finds a gold date when their
 * normalised texts overlap by containment — the output text contains the gold mention or the
 * gold mention contains the output text (`शुक्रवार (11 जुलाई, 2025)` finds `11 जुलाई, 2025`;
 * `1973` finds `साल 1973 में`). It is right when it also has the same `value` and the same
 * `qualifier` (missing = null). Matching is one-to-one, right pairs first. An unmatched output
 * date that would be right for some gold date is a repeat of it (the gold lists each expression
 * once, the text may state it twice) and is not counted as spurious. An unmatched output date
 * with `value: null` (a relative date the analyser saw but could not resolve, having no anchor)
 * claims no value: it is counted as unresolved, not spurious, since the gold lists only dates that
 * can be normalised. Other unmatched output dates are spurious.
 */

import type { Analysis, DateMention } from '../../analysis/types.ts';
import type { GoldDate } from '../gold.ts';
import { maxMatching } from '../matching.ts';
import { normalizeText } from '../normalize.ts';

export interface DateScore {
  gold: number;
  /** Gold dates whose mention an output date found. */
  found: number;
  /** Found with the right value and qualifier. */
  right: number;
  spurious: number;
  repeats: number;
  /** Unmatched output dates with a null value (not scored). */
  unresolved: string[];
  missed: string[];
  /** `mention: gold value ≠ output value` for found dates with a wrong value or qualifier. */
  wrong: string[];
  spuriousList: string[];
}

const show = (value: string | null, qualifier: string | null | undefined) =>
  `${value ?? 'null'}${qualifier ? ` (${qualifier})` : ''}`;

/** Whether an output date text and a gold mention overlap by containment. */
export function mentionsOverlap(outputText: string, goldMention: string): boolean {
  const o = normalizeText(outputText), g = normalizeText(goldMention);
  return o !== '' && g !== '' && (o.includes(g) || g.includes(o));
}

/**
 * Scores the output dates against the gold ones.
 *
 * @example
 * scoreDates([{ mention: '1973', value: '1973' }], analysisWithDates).right; // 1 when 1973 was read
 */
export function scoreDates(gold: GoldDate[], out: Analysis): DateScore {
  const outs: DateMention[] = out.dates ?? [];
  const textFits = (g: number, o: number) => mentionsOverlap(outs[o].text, gold[g].mention);
  const rightFits = (g: number, o: number) => textFits(g, o)
    && outs[o].value === gold[g].value && (outs[o].qualifier ?? null) === (gold[g].qualifier ?? null);
  const right = maxMatching(gold.length, outs.length, rightFits);
  const rest = maxMatching(gold.length, outs.length, textFits,
    new Set(right.map((p) => p.gold)), new Set(right.map((p) => p.output)));
  const matchedGold = new Set([...right, ...rest].map((p) => p.gold));
  const matchedOut = new Set([...right, ...rest].map((p) => p.output));
  let repeats = 0;
  const spuriousList: string[] = [], unresolved: string[] = [];
  outs.forEach((d, o) => {
    if (matchedOut.has(o)) return;
    if (gold.some((_, g) => rightFits(g, o))) repeats++;
    else if (d.value === null) unresolved.push(normalizeText(d.text));
    else spuriousList.push(`${normalizeText(d.text)} → ${show(d.value, d.qualifier)}`);
  });
  return {
    gold: gold.length,
    found: right.length + rest.length,
    right: right.length,
    spurious: spuriousList.length,
    repeats,
    unresolved,
    missed: gold.filter((_, g) => !matchedGold.has(g)).map((d) => `${normalizeText(d.mention)} → ${show(d.value, d.qualifier)}`),
    wrong: rest.map(({ gold: g, output: o }) =>
      `${normalizeText(gold[g].mention)}: ${show(gold[g].value, gold[g].qualifier)} ≠ ${show(outs[o].value, outs[o].qualifier)} (“${normalizeText(outs[o].text)}”)`),
    spuriousList,
  };
}
