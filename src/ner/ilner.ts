/**
 * Reading the IL-NER Hindi corpus (../shared/data/il-ner) as words with our BIO tags.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conllTag, parseConll } from './conll.ts';
import { mapIlNerTags, type Label } from './labels.ts';

/** Default location of IL-NER, relative to the repository root: ../shared/data/il-ner. */
export const IL_NER_DIR = fileURLToPath(new URL('../../../shared/data/il-ner', import.meta.url));

/** One tagged sentence. */
export interface TaggedSentence {
  words: string[];
  tags: Label[];
  /** Whether the corpus gave a malformed tag (`-`, `-NEL`) in this sentence. */
  malformed: boolean;
}

/**
 * Parses IL-NER CoNLL text into sentences with PER/LOC/ORG BIO tags.
 * @example parseIlNer('राम\tB-NEP\nआया\tO\n')[0].tags // ['B-PER', 'O']
 */
export function parseIlNer(text: string): TaggedSentence[] {
  return parseConll(text).map((s) => {
    const raw = s.map(conllTag);
    return { words: s.map((t) => t.token), tags: mapIlNerTags(raw), malformed: raw.some((t) => !/^(O|[BI]-\w+)$/.test(t)) };
  });
}

/**
 * Reads one split (`train`, `dev`, `test`) of IL-NER Hindi; `null` when the data is absent.
 * @example readIlNer('dev')?.length // 1389
 */
export function readIlNer(split: 'train' | 'dev' | 'test', dir: string = IL_NER_DIR): TaggedSentence[] | null {
  const file = join(dir, `Hindi-${split}.txt`);
  if (!existsSync(file)) return null;
  return parseIlNer(readFileSync(file, 'utf8'));
}

/** The most a file's tail may be tagged (share of its sentences) and still count as entity-free. */
const MAX_UNTAGGED_RATE = 0.01;

/**
 * Where a file's sentences with PER/LOC/ORG names end. Each IL-NER Hindi split is sorted by the
 * entity types its sentences hold (NEP first, then NETI, NEN, NEL, NEO, NEAR, and last the
 * sentences with no entity at all), so about half of each file is an entity-free tail: in train,
 * person names such as मोदी occur almost only in the first 1,000 sentences, and `भारत` occurs 1,086
 * times in the first 5,575 sentences and 67 times in the other 5,501 (mostly untagged there: a
 * sentence whose names the annotators missed sorts into the tail too). This finds the single
 * change point that best splits "the sentence has a PER/LOC/ORG tag" into two Bernoulli runs
 * (maximum likelihood), and returns it as the number of leading sentences; unless the second run
 * is nearly bare (under a quarter of the first's rate and at most 1 % of its sentences tagged),
 * the whole file counts.
 * @example namedCount([...Array(50)].map(() => ({ tags: ['B-PER'] })).concat([...Array(50)].map(() => ({ tags: ['O'] })))) // 50
 */
export function namedCount(sentences: readonly { tags: readonly string[] }[]): number {
  const n = sentences.length;
  const has = sentences.map((s) => (s.tags.some((t) => t !== 'O') ? 1 : 0));
  const total = has.reduce<number>((a, b) => a + b, 0);
  const ll = (k: number, m: number) => (k === 0 || k === m ? 0 : k * Math.log(k / m) + (m - k) * Math.log(1 - k / m));
  let best = { at: n, score: ll(total, n), before: total };
  let before = 0;
  for (let p = 1; p < n; p++) {
    before += has[p - 1];
    const score = ll(before, p) + ll(total - before, n - p);
    if (score > best.score) best = { at: p, score, before };
  }
  if (best.at === n) return n;
  const rateBefore = best.before / best.at;
  const rateAfter = (total - best.before) / (n - best.at);
  return rateAfter < rateBefore / 4 && rateAfter <= MAX_UNTAGGED_RATE ? best.at : n;
}
