/**
 * Country names spelt another way than the gazetteer has them (इथोपिया for इथियोपिया, कीनिया
 * for केन्या, यूगांडा for युगांडा): one-word Hindi names within two edits of a known name, ending
 * as it does, with the same consonant skeleton unless the word is long.
 */
import { gazetteer, type GazetteerEntry } from './index.ts';

/** Words shorter than this (code units) are never matched loosely. */
export const FUZZY_MIN_LENGTH = 5;
/** Without the same consonants, a word must be at least this long to match. */
export const FUZZY_LONG = 7;

/**
 * Edit distance of two short strings (code units).
 * @example editDistance('कीनिया', 'केन्या') // 2
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Consonants only (vowel signs, virama and nasals dropped), an initial vowel as अ. */
function consonants(key: string): string {
  return key.replace(/^[\u0904-\u0914]/, 'अ').replace(/[^\u0915-\u0939अ]/g, '');
}

/** Virama and nasal marks dropped, long ई/ऊ signs as short: बेलजियम and बेल्जियम fold alike, स्पिन and स्पेन do not. */
function fold(key: string): string {
  return key.replace(/[\u094D\u0902\u0901]/g, '').replace(/\u0940/g, '\u093F').replace(/\u0942/g, '\u0941');
}

let index: Map<string, { key: string; skeleton: string; entry: GazetteerEntry }[]> | null = null;

function countryIndex(): Map<string, { key: string; skeleton: string; entry: GazetteerEntry }[]> {
  if (index) return index;
  index = new Map();
  for (const [key, entries] of gazetteer().phrases) {
    const entry = entries.find((e) => e.kind === 'country');
    if (!entry || key.includes(' ') || !/^[\u0900-\u097F]+$/.test(key) || key.length < FUZZY_MIN_LENGTH - 1) continue;
    const skeleton = consonants(key);
    const bucket = skeleton.charAt(0);
    index.set(bucket, [...(index.get(bucket) ?? []), { key, skeleton, entry }]);
  }
  return index;
}

/**
 * The country a one-word spelling variant names, or null. `key` is the word's match key;
 * `strict` asks for the same letters but for virama, nasal marks and vowel length (बेलजियम ~ बेल्जियम).
 * @example fuzzyCountry('इथोपिया')?.code // 'ET'
 * @example fuzzyCountry('भारती') // null (ends otherwise than भारत)
 */
export function fuzzyCountry(key: string, strict = false): GazetteerEntry | null {
  const g = gazetteer();
  // A pure function of the word, the mode and the gazetteer; the same words come back often.
  if (g !== fuzzyMemoFor) [fuzzyMemoFor, fuzzyMemo] = [g, [new Map(), new Map()]];
  const memo = fuzzyMemo[strict ? 1 : 0];
  let found = memo.get(key);
  if (found === undefined) {
    found = computeFuzzyCountry(g, key, strict);
    if (memo.size >= MAX_FUZZY_MEMO) memo.clear();
    memo.set(key, found);
  }
  return found;
}

/** Past this many words a memo starts afresh, so memory stays bounded on any input. */
const MAX_FUZZY_MEMO = 50_000;
let fuzzyMemoFor: ReturnType<typeof gazetteer> | null = null;
let fuzzyMemo: [Map<string, GazetteerEntry | null>, Map<string, GazetteerEntry | null>] = [new Map(), new Map()];

function computeFuzzyCountry(g: ReturnType<typeof gazetteer>, key: string, strict: boolean): GazetteerEntry | null {
  if (key.length < FUZZY_MIN_LENGTH || !/^[\u0900-\u097F]+$/.test(key) || g.phrases.has(key)) return null;
  if (g.functionWords.has(key) || g.commonWords.has(key) || g.demonyms.has(key)) return null;
  const skeleton = consonants(key);
  let best: { d: number; entry: GazetteerEntry } | null = null;
  for (const c of countryIndex().get(skeleton.charAt(0)) ?? []) {
    if (c.key.at(-1) !== key.at(-1)) continue;
    if (strict && fold(c.key) !== fold(key)) continue;
    if (c.skeleton !== skeleton && key.length < FUZZY_LONG) continue;
    const d = editDistance(key, c.key) - (c.skeleton === skeleton ? 0.5 : 0);
    if (d <= 2 && (!best || d < best.d)) best = { d, entry: c.entry };
  }
  return best?.entry ?? null;
}
