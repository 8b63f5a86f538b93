/**
 * Entity scores against gold (FORMAT.md "entities"): an output entity stands for a gold entity
 * when it has the same `type` and one of its mentions, normalised, equals one of the gold
 * mentions. Matching is one-to-one (maximum matching); output entities left unmatched are
 * spurious — a second output entity for the same gold entity is a linking error. Attributes are
 * judged on matched pairs only, and only where the gold gives them.
 */

import type { Analysis, Entity } from '../../analysis/types.ts';
import type { GoldEntity } from '../gold.ts';
import { maxMatching } from '../matching.ts';
import { normalizeText } from '../normalize.ts';
import type { Counts } from './counts.ts';

/** One attribute judged over matched entities. */
export interface AttributeScore {
  right: number;
  total: number;
  /** `mention: gold ≠ output` for each wrong one. */
  wrong: string[];
}

export interface EntityScore extends Counts {
  /** `TYPE first-mention` of each gold entity not found. */
  missed: string[];
  /** `TYPE first-mention` of each output entity matching no gold entity. */
  spurious: string[];
  attributes: { code: AttributeScore; kind: AttributeScore; country: AttributeScore; role: AttributeScore };
}

const label = (type: string, text: string) => `${type} ${text}`;

function outputLabel(e: Entity): string {
  return label(e.type, e.mentions?.[0] ? normalizeText(e.mentions[0].text) : e.name);
}

/**
 * Scores the output entities against the gold ones.
 *
 * @example
 * const s = scoreEntities([{ type: 'LOCATION', mentions: ['रूस'], id: 'RU' }], analysisWithRussia);
 * s.tp; // 1
 */
export function scoreEntities(gold: GoldEntity[], out: Analysis): EntityScore {
  const outs = out.entities ?? [];
  const goldMentions = gold.map((g) => new Set(g.mentions.map(normalizeText)));
  const outMentions = outs.map((e) => (e.mentions ?? []).map((m) => normalizeText(m.text)));
  const pairs = maxMatching(gold.length, outs.length,
    (g, o) => gold[g].type === outs[o].type && outMentions[o].some((m) => goldMentions[g].has(m)));

  const attr = (): AttributeScore => ({ right: 0, total: 0, wrong: [] });
  const attributes = { code: attr(), kind: attr(), country: attr(), role: attr() };
  const judge = (a: AttributeScore, name: string, goldValue: string, outValue: string | null, right: boolean) => {
    a.total++;
    if (right) a.right++;
    else a.wrong.push(`${name}: ${goldValue} ≠ ${outValue ?? '∅'}`);
  };
  for (const { gold: g, output: o } of pairs) {
    const ge = gold[g], oe = outs[o];
    const name = normalizeText(ge.mentions[0]);
    if (ge.id) judge(attributes.code, name, ge.id, oe.code ?? null, ge.id === oe.code);
    if (ge.kind) judge(attributes.kind, name, ge.kind, oe.kind ?? null, ge.kind === oe.kind);
    if (ge.country) judge(attributes.country, name, ge.country, oe.country ?? null, ge.country === oe.country);
    if (ge.role) {
      const roles = (oe.roles ?? []).map(normalizeText);
      const want = normalizeText(ge.role);
      judge(attributes.role, name, want, roles.length ? roles.join(' | ') : null, roles.includes(want));
    }
  }
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedOut = new Set(pairs.map((p) => p.output));
  const missed = gold.filter((_, i) => !matchedGold.has(i)).map((g) => label(g.type, normalizeText(g.mentions[0])));
  const spurious = outs.filter((_, i) => !matchedOut.has(i)).map(outputLabel);
  return { tp: pairs.length, fp: spurious.length, fn: missed.length, missed, spurious, attributes };
}
