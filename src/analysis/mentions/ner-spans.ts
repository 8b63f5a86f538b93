/**
 * 2.2 The statistical tagger's spans (BIO over the words of a clause), with titles, roles and
 * demonyms trimmed off the front of person names and function words (और, के, …) off both ends
 * of any span; lone demonyms, numbers and lower-case Latin words dropped. A span's confidence
 * is the lowest of its words' tag confidences.
 */
import { gazetteer } from '../../gazetteer/index.ts';
import { latinAcronym, tagWordsWithConfidence } from '../../ner/index.ts';
import type { EntityType } from '../types.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { onlySpace, type Clause } from './view.ts';

const TYPES: Record<string, EntityType> = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };

/**
 * Tagger candidates of one clause.
 * @example nerSpans(body, clause) // [] while the tagger tags everything O
 */
export function nerSpans(body: string, clause: Clause): Candidate[] {
  const g = gazetteer();
  const { tags, confidences } = tagWordsWithConfidence(clause.words.map((w) => w.text));
  const out: Candidate[] = [];
  let open: Candidate | null = null;
  const close = (): void => { if (open) out.push(open); open = null; };
  tags.forEach((tag, i) => {
    // 'B-PER' → 'B', 'PER' (without splitting a fresh array for every word).
    const bio = tag[0];
    const type = TYPES[tag.slice(2)];
    if (!type || bio === 'O') { close(); return; }
    const joined = i > 0 && onlySpace(body, clause.words[i - 1].end, clause.words[i].start);
    if (bio === 'I' && open && open.type === type && joined) { open.to = i + 1; open.confidence = Math.min(open.confidence, confidences[i]); return; }
    close();
    open = { from: i, to: i + 1, type, source: 'ner', confidence: confidences[i], priority: PRIORITY.ner, rule: 'ner' };
  });
  close();
  const ws = clause.words;
  return out.flatMap((c) => {
    if (c.type === 'PERSON') {
      while (c.from < c.to && (g.roleHeads.has(ws[c.from].key) || g.roleModifiers.has(ws[c.from].key) || g.honorifics.has(ws[c.from].key) || g.demonyms.has(ws[c.from].key))) c.from++;
    }
    // Before a name जी is the initial G (जी एस मीणा), not the honorific that follows names.
    while (c.from < c.to && g.functionWords.has(ws[c.from].key) && ws[c.from].key !== 'जी') c.from++;
    while (c.to > c.from && g.functionWords.has(ws[c.to - 1].key)) c.to--;
    if (c.to <= c.from) return [];
    // A person span that starts at an initial (एस मीणा) takes a जी before it: the initial G.
    if (c.type === 'PERSON' && c.from > 0 && ws[c.from - 1].key === 'जी' && latinAcronym(ws[c.from].text, 1)?.length === 1 && onlySpace(body, ws[c.from - 1].end, ws[c.from].start)) c.from--;
    if (c.to - c.from === 1 && g.demonyms.has(ws[c.from].key)) return [];
    // Numbers and lower-case Latin words (a URL's "pakistan", "839") name nothing.
    if (ws.slice(c.from, c.to).every((w) => /^[\p{N}a-z][\p{N}a-z-]*$/u.test(w.text))) return [];
    return [c];
  });
}
