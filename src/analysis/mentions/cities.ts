/**
 * 2.4 Cities by phonetic key for words nothing else claimed (see src/gazetteer/cities.ts).
 */
import { gazetteer, cityToEntry, type Word } from '../../gazetteer/index.ts';
import { matchCity } from '../../gazetteer/cities.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { mayBeCityWord } from './phonetic-cache.ts';
import { isNameWord } from './rules.ts';
import { corpusReading } from '../../ner/profile.ts';
import type { Clause } from './view.ts';

/**
 * True when a cue word stands next to word `i`: `X स्थित`, `X शहर`, `राजधानी X`, or the
 * word stands in `<country> के X में/से`.
 * @example hasPlaceCue(ws, 2) // true for 'चीन के तियानजिन'
 */
export function hasPlaceCue(ws: readonly Word[], i: number): boolean {
  const g = gazetteer();
  const cues = g.lexicon.locationCues;
  if (i + 1 < ws.length && cues.after.includes(ws[i + 1].key)) return true;
  if (i >= 1 && cues.before.includes(ws[i - 1].key)) return true;
  if (i >= 2 && ['के', 'की', 'का'].includes(ws[i - 1].key) && i + 1 < ws.length && ['में', 'से'].includes(ws[i + 1].key)) {
    const e = g.phrases.get(ws[i - 2].key);
    if (e?.some((x) => x.kind === 'country' || x.kind === 'state' || x.kind === 'province')) return true;
  }
  return false;
}

/** Whether the corpus tag profile leaves room for the word to be a place (it is not a common word, nor mostly a person's or organisation's name). */
function mayBePlaceInCorpus(text: string): boolean {
  const r = corpusReading(text);
  return r === null || r === 'LOC';
}

/** The number of code points of `s` (what `[...s].length` counts, without the array). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const p = i > 0 ? s.charCodeAt(i - 1) : 0;
    // A low surrogate after a high one is the second half of one code point.
    if (!(c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff)) n++;
  }
  return n;
}

/**
 * City candidates for the words of a clause not covered by `taken`.
 * @example cityHits(clause, new Set(), new Set(['CN'])) // [{ rule: 'city/phonetic', … }]
 */
export function cityHits(clause: Clause, taken: ReadonlySet<number>, countries: ReadonlySet<string>, nerPlaces: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  clause.words.forEach((w, i) => {
    if (taken.has(i) || !/[\u0900-\u097F]/.test(w.text) || codePoints(w.key) < 3 || !isNameWord(w)) return;
    if (!mayBeCityWord(w)) return;
    const cue = hasPlaceCue(clause.words, i);
    const taggedPlace = nerPlaces.has(i);
    // Across the unlabelled corpus the word is a common word or mostly someone's or some body's name.
    if (!cue && !taggedPlace && !mayBePlaceInCorpus(w.text)) return;
    const m = matchCity(w.text, { countries, cue, taggedPlace });
    if (!m) return;
    out.push({ from: i, to: i + 1, type: 'LOCATION', source: 'gazetteer', confidence: Math.min(0.9, 0.4 + m.score / 10), priority: PRIORITY.phonetic, rule: 'city/phonetic', entry: cityToEntry(m.city) });
  });
  return out;
}
