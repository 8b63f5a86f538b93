import type { Entity } from '../types.ts';
import { phoneticKey } from '../../text/phonetic.ts';
import type { EntityMention } from './layout.ts';

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** Whether every mention of an entity is one word (a bare surname or given name). */
function oneWordOnly(e: Entity): boolean {
  return e.mentions.every((m) => words(m.text).length === 1);
}

/**
 * A short name (one word: a surname, a given name) resolved to the person named in full
 * earlier in the article: the most recent mention, before `at`, of another PERSON entity that has
 * a name word with the same phonetic key (डेंग → हियाल डेंग, a spelling variant रैंडल → रैनडल
 * सैमबॉर्न). Where the article names two such people, the most recent wins, as a reader takes
 * it. Returns null where the short name has no fuller bearer.
 *
 * @example
 * // 'हियाल डेंग ने अपील की. डेंग का कहना था, “…”' → the mention हियाल डेंग
 */
export function fullerBearer(mentions: readonly EntityMention[], short: string, own: Entity | null, at: number): EntityMention | null {
  const w = words(short);
  if (w.length !== 1) return null;
  if (own && (own.type !== 'PERSON' || !oneWordOnly(own))) return null;
  const key = phoneticKey(w[0]!);
  if (key.length < 2) return null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= at || m.entity === own || m.entity.type !== 'PERSON') continue;
    const mw = words(m.text);
    if (mw.length < 2) continue;
    if (mw.some((x) => phoneticKey(x) === key)) return m;
  }
  return null;
}
