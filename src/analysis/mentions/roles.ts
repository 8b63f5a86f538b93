/**
 * Role phrases before a name (संचार मंत्री, परिवहन उप मंत्री, विशेष सचिव (SAPM), जनरल डायरेक्टर)
 * from the role lexicon in data/gazetteers/roles.json. Shared by the person rule and by the
 * entities stage, which reports the phrase as the person's role.
 */
import { editDistance } from '../../gazetteer/fuzzy.ts';
import { gazetteer, type Word } from '../../gazetteer/index.ts';
import { cachedWordFlag, LEXEME_FLAGS } from '../../gazetteer/tokens.ts';
import { phoneticKey } from '../../text/phonetic.ts';
import { isLatinAcronym, onlySpace } from './view.ts';

/** A role phrase over words `[from, to)`, with the acronym written after it, if any. */
export interface RolePhrase {
  from: number;
  to: number;
  acronym: string | null;
}

/** A misspelling is at most two letters or signs away from the word it stands for (डारेक्टर ~ डायरेक्टर, not राजनाथ ~ राजनेता). */
function nearSpelling(key: string, candidates: readonly string[] | undefined): boolean {
  return !!candidates && candidates.some((c) => editDistance(key, c) <= 2);
}

/**
 * True when the word is a role head: in the lexicon, or a spelling of one (डारेक्टर ~ डायरेक्टर).
 * @example isRoleHead('मंत्री') // true
 */
export function isRoleHead(key: string, text: string): boolean {
  const g = gazetteer();
  if (g !== memoFor) {
    memoFor = g;
    spellingMemo = new Map();
  }
  // The answer is a pure function of (key, text) and the gazetteer; remembered by text for the
  // usual key, so a repeated word costs one lookup instead of four.
  const seen = spellingMemo.get(text);
  if (seen !== undefined && seen.key === key) return seen.yes;
  const yes = g.roleHeads.has(key) || (!g.functionWords.has(key) && !g.commonWords.has(key) && isRoleSpelling(g, key, text));
  if (spellingMemo.size >= MAX_MEMO) spellingMemo = new Map();
  spellingMemo.set(text, { key, yes });
  return yes;
}

let lastWordsFor: ReturnType<typeof gazetteer> | null = null;
let lastWords = new Set<string>();

/** True when some two-word role head ends in `key` (so the pair is worth looking up). */
function endsTwoWordHead(g: ReturnType<typeof gazetteer>, key: string): boolean {
  if (g !== lastWordsFor) {
    lastWordsFor = g;
    lastWords = new Set([...g.roleHeads].filter((h) => h.split(' ').length === 2).map((h) => h.slice(h.indexOf(' ') + 1)));
  }
  return lastWords.has(key);
}

/**
 * isRoleHead for a word of the text, answered once per distinct word (kept on its Lexeme).
 * @example isRoleHeadWord(words('विदेश मंत्री')[1]) // true
 */
export function isRoleHeadWord(w: Word): boolean {
  return cachedWordFlag(w, gazetteer(), LEXEME_FLAGS.roleHeadKnown, LEXEME_FLAGS.roleHead, roleHeadOf);
}

function roleHeadOf(w: Word): boolean {
  return isRoleHead(w.key, w.text);
}

/** Past this many words the memo starts afresh, so memory stays bounded on any input. */
const MAX_MEMO = 50_000;
let memoFor: ReturnType<typeof gazetteer> | null = null;
let spellingMemo = new Map<string, { key: string; yes: boolean }>();

function isRoleSpelling(g: ReturnType<typeof gazetteer>, key: string, text: string): boolean {
  if (!/[\u0900-\u097F]/.test(text)) return false;
  const k = phoneticKey(text);
  return k.length >= 4 && nearSpelling(key, g.roleHeadKeys.get(k));
}

/**
 * True when the word may stand before a role head as part of the role: a modifier (उप, विशेष,
 * परिवहन; also misspelt: वरिष्ट ~ वरिष्ठ) or another head (ब्रिगेडियर जनरल).
 * @example isRoleModifier('उप', 'उप') // true
 */
export function isRoleModifier(key: string, text: string): boolean {
  const g = gazetteer();
  if (g.roleModifiers.has(key) || g.roleHeads.has(key)) return true;
  if (g.functionWords.has(key) || !/[\u0900-\u097F]/.test(text)) return false;
  const k = phoneticKey(text);
  return k.length >= 3 && nearSpelling(key, g.roleModifierKeys.get(k));
}

/**
 * The role phrase that ends just before word `k` (skipping an acronym in brackets), or null.
 * `roleAcronyms` are acronyms the article defined for a role (SAPM).
 * @example roleBefore(body, ws, 3, new Set()) // { from: 1, to: 3, acronym: null }
 */
export function roleBefore(body: string, ws: readonly Word[], k: number, roleAcronyms: ReadonlySet<string> = new Set()): RolePhrase | null {
  const g = gazetteer();
  let j = k - 1;
  if (j < 0) return null;
  let acronym: string | null = null;
  if (roleAcronyms.has(ws[j].text) && onlySpace(body, ws[j].end, ws[k].start)) return { from: j, to: j + 1, acronym: ws[j].text };
  if (j >= 1 && isLatinAcronym(ws[j].text) && /^\s*\(\s*$/.test(body.slice(ws[j - 1].end, ws[j].start)) && /^\s*\)\s*$/.test(body.slice(ws[j].end, ws[k].start))) {
    acronym = ws[j].text;
    j--;
  } else if (!onlySpace(body, ws[j].end, ws[k].start)) return null;
  let from: number;
  if (j >= 1 && endsTwoWordHead(g, ws[j].key) && g.roleHeads.has(`${ws[j - 1].key} ${ws[j].key}`) && onlySpace(body, ws[j - 1].end, ws[j].start)) from = j - 1;
  else if (isRoleHeadWord(ws[j])) from = j;
  else return null;
  while (from > 0 && onlySpace(body, ws[from - 1].end, ws[from].start) && isRoleModifier(ws[from - 1].key, ws[from - 1].text)) from--;
  return { from, to: j + 1, acronym };
}
