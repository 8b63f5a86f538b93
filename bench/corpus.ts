import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One benchmark article: its name and text. */
export interface BenchArticle {
  name: string;
  text: string;
}

/** Where ../shared/corpus lies relative to the repo root. */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/**
 * The benchmark corpus: the 345 BBC Hindi articles and the COVID newspaper articles (already
 * split one article per file). Empty when ../shared is absent.
 *
 * @example
 * loadBenchCorpus().length; // 396 on this machine
 */
export function loadBenchCorpus(): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const sub of ['bbc-hindi', 'covid19-hindi-2020-articles']) {
    const dir = join(CORPUS_DIR, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt') && n !== 'SOURCE.txt').sort()) {
      out.push({ name: `${sub}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return out;
}

const WORDS = new Intl.Segmenter('hi', { granularity: 'word' });

/**
 * Counts the words of a text, one Intl.Segmenter pass per paragraph: the floor of the work.
 *
 * @example
 * countWords('रूस ने कहा.'); // 3
 */
export function countWords(text: string): number {
  let n = 0;
  for (const para of text.split('\n')) {
    if (!para) continue;
    for (const s of WORDS.segment(para)) if (s.isWordLike) n++;
  }
  return n;
}
