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
