/**
 * 2.2b Countries spelt otherwise than the gazetteer has them (इथोपिया, कीनिया): within two edits
 * where the tagger already says the word is a place; elsewhere only differing in virama, nasal marks
 * or vowel length, with a postposition after it (बेलजियम की), so तैराकी or मंसूर never become countries.
 */
import { fuzzyCountry } from '../../gazetteer/fuzzy.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import type { Clause } from './view.ts';

const PLACE_POSTPOSITIONS = new Set(['में', 'से', 'की', 'के', 'का', 'तक', 'पर']);

/**
 * Fuzzy country candidates for the words of a clause the tagger tagged as places.
 * @example fuzzyCountryHits(clause, new Set([0])) // [{ rule: 'gazetteer/fuzzy:country:ET', … }] for 'इथोपिया में …'
 */
export function fuzzyCountryHits(clause: Clause, nerPlaces: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  const ws = clause.words;
  for (let i = 0; i < ws.length; i++) {
    const placeAfter = i + 1 < ws.length && PLACE_POSTPOSITIONS.has(ws[i + 1].key);
    if (!nerPlaces.has(i) && !placeAfter) continue;
    const entry = fuzzyCountry(ws[i].key, !nerPlaces.has(i));
    if (entry) out.push({ from: i, to: i + 1, type: 'LOCATION', source: 'gazetteer', confidence: 0.8, priority: PRIORITY.gazetteer, rule: `gazetteer/fuzzy:${entry.id}`, entry });
  }
  return out;
}
