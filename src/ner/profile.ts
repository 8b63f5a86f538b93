/**
 * Corpus tag profiles: how often a first-pass tagger tags a word as part of a person's, place's
 * or organisation's name across the unlabelled corpus (corpus.ts). A word that IL-NER train
 * rarely or never shows (`पुतिन`, `जिनेवा`) is often seen in the corpus in a context that gives
 * it away (`राष्ट्रपति पुतिन ने`); its profile carries that to sentences where the context does not.
 * The profile becomes word classes (`tp_per`, `tp_loc_some`, …) that the features mark like any
 * other class. For training, each fold's profile comes from a first-pass tagger that never saw
 * that fold (see train.ts), so the model learns how far a profile can be trusted on new words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.ts';
import { corpusLines } from './corpus.ts';
import type { Label } from './labels.ts';
import type { WordClasses } from './lexicon.ts';
import { normaliseWord } from './normalise.ts';

/** Path of the committed profile (built by `npm run train:ner`). */
export const PROFILE_PATH = fileURLToPath(new URL('../../data/ner/tag-profile.tsv', import.meta.url));

/** The entity types a profile counts, in column order. */
export const PROFILE_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** Normalised word → `[occurrences, tagged PER, tagged LOC, tagged ORG]`. */
export type TagCounts = Map<string, number[]>;

/** A word needs this many corpus occurrences to get a profile class … */
export const PROFILE_MIN_COUNT = 2;
/** … and a type this share of them for `tp_<type>` … */
export const PROFILE_MAJORITY = 0.5;
/** … or this share for `tp_<type>_some`. */
export const PROFILE_SOME = 0.15;
/** A word seen at least this often in the corpus … */
export const COMMON_MIN_COUNT = 8;
/** … and put in a name less than this share of the time is a common word (kept in the file for the mentions stage). */
export const COMMON_MAX_SHARE = 0.05;

const SENTENCE_END = new Set(['।', '॥', '?', '!']);

/**
 * The corpus cut into sentences (at `।`, `॥`, `?`, `!`), each distinct sentence once, in first-seen order.
 * @example profileSentences().length > 0 // true when ../shared is present
 */
export function profileSentences(lines: readonly (readonly string[])[] = corpusLines()): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const line of lines) {
    let start = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i < line.length && !SENTENCE_END.has(line[i])) continue;
      const s = line.slice(start, Math.min(i + 1, line.length));
      start = i + 1;
      if (s.length < 3) continue;
      const key = s.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/**
 * Counts, for every normalised word, its occurrences and how often `tag` puts it in a name of each type.
 * @example countTags([['राम', 'आया']], () => ['B-PER', 'O']).get('राम') // [1, 1, 0, 0]
 */
export function countTags(sentences: readonly (readonly string[])[], tag: (words: readonly string[]) => readonly Label[]): TagCounts {
  const counts: TagCounts = new Map();
  for (const s of sentences) {
    const tags = tag(s);
    s.forEach((w, i) => {
      const norm = normaliseWord(w);
      let row = counts.get(norm);
      if (!row) counts.set(norm, (row = [0, 0, 0, 0]));
      row[0]++;
      const t = tags[i];
      if (t !== 'O') row[1 + PROFILE_TYPES.indexOf(t.slice(2) as (typeof PROFILE_TYPES)[number])]++;
    });
  }
  return counts;
}

/**
 * The word classes a profile gives: `tp_per` when at least half of a word's occurrences are
 * tagged PER, `tp_per_some` when at least 15 % are (likewise `loc`, `org`).
 * @example profileClasses(new Map([['राम', [4, 3, 0, 1]]])).get('राम') // ['tp_per', 'tp_org_some']
 */
export function profileClasses(counts: TagCounts): WordClasses {
  const out = new Map<string, string[]>();
  for (const [w, row] of counts) {
    if (row[0] < PROFILE_MIN_COUNT) continue;
    const cs: string[] = [];
    PROFILE_TYPES.forEach((type, k) => {
      const share = shareOf(row, k);
      if (share >= PROFILE_MAJORITY) cs.push('tp_' + type.toLowerCase());
      else if (share >= PROFILE_SOME) cs.push('tp_' + type.toLowerCase() + '_some');
    });
    if (cs.length) out.set(w, cs);
  }
  return out;
}

/** The share of a row's occurrences tagged type `k` (index into PROFILE_TYPES). */
function shareOf(row: readonly number[], k: number): number {
  return row[1 + k] / row[0];
}

/**
 * Whether a profile row is a common word: seen often, hardly ever in a name.
 * @example isCommonRow([10, 0, 0, 0]) // true
 */
export function isCommonRow(row: readonly number[]): boolean {
  return row[0] >= COMMON_MIN_COUNT && row[1] + row[2] + row[3] < COMMON_MAX_SHARE * row[0];
}

/**
 * The profile as TSV (`word<TAB>occurrences<TAB>PER<TAB>LOC<TAB>ORG`), sorted, keeping the words
 * that get a class and the common words; word statistics only, no text.
 * @example serialiseProfile(new Map([['राम', [4, 3, 0, 1]]])).split('\n')[1] // 'राम\t4\t3\t0\t1'
 */
export function serialiseProfile(counts: TagCounts): string {
  const keep = profileClasses(counts);
  const rows = [...counts.keys()].filter((w) => keep.has(w) || isCommonRow(counts.get(w)!)).sort().map((w) => [w, ...counts.get(w)!].join('\t'));
  return ['# word\toccurrences\ttagged PER\ttagged LOC\ttagged ORG; built by npm run train:ner (src/ner/profile.ts), see SOURCE.md', ...rows].join('\n') + '\n';
}

/**
 * Parses a profile TSV, rejecting malformed lines and words listed twice.
 * @example parseProfile('राम\t4\t3\t0\t1\n', 'x').get('राम') // [4, 3, 0, 1]
 */
export function parseProfile(text: string, source: string): TagCounts {
  const out: TagCounts = new Map();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const nums = cols.slice(1).map(Number);
    if (cols.length !== 5 || nums.some((x) => !Number.isInteger(x) || x < 0) || nums.slice(1).some((x) => x > nums[0])) {
      throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: line ${i + 1} is not word<TAB>occurrences<TAB>PER<TAB>LOC<TAB>ORG`);
    }
    if (out.has(cols[0])) throw new KhabarError('KHABAR_ERR_BAD_DATA', `${source}: "${cols[0]}" appears twice`);
    out.set(cols[0], nums);
  });
  return out;
}

let counts: TagCounts | null = null;
let cached: WordClasses | null = null;

/**
 * The committed profile's rows, loaded once (empty when the file is absent, e.g. while training).
 * @example tagProfile().get('पुतिन')?.[1] // how often the first pass tagged पुतिन PER
 */
export function tagProfile(): TagCounts {
  counts ??= existsSync(PROFILE_PATH) ? parseProfile(readFileSync(PROFILE_PATH, 'utf8'), PROFILE_PATH) : new Map();
  return counts;
}

/**
 * The classes of the committed profile, loaded once.
 * @example tagProfileClasses().get('पुतिन') // e.g. ['tp_per']
 */
export function tagProfileClasses(): WordClasses {
  cached ??= profileClasses(tagProfile());
  return cached;
}

/**
 * What the corpus says of a word as written: `common` (seen ≥ 8 times, in a name < 5 % of them),
 * the type it is mostly tagged (`PER`, `LOC`, `ORG`: at least half its occurrences), or null.
 * @example corpusReading('लेकिन') // 'common'
 */
export function corpusReading(word: string): 'common' | (typeof PROFILE_TYPES)[number] | null {
  const row = tagProfile().get(normaliseWord(word));
  if (!row) return null;
  if (isCommonRow(row)) return 'common';
  if (row[0] < PROFILE_MIN_COUNT) return null;
  return PROFILE_TYPES.find((_, k) => shareOf(row, k) >= PROFILE_MAJORITY) ?? null;
}
