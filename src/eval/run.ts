/**
 * Runs the evaluation: finds gold files, reads each gold article and its raw text, analyses the
 * text as any caller would (only metadata a feed or a file name would give: the date in the file
 * name as `meta.published`; never the gold `anchorDate`), and scores the Analysis.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { emptyDoc } from '../analysis/doc.ts';
import { analyze, toAnalysis } from '../analysis/pipeline.ts';
import type { Analysis, AnalyzeOptions } from '../analysis/types.ts';
import { PIPELINE_VERSION } from '../analysis/version.ts';
import { KhabarError } from '../errors.ts';
import { publishedFromFileName } from './file-date.ts';
import { readGoldFile, type GoldArticle } from './gold.ts';
import { scoreArticle, type ArticleScore } from './score/article.ts';
import { totals, type Totals } from './score/totals.ts';

/** The score of one gold article, with where it came from. */
export interface ArticleReport {
  gold: string;
  text: string;
  /** The `meta.published` passed to analyze, or null. */
  published: string | null;
  /** Set when analyze threw: the article is then scored as an empty Analysis. */
  error: string | null;
  score: ArticleScore;
}

/** The machine-readable evaluation report (`khabar eval --json`). */
export interface EvalReport {
  schema: 'khabar.eval/1';
  pipeline: string;
  articles: ArticleReport[];
  totals: Totals;
}

/**
 * The gold files named by `paths`: a directory stands for its `*.json` files (not recursive),
 * a file for itself. Sorted by path, duplicates removed. Throws `KHABAR_ERR_NOT_FOUND` for a
 * path that does not exist and `KHABAR_ERR_USAGE` when no gold file is left.
 *
 * @example
 * findGoldFiles(['../shared/gold']); // ['../shared/gold/AU-2020-05-14-03.json', …]
 */
export function findGoldFiles(paths: string[]): string[] {
  const files = new Set<string>();
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      throw new KhabarError('KHABAR_ERR_NOT_FOUND', p, { cause: err });
    }
    if (!isDir) files.add(p);
    else for (const name of readdirSync(p)) if (name.endsWith('.json')) files.add(join(p, name));
  }
  if (files.size === 0) throw new KhabarError('KHABAR_ERR_USAGE', `no gold *.json files in ${paths.join(', ')}`);
  return [...files].sort();
}

/** The analyser's options for a gold article's text: only what its file name tells. */
export function optionsFor(textPath: string): AnalyzeOptions {
  const published = publishedFromFileName(textPath);
  return published ? { meta: { published } } : {};
}

function analyzeSafely(raw: string, options: AnalyzeOptions): { analysis: Analysis; error: string | null } {
  try {
    return { analysis: analyze(raw, options), error: null };
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { analysis: toAnalysis(emptyDoc(raw, options)), error: message };
  }
}

/**
 * Reads one gold file and its text, analyses the text and scores it. An analyser crash is
 * recorded in `error` (the article then scores as empty) rather than stopping the evaluation.
 *
 * @example
 * evaluateGoldFile('../shared/gold/abp-ru-pk-steel.json').score.title.right;
 */
export function evaluateGoldFile(goldPath: string): ArticleReport {
  const gold: GoldArticle = readGoldFile(goldPath);
  const textPath = resolve(dirname(goldPath), gold.text);
  let raw: string;
  try {
    raw = readFileSync(textPath, 'utf8');
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_NOT_FOUND', `${textPath} (the text of gold ${goldPath})`, { cause: err });
  }
  const options = optionsFor(textPath);
  const { analysis, error } = analyzeSafely(raw, options);
  return { gold: goldPath, text: textPath, published: options.meta?.published ?? null, error, score: scoreArticle(gold, analysis) };
}

/**
 * Evaluates every gold file under `paths` and sums the totals.
 *
 * @example
 * const report = evaluate(['../shared/gold']);
 * report.totals.dates.valueAccuracy;
 */
export function evaluate(paths: string[]): EvalReport {
  const articles = findGoldFiles(paths).map(evaluateGoldFile);
  return { schema: 'khabar.eval/1', pipeline: PIPELINE_VERSION, articles, totals: totals(articles.map((a) => a.score)) };
}
