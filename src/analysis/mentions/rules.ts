/**
 * 2.3 Rules that read context: a person's name after a role or an honorific (संचार मंत्री
 * अब्दुल अलीम खान, डॉ. …); an organisation ending in a head word (पाकिस्तानी दूतावास,
 * पाकिस्तान स्टील मिल, इंडस्ट्रियल इंजीनियरिंग LLC). Titles and roles stay outside the span.
 */
import { gazetteer, type Word } from '../../gazetteer/index.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { isRoleHeadWord, roleBefore } from './roles.ts';
import { cachedWordFlag, LEXEME_FLAGS } from '../../gazetteer/tokens.ts';
import { isLatinAcronym, onlySpace, type Clause } from './view.ts';

const MAX_NAME_WORDS = 4;

function isPlace(key: string): boolean {
  const e = gazetteer().phrases.get(key);
  return !!e && e.some((x) => x.type === 'LOCATION');
}

/**
 * True when a word may be part of a person's name: not a function or common word, not a
 * role, title, demonym or place, not an acronym.
 * @example isNameWord({ text: 'अंजुम', key: 'अंजुम', start: 0, end: 5 }) // true
 */
export function isNameWord(w: Word): boolean {
  return cachedWordFlag(w, gazetteer(), LEXEME_FLAGS.nameWordKnown, LEXEME_FLAGS.nameWord, computeIsNameWord);
}

function computeIsNameWord(w: Word): boolean {
  const g = gazetteer();
  if (g.functionWords.has(w.key) || g.commonWords.has(w.key)) return false;
  if (g.lexicon.notNameEndings.some((e) => w.key.endsWith(e))) return false;
  if (isRoleHeadWord(w) || g.roleModifiers.has(w.key) || g.honorifics.has(w.key) || g.demonyms.has(w.key)) return false;
  if (isPlace(w.key) || isLatinAcronym(w.text) || /^\p{N}/u.test(w.text)) return false;
  if (/^[A-Za-z]/.test(w.text) && !/^[A-Z]/.test(w.text)) return false;
  return true;
}

function nameAt(body: string, ws: readonly Word[], k: number): number {
  let end = k;
  while (end < ws.length && end - k < MAX_NAME_WORDS && isNameWord(ws[end]) && (end === k || onlySpace(body, ws[end - 1].end, ws[end].start))) end++;
  return end;
}

/**
 * Person names right after a role phrase or an honorific.
 * @example personRule(body, clause, new Set()) // [{ type: 'PERSON', rule: 'person/after-role', … }]
 */
export function personRule(body: string, clause: Clause, roleAcronyms: ReadonlySet<string>): Candidate[] {
  const g = gazetteer();
  const ws = clause.words;
  const out: Candidate[] = [];
  for (let k = 1; k < ws.length; k++) {
    let rule: string | null = null;
    if (roleBefore(body, ws, k, roleAcronyms)) rule = 'person/after-role';
    else if (g.honorifics.has(ws[k - 1].key) && /^\.?\s*$/.test(body.slice(ws[k - 1].end, ws[k].start))) rule = 'person/after-honorific';
    if (!rule) continue;
    const end = nameAt(body, ws, k);
    if (end === k) continue;
    out.push({ from: k, to: end, type: 'PERSON', source: 'rule', confidence: 0.75, priority: PRIORITY.rule, rule });
    k = end - 1;
  }
  return out;
}

/**
 * Organisations ending in a head word. A state body (दूतावास, सरकार, सेना) needs a country or
 * demonym in front of it; other heads need a word that is not a common word.
 * @example orgRule(body, clause) // [{ type: 'ORGANIZATION', rule: 'org/head', … }]
 */
export function orgRule(body: string, clause: Clause): Candidate[] {
  const g = gazetteer();
  const ws = clause.words;
  const out: Candidate[] = [];
  for (let h = ws.length - 1; h >= 1; h--) {
    const two = h >= 1 ? `${ws[h - 1].key} ${ws[h].key}` : '';
    const headFrom = g.orgHeads.has(two) || g.stateOrgHeads.has(two) ? h - 1 : h;
    const headKey = headFrom === h ? ws[h].key : two;
    const state = g.stateOrgHeads.has(headKey);
    if (!state && !g.orgHeads.has(headKey)) continue;
    if (h + 1 < ws.length && (g.orgHeads.has(ws[h + 1].key)) && onlySpace(body, ws[h].end, ws[h + 1].start)) continue;
    let from = headFrom;
    while (from > 0 && headFrom - from < 4 && onlySpace(body, ws[from - 1].end, ws[from].start)) {
      const w = ws[from - 1];
      if (g.functionWords.has(w.key) || g.roleHeads.has(w.key)) break;
      from--;
    }
    const qualifier = (w: Word): boolean => g.demonyms.has(w.key) || isPlace(w.key);
    if (state) {
      let q = from;
      while (q < headFrom && !qualifier(ws[q])) q++;
      if (q === headFrom) continue;
      from = q;
    } else {
      while (from < headFrom && g.commonWords.has(ws[from].key) && !qualifier(ws[from])) from++;
      // A demonym and a generic head (फ़लस्तीनी संगठन) describe, they do not name.
      if (!ws.slice(from, headFrom).some((w) => !g.commonWords.has(w.key) && !g.demonyms.has(w.key))) continue;
    }
    let to = h + 1;
    // डिपार्टमेंट ऑफ़ होमलैंड सिक्योरिटी: the name goes on after ऑफ़.
    if (to + 1 < ws.length && g.ofWords.has(ws[to].key) && onlySpace(body, ws[to - 1].end, ws[to].start)) {
      let end = to + 1;
      while (end < ws.length && end - to <= 3 && !g.functionWords.has(ws[end].key) && onlySpace(body, ws[end - 1].end, ws[end].start)) end++;
      if (end > to + 1) to = end;
    }
    out.push({ from, to, type: 'ORGANIZATION', source: 'rule', confidence: 0.7, priority: PRIORITY.rule, rule: state ? 'org/state-body' : 'org/head' });
    h = from;
  }
  return out.reverse();
}

/**
 * True when an organisation span only describes a body: head words with nothing but
 * descriptive words (and demonyms) before them (चरमपंथी संगठन, दक्षिणपंथी पार्टी); a demonym
 * alone names a state's body (पाकिस्तानी दूतावास).
 * @example isDescription(words('चरमपंथी संगठन')) // true
 */
export function isDescription(ws: readonly Word[]): boolean {
  const g = gazetteer();
  const head = (k: string): boolean => g.orgHeads.has(k) || g.stateOrgHeads.has(k);
  let end = ws.length;
  while (end > 0 && (head(ws[end - 1].key) || (end >= 2 && head(`${ws[end - 2].key} ${ws[end - 1].key}`)))) end -= end >= 2 && !head(ws[end - 1].key) ? 2 : 1;
  const rest = ws.slice(0, end);
  if (end === ws.length || !rest.length) return false;
  return rest.every((w) => g.descriptiveWords.has(w.key) || g.demonyms.has(w.key)) && rest.some((w) => g.descriptiveWords.has(w.key));
}
