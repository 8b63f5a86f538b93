/**
 * 2.1 Gazetteer hits: the longest gazetteer phrase starting at each word (countries, regions,
 * organisations, cities with Hindi names). Case endings are separate words in Hindi
 * (पाकिस्तान के, रूस ने), so matching on word boundaries is enough.
 */
import { gazetteer, type GazetteerEntry } from '../../gazetteer/index.ts';
import type { Clause } from './view.ts';
import { onlySpace } from './view.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

/** Every phrase key and each of its word prefixes, per phrase table (built once). */
const prefixSets = new WeakMap<ReadonlyMap<string, GazetteerEntry[]>, Set<string>>();

function phrasePrefixes(phrases: ReadonlyMap<string, GazetteerEntry[]>): Set<string> {
  let set = prefixSets.get(phrases);
  if (!set) {
    set = new Set();
    for (const key of phrases.keys()) {
      set.add(key);
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) set.add(key.slice(0, at));
    }
    prefixSets.set(phrases, set);
  }
  return set;
}

/** Only white space, or a hyphen within white space, between two words. */
function joinable(body: string, from: number, to: number): boolean {
  if (onlySpace(body, from, to)) return true;
  return /^\s*-\s*$/.test(body.slice(from, to));
}

/**
 * Gazetteer candidates of one clause.
 * @example gazetteerHits(body, clause) // [{ from: 0, to: 1, type: 'LOCATION', rule: 'gazetteer/country:RU', … }]
 */
export function gazetteerHits(body: string, clause: Clause): Candidate[] {
  const g = gazetteer();
  const ws = clause.words;
  const out: Candidate[] = [];
  const prefixes = phrasePrefixes(g.phrases);
  for (let i = 0; i < ws.length; i++) {
    let key = '';
    for (let j = i; j < Math.min(ws.length, i + g.maxWords); j++) {
      if (j > i && !joinable(body, ws[j - 1].end, ws[j].start)) break;
      key = j === i ? ws[j].key : `${key} ${ws[j].key}`;
      // No longer phrase can start with words that begin none.
      if (!prefixes.has(key)) break;
      const entries = g.phrases.get(key);
      if (!entries) continue;
      // Latin names only when capitalised as a name is ("US", not "us").
      if (/^[a-z]/.test(ws[i].text)) continue;
      const entry = entries[0];
      const c: Candidate = { from: i, to: j + 1, type: entry.type, source: 'gazetteer', confidence: 0.95, priority: PRIORITY.gazetteer, rule: `gazetteer/${entry.id}`, entry };
      const prev = out[out.length - 1];
      if (prev && prev.from === i) out[out.length - 1] = c; else out.push(c);
    }
  }
  return out;
}
