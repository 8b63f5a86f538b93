/**
 * Which mentions name the same thing: one gazetteer entry; an acronym and its expansion
 * (पाकिस्तान स्टील मिल (PSM)); a surname or partial name and the one full name that contains
 * it (ख़ान → हारून अख्तर खान, only where exactly one full name fits); the same words otherwise.
 */
import type { MentionDetail } from '../mentions/index.ts';
import { isLatinAcronym } from '../mentions/view.ts';
import { matchKey } from '../../text/normalize.ts';
import { phoneticKey } from '../../text/phonetic.ts';

/**
 * A cluster key for every mention (same key, same entity).
 * @example clusterKeys(details) // ['country:RU', 'country:PK', …, 'person:0', …]
 */
export function clusterKeys(details: readonly MentionDetail[]): string[] {
  const keys: string[] = new Array(details.length).fill('');
  const byStart = new Map(details.map((d, i) => [d.mention.start, i]));
  // People: longest names first; a shorter name joins the single longer one that holds it.
  const people: { key: string; words: string[] }[] = [];
  const order = details.map((_, i) => i).filter((i) => details[i].mention.type === 'PERSON' && details[i].expands === null)
    .sort((a, b) => nameWords(details[b]).length - nameWords(details[a]).length || details[a].mention.start - details[b].mention.start);
  for (const i of order) {
    const ws = nameWords(details[i]);
    const same = people.find((p) => p.words.join(' ') === ws.join(' '));
    const holders = people.filter((p) => ws.every((w) => p.words.includes(w)));
    const target = same ?? (holders.length === 1 ? holders[0] : null);
    if (target) keys[i] = target.key;
    else {
      const key = `person:${people.length}`;
      people.push({ key, words: ws });
      keys[i] = key;
    }
  }
  details.forEach((d, i) => {
    if (keys[i] || d.expands !== null) return;
    keys[i] = d.entry ? d.entry.id : `${d.mention.type}:${matchKey(d.mention.text)}`;
  });
  // Acronyms follow their expansion; other bare uses of the same acronym too.
  const acronymKey = new Map<string, string>();
  details.forEach((d, i) => {
    if (d.expands === null) return;
    const target = byStart.get(d.expands);
    keys[i] = target !== undefined && keys[target] ? keys[target] : `${d.mention.type}:${d.mention.text}`;
    acronymKey.set(d.mention.text, keys[i]);
  });
  details.forEach((d, i) => {
    if (isLatinAcronym(d.mention.text) && acronymKey.has(d.mention.text) && d.expands === null) keys[i] = acronymKey.get(d.mention.text)!;
  });
  return keys;
}

/** The words of a person's mention as phonetic keys, so ख़ान and खान meet. */
function nameWords(d: MentionDetail): string[] {
  return d.mention.text.split(/\s+/).filter(Boolean).map((w) => phoneticKey(w) || matchKey(w));
}
