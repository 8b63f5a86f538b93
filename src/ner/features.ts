/**
 * Feature extraction for the tagger: for each word of a sentence, the list of string features
 * the model scores. Features never look at tags, so they are computed once per sentence.
 *
 * Extra features (gazetteer membership, word clusters, …) plug in as `FeatureSource`s; a model
 * trained with a source must be run with the same source.
 */
import { wordClusters } from './clusters.ts';
import { wordClasses, type WordClasses } from './lexicon.ts';
import { normaliseWord, skeleton, wordShape } from './normalise.ts';

/** One sentence as the feature extractor sees it. */
export interface SentenceView {
  /** The words as written. */
  readonly words: readonly string[];
  /** The normalised words (see `normaliseWord`). */
  readonly norms: readonly string[];
  /** Word classes of each normalised word (empty when none). */
  readonly classes: readonly (readonly string[])[];
}

/** A pluggable feature source: pushes features of word `i` into `out`. Names should carry a prefix of their own (e.g. `gaz:`). */
export type FeatureSource = (sentence: SentenceView, i: number, out: string[]) => void;

const NONE: readonly string[] = [];
const ACRONYM = /^(?:[A-Z]{2,7}|(?:[A-Z]\.){2,6})$/;
const PP_WINDOW = 4;

/**
 * Builds the view of a sentence: normalised words and their classes.
 * @example sentenceView(['रूस', 'ने']).norms // ['रूस', 'ने']
 */
export function sentenceView(words: readonly string[], classes: WordClasses = wordClasses()): SentenceView {
  const norms = words.map(normaliseWord);
  return { words, norms, classes: norms.map((n) => classes.get(n) ?? NONE) };
}

function lengthBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : '7+';
}

/**
 * The features of every word of a sentence, in a fixed order (same input, same output).
 * @example sentenceFeatures(['रूस', 'ने'])[0].includes('w=रूस') // true
 */
export function sentenceFeatures(words: readonly string[], extra: readonly FeatureSource[] = [], classes?: WordClasses): string[][] {
  const view = sentenceView(words, classes);
  const { norms } = view;
  const n = norms.length;
  const shapes = words.map(wordShape);
  const clusters = wordClusters();
  const at = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : norms[j]);
  const result: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = norms[i];
    const f: string[] = ['b', 'w=' + w, 'sh=' + shapes[i], 'len=' + lengthBucket(w.length)];
    const sk = skeleton(w);
    if (sk && sk !== w) f.push('sk=' + sk);
    for (let k = 1; k <= 4 && k < w.length; k++) f.push(`s${k}=` + w.slice(-k));
    for (let k = 1; k <= 3 && k < w.length; k++) f.push(`p${k}=` + w.slice(0, k));
    if (ACRONYM.test(words[i])) f.push('acronym');
    const prev = at(i - 1);
    const next = at(i + 1);
    f.push('w-1=' + prev, 'w+1=' + next, 'w-2=' + at(i - 2), 'w+2=' + at(i + 2));
    f.push('w-1|w=' + prev + '|' + w, 'w|w+1=' + w + '|' + next);
    f.push('sh-1|sh|sh+1=' + (shapes[i - 1] ?? '^') + '|' + shapes[i] + '|' + (shapes[i + 1] ?? '$'));
    if (i + 1 < n && norms[i + 1].length > 2) f.push('s2+1=' + norms[i + 1].slice(-2));
    for (let d = -2; d <= 2; d++) {
      const cls = view.classes[i + d];
      if (cls) for (const c of cls) f.push(`c${d}=` + c);
    }
    // The nearest postposition after the word (skipping the rest of a multi-word name) and before it.
    for (let j = i + 1; j < n && j <= i + PP_WINDOW; j++) {
      if (view.classes[j].includes('postposition')) {
        f.push('ppn=' + norms[j], 'ppn=' + norms[j] + '@' + (j - i));
        break;
      }
    }
    for (let j = i - 1; j >= 0 && j >= i - PP_WINDOW; j--) {
      if (view.classes[j].includes('postposition')) {
        f.push('ppp=' + norms[j]);
        break;
      }
    }
    const cl = (j: number) => (j < 0 ? '^' : j >= n ? '$' : (clusters.get(norms[j])?.[0] ?? '?'));
    for (let d = -2; d <= 2; d++) {
      const c = i + d >= 0 && i + d < n ? clusters.get(norms[i + d]) : undefined;
      if (c) f.push(`cl${d}=` + c[0], `cg${d}=` + c[1]);
      else if (d === 0) f.push('cl0=none');
    }
    f.push('cl-1|cl0=' + cl(i - 1) + '|' + cl(i), 'cl0|cl+1=' + cl(i) + '|' + cl(i + 1));
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (view.classes[j].includes('title')) {
        f.push('title<=3');
        break;
      }
    }
    if (i === 0) f.push('first');
    if (i === n - 1) f.push('last');
    for (const source of extra) source(view, i, f);
    result.push(f);
  }
  return result;
}
