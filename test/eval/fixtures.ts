/**
 * Hand-made Analysis documents for the scorer tests: spans are located in the body by their text,
 * so every `text` equals `body.slice(start, end)` as in a real Analysis.
 */

import type {
  Analysis, DateQualifier, Entity, EntityType, Event, Quote, TextSpan,
} from '../../src/analysis/types.ts';
import { parseGold, type GoldArticle } from '../../src/eval/gold.ts';

/** The span of the first occurrence of `text` in `body` (at or after `from`). */
export function spanOf(body: string, text: string, from = 0): TextSpan {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: “${text}” not in body`);
  return { start, end: start + text.length, text };
}

/** An Analysis with every layer empty except those given. */
export function analysis(body: string, layers: Partial<Analysis> = {}): Analysis {
  return {
    schema: 'khabar.analysis/1', pipeline: 'test', language: { code: 'hi', confidence: 1 },
    title: null, body, headings: [], related: [], removed: [], source: null,
    anchorDate: null, anchorDateSource: null, sentences: [], entities: [], dates: [], quotes: [], events: [],
    messages: [], ...layers,
  };
}

/** An output entity whose mentions are the given texts found in `body`. */
export function entity(body: string, id: string, type: EntityType, mentions: string[], attrs: Partial<Entity> = {}): Entity {
  return {
    id, type, kind: null, name: mentions[0], code: null, country: null, roles: [],
    mentions: mentions.map((m) => spanOf(body, m)), confidence: 1, ...attrs,
  };
}

/** An output date at the first occurrence of `text` (after `from`). */
export function date(body: string, text: string, value: string | null, qualifier: DateQualifier | null = null, from = 0) {
  return { ...spanOf(body, text, from), value, qualifier };
}

/** An output quote over `text`, with a speaker entity id and/or speaker words. */
export function quote(body: string, text: string, speaker: string | null, speakerText: string | null): Quote {
  return { ...spanOf(body, text), speaker, speakerText, cue: null };
}

/** An output event with the given root, actor countries and date. */
export function event(root: string, source: string | null, target: string | null, eventDate: string | null = null, extra: Partial<Event> = {}): Event {
  return {
    code: `${root}0`, root, label: 'test', quad: 1, goldstein: 0,
    source: source === null ? null : { entity: null, country: source },
    target: target === null ? null : { entity: null, country: target },
    date: eventDate, place: null, sentence: 0, evidence: [], rule: 'test', confidence: 1, ...extra,
  };
}

/** A gold article with every list empty except those given (checked by the real parser). */
export function gold(fields: Record<string, unknown> = {}): GoldArticle {
  return parseGold({ id: 'g', text: 'g.txt', language: 'hi', anchorDate: null, title: null, ...fields }, 'test-gold');
}
