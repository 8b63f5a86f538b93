/**
 * Quote scores against gold (FORMAT.md "quotes"). An output quote finds a gold quote when its
 * normalised text holds both `starts` and `ends`; its speaker is right when the speaker entity
 * has the gold `speaker` among its mentions, or its `speakerText` is that phrase. Matching is
 * one-to-one, pairs with the right speaker first; unmatched output quotes are spurious.
 */

import type { Analysis } from '../../analysis/types.ts';
import type { GoldQuote } from '../gold.ts';
import { maxMatching } from '../matching.ts';
import { normalizeText } from '../normalize.ts';

export interface QuoteScore {
  gold: number;
  found: number;
  speakerRight: number;
  spurious: number;
  missed: string[];
  /** `starts…ends: gold speaker ≠ output speaker` for found quotes with the wrong speaker. */
  wrongSpeaker: string[];
  spuriousList: string[];
}

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Scores the output quotes against the gold ones.
 *
 * @example
 * scoreQuotes([{ speaker: 'काना के चाचा', starts: 'हम', ends: 'जाएंगे' }], analysisWithQuote).speakerRight; // 1
 */
export function scoreQuotes(gold: GoldQuote[], out: Analysis): QuoteScore {
  const outs = out.quotes ?? [];
  const entityMentions = new Map((out.entities ?? []).map((e) => [e.id, new Set((e.mentions ?? []).map((m) => normalizeText(m.text)))]));
  const texts = outs.map((q) => normalizeText(q.text));
  const speakerNames = outs.map((q) => {
    const names = new Set(q.speaker ? entityMentions.get(q.speaker) ?? [] : []);
    if (q.speakerText) names.add(normalizeText(q.speakerText));
    return names;
  });
  const textFits = (g: number, o: number) =>
    texts[o].includes(normalizeText(gold[g].starts)) && texts[o].includes(normalizeText(gold[g].ends));
  const speakerFits = (g: number, o: number) => textFits(g, o) && speakerNames[o].has(normalizeText(gold[g].speaker));
  const right = maxMatching(gold.length, outs.length, speakerFits);
  const rest = maxMatching(gold.length, outs.length, textFits,
    new Set(right.map((p) => p.gold)), new Set(right.map((p) => p.output)));
  const matchedGold = new Set([...right, ...rest].map((p) => p.gold));
  const matchedOut = new Set([...right, ...rest].map((p) => p.output));
  const goldLabel = (q: GoldQuote) => `${normalizeText(q.speaker)}: “${normalizeText(q.starts)} … ${normalizeText(q.ends)}”`;
  const spuriousList = outs.flatMap((q, o) => (matchedOut.has(o) ? [] : [`${q.speakerText ?? q.speaker ?? '?'}: “${clip(texts[o])}”`]));
  return {
    gold: gold.length,
    found: right.length + rest.length,
    speakerRight: right.length,
    spurious: spuriousList.length,
    missed: gold.filter((_, g) => !matchedGold.has(g)).map(goldLabel),
    wrongSpeaker: rest.map(({ gold: g, output: o }) =>
      `${goldLabel(gold[g])} ≠ ${[...speakerNames[o]].join(' | ') || '∅'}`),
    spuriousList,
  };
}
