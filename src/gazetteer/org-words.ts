/**
 * The English of organisation-name words (data/gazetteers/org-words.json), loaded once and
 * validated (NFC, no two spellings with the same key).
 */
import { readFileSync } from 'node:fs';
import { gazetteerError } from './validate.ts';
import { phraseKey } from './tokens.ts';

const FILE = 'org-words.json';
let cached: { words: Map<string, string>; maxWords: number } | null = null;

/**
 * Phrase key → English, with the longest phrase in words.
 * @example orgWords().words.get('दूतावास') // 'Embassy'
 */
export function orgWords(): { words: Map<string, string>; maxWords: number } {
  if (cached) return cached;
  let json: { words?: Record<string, unknown> };
  try {
    json = JSON.parse(readFileSync(new URL(`../../data/gazetteers/${FILE}`, import.meta.url), 'utf8'));
  } catch (e) {
    throw gazetteerError(FILE, `cannot read: ${(e as Error).message}`);
  }
  if (!json.words || typeof json.words !== 'object') throw gazetteerError(FILE, 'missing words');
  const words = new Map<string, string>();
  let maxWords = 1;
  for (const [hi, en] of Object.entries(json.words)) {
    if (hi !== hi.normalize('NFC')) throw gazetteerError(FILE, `not NFC: ${hi}`);
    if (typeof en !== 'string' || !en.trim()) throw gazetteerError(FILE, `${hi}: no English`);
    const key = phraseKey(hi);
    if (words.has(key)) throw gazetteerError(FILE, `duplicate spelling: ${hi}`);
    words.set(key, en);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  cached = { words, maxWords };
  return cached;
}
