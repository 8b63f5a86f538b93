/**
 * 2.1 Gazetteer hits: the longest gazetteer phrase starting at each word (countries, regions,
 * organisations, cities with Hindi names). Case endings are separate words in Hindi
 * (पाकिस्तान के, रूस ने), so matching on word boundaries is enough.
 */
import { gazetteer } from '../../gazetteer/index.ts';
import type { Clause } from './view.ts';
import { onlySpace } from './view.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

/**
 * Gazetteer candidates of one clause.
 * @example gazetteerHits(body, clause) // [{ from: 0, to: 1, type: 'LOCATION', rule: 'gazetteer/country:RU', … }]
 */
export function gazetteerHits(body: string, clause: Clause): Candidate[] {
  const g = gazetteer();
  const ws = clause.words;
  const out: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    let key = '';
    for (let j = i; j < Math.min(ws.length, i + g.maxWords); j++) {
      if (j > i && !onlySpace(body, ws[j - 1].end, ws[j].start) && !/^\s*-\s*$/.test(body.slice(ws[j - 1].end, ws[j].start))) break;
      key = j === i ? ws[j].key : `${key} ${ws[j].key}`;
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
