/**
 * The unlabelled Hindi text in ../shared that the tagger's distributional data is learned from:
 * BBC Hindi and COVID-19 newspaper corpora and the EDNIL 2020 articles, leaving out every file
 * behind an article that ../shared/gold evaluates (src/eval/gold-files.ts). Used by
 * build-clusters.ts (word clusters) and profile.ts (corpus tag profiles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldStems, isGoldFile } from '../eval/gold-files.ts';

/** The shared data folder beside the project. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/**
 * The raw tokens of a line of corpus text: markup dropped, split at white space and at
 * punctuation (kept as tokens of its own).
 * @example corpusTokens('<P>रूस ने, कहा।</P>') // ['रूस', 'ने', ',', 'कहा', '।']
 */
export function corpusTokens(text: string): string[] {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/[\s\u00a0]+|([।॥,!?;:"'“”‘’()[\]{}<>|…–—-])/u)
    .filter((t): t is string => !!t);
}

/**
 * The corpus files, sorted, without the gold articles' files.
 * @example corpusFiles().some((f) => f.includes('bbc-hindi')) // true when ../shared is present
 */
export function corpusFiles(shared: string = SHARED_DIR): string[] {
  const stems = goldStems(join(shared, 'gold'));
  return [...walk(join(shared, 'corpus')), ...walk(join(shared, 'data/ednil2020-hindi')).filter((f) => f.endsWith('.xml'))].filter(
    (f) => !isGoldFile(f, stems) && !f.endsWith('SOURCE.txt') && !f.endsWith('README.md'),
  );
}

/**
 * Every line of the corpus files as raw tokens (empty lines included as empty arrays).
 * @example corpusLines().length > 0 // true when ../shared is present
 */
export function corpusLines(shared: string = SHARED_DIR): string[][] {
  const out: string[][] = [];
  for (const f of corpusFiles(shared)) for (const line of readFileSync(f, 'utf8').split(/\n+/)) out.push(corpusTokens(line));
  return out;
}
