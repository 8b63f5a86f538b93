/**
 * Feature extraction for the tagger: for each word of a sentence, the list of string features
 * the model scores. Features never look at tags, so they are computed once per sentence.
 *
 * Features come in two kinds, so that decoding can cache per word (see decode.ts):
 * - offset features (`offsetFeatures`) depend only on the word at offset d ∈ −2…+2 from the
 *   current word (its form, suffixes, shape, word classes, clusters);
 * - context features (`contextFeatures`) combine several words (word bigrams, shape trigram,
 *   cluster bigrams, the nearest postpositions, a title within three words, sentence edges).
 *
 * Extra features (gazetteer membership, …) plug in as `FeatureSource`s; a model trained with a
 * source must be run with the same source.
 */
import { wordClusters, type ClusterTable } from './clusters.ts';
import { soundsLikeCity } from './gazetteer-words.ts';
import { wordClasses, type WordClasses } from './lexicon.ts';
import { normaliseWord, skeleton, wordShape } from './normalise.ts';

/** One sentence as a feature source sees it. */
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

/** What the features know about one word (or a sentence edge). */
export interface WordInfo {
  readonly raw: string;
  readonly norm: string;
  readonly shape: string;
  readonly classes: readonly string[];
  /** `[fine, coarse]` cluster ids, if the word has them. */
  readonly cluster: readonly [string, string] | undefined;
  /** Fine cluster id, `?` without one, `^`/`$` for the sentence edges. */
  readonly clusterKey: string;
  /** Whether this stands for the space before (`<s>`) or after (`</s>`) the sentence. */
  readonly edge: boolean;
}

const NONE: readonly string[] = [];
const ACRONYM = /^(?:[A-Z]{2,7}|(?:[A-Z]\.){2,6})$/;
const PP_WINDOW = 4;
const TITLE_WINDOW = 3;
/** How far ahead a name's head word (`पार्टी`, `मंत्रालय`, `नगर`, …) is looked for. */
export const HEAD_WINDOW = 4;
/** Word classes that end a multi-word name (the head of `भारतीय जनता पार्टी`). */
export const HEAD_CLASSES: readonly string[] = ['org_word', 'loc_word'];

/** The sentence start as seen from a later word. */
export const BEFORE: WordInfo = { raw: '', norm: '<s>', shape: '^', classes: NONE, cluster: undefined, clusterKey: '^', edge: true };
/** The sentence end as seen from an earlier word. */
export const AFTER: WordInfo = { raw: '', norm: '</s>', shape: '$', classes: NONE, cluster: undefined, clusterKey: '$', edge: true };

/**
 * What the features need to know about one word.
 * @example wordInfo('फ़्रांस').norm // 'फ्रांस'
 */
export function wordInfo(raw: string, classes: WordClasses = wordClasses(), clusters: ClusterTable = wordClusters()): WordInfo {
  const norm = normaliseWord(raw);
  const cluster = clusters.get(norm);
  let cs = classes.get(norm) ?? NONE;
  if (soundsLikeCity(norm) && !cs.includes('g_city')) cs = [...cs, 'g_citykey'];
  return { raw, norm, shape: wordShape(raw), classes: cs, cluster, clusterKey: cluster ? cluster[0] : '?', edge: false };
}

function lengthBucket(n: number): string {
  return n <= 3 ? String(n) : n <= 6 ? '4-6' : '7+';
}

/**
 * The features that the word `info`, standing at offset `d` (−2…+2) from the current word,
 * contributes on its own.
 * @example const out: string[] = []; offsetFeatures(wordInfo('ने'), 1, out); out.includes('w+1=ने') // true
 */
export function offsetFeatures(info: WordInfo, d: number, out: string[]): void {
  const w = info.norm;
  if (d === 0) {
    out.push('w=' + w, 'sh=' + info.shape, 'len=' + lengthBucket(w.length));
    const sk = skeleton(w);
    if (sk && sk !== w) out.push('sk=' + sk);
    for (let k = 1; k <= 4 && k < w.length; k++) out.push(`s${k}=` + w.slice(-k));
    for (let k = 1; k <= 3 && k < w.length; k++) out.push(`p${k}=` + w.slice(0, k));
    if (ACRONYM.test(info.raw)) out.push('acronym');
  } else {
    out.push(`w${d < 0 ? d : '+' + d}=` + w);
    if (d === 1 && !info.edge && w.length > 2) out.push('s2+1=' + w.slice(-2));
  }
  for (const c of info.classes) out.push(`c${d}=` + c);
  if (info.cluster) out.push(`cl${d}=` + info.cluster[0], `cg${d}=` + info.cluster[1]);
  else if (d === 0) out.push('cl0=none');
}

/**
 * The features of word `i` that combine several words. `infos` are the sentence's words.
 * `withWordPairs: false` leaves out the two word-pair features (decode.ts caches those per pair).
 * @example const out: string[] = []; contextFeatures([wordInfo('रूस'), wordInfo('ने')], 0, out); out.includes('ppn=ने') // true
 */
export function contextFeatures(infos: readonly WordInfo[], i: number, out: string[], withWordPairs = true): void {
  const n = infos.length;
  const cur = infos[i];
  const prev = i > 0 ? infos[i - 1] : BEFORE;
  const next = i + 1 < n ? infos[i + 1] : AFTER;
  out.push('b');
  if (withWordPairs) out.push(leftPairFeature(prev, cur), rightPairFeature(cur, next));
  out.push('sh-1|sh|sh+1=' + prev.shape + '|' + cur.shape + '|' + next.shape);
  out.push('cl-1|cl0=' + prev.clusterKey + '|' + cur.clusterKey, 'cl0|cl+1=' + cur.clusterKey + '|' + next.clusterKey);
  // The nearest postposition after the word (skipping the rest of a multi-word name) and before it.
  for (let j = i + 1; j < n && j <= i + PP_WINDOW; j++) {
    if (infos[j].classes.includes('postposition')) {
      out.push('ppn=' + infos[j].norm, 'ppn=' + infos[j].norm + '@' + (j - i));
      break;
    }
  }
  // Head words of organisation and place names 1–4 words ahead, before any postposition.
  for (let j = i + 1; j < n && j <= i + HEAD_WINDOW; j++) {
    if (infos[j].classes.includes('postposition')) break;
    headFeatures(infos[j], j - i, out);
  }
  for (let j = i - 1; j >= 0 && j >= i - PP_WINDOW; j--) {
    if (infos[j].classes.includes('postposition')) {
      out.push('ppp=' + infos[j].norm);
      break;
    }
  }
  for (let j = i - 1; j >= 0 && j >= i - TITLE_WINDOW; j--) {
    if (infos[j].classes.includes('title')) {
      out.push('title<=3');
      break;
    }
  }
  if (i === 0) out.push('first');
  if (i === n - 1) out.push('last');
}

/**
 * The features a head word (class in `HEAD_CLASSES`) `k` words ahead gives the current word.
 * @example const out: string[] = []; headFeatures(wordInfo('पार्टी'), 2, out); out.includes('hd@2=org_word') // true
 */
export function headFeatures(head: WordInfo, k: number, out: string[]): void {
  for (const c of HEAD_CLASSES) {
    if (head.classes.includes(c)) out.push(`hd@${k}=` + c, 'hd=' + c + '|' + head.norm);
  }
}

/**
 * The word-pair feature that `prev` gives the word `cur` after it.
 * @example leftPairFeature(wordInfo('रूस'), wordInfo('ने')) // 'w-1|w=रूस|ने'
 */
export function leftPairFeature(prev: WordInfo, cur: WordInfo): string {
  return 'w-1|w=' + prev.norm + '|' + cur.norm;
}

/**
 * The word-pair feature that `next` gives the word `cur` before it.
 * @example rightPairFeature(wordInfo('रूस'), wordInfo('ने')) // 'w|w+1=रूस|ने'
 */
export function rightPairFeature(cur: WordInfo, next: WordInfo): string {
  return 'w|w+1=' + cur.norm + '|' + next.norm;
}

/**
 * The word at offset `d` from `i`, or the sentence edge.
 * @example infoAt([wordInfo('रूस')], 0, -1) === BEFORE // true
 */
export function infoAt(infos: readonly WordInfo[], i: number, d: number): WordInfo {
  const j = i + d;
  return j < 0 ? BEFORE : j >= infos.length ? AFTER : infos[j];
}

/**
 * The view of a sentence a `FeatureSource` gets.
 * @example sentenceView([wordInfo('रूस')]).norms // ['रूस']
 */
export function sentenceView(infos: readonly WordInfo[]): SentenceView {
  return { words: infos.map((x) => x.raw), norms: infos.map((x) => x.norm), classes: infos.map((x) => x.classes) };
}

/**
 * The features of every word of a sentence, in a fixed order (same input, same output).
 * `classes` replaces the word classes (training folds use their own name lists).
 * @example sentenceFeatures(['रूस', 'ने'])[0].includes('w=रूस') // true
 */
export function sentenceFeatures(words: readonly string[], extra: readonly FeatureSource[] = [], classes: WordClasses = wordClasses()): string[][] {
  const clusters = wordClusters();
  const infos = words.map((w) => wordInfo(w, classes, clusters));
  const view = extra.length ? sentenceView(infos) : null;
  return infos.map((_, i) => {
    const f: string[] = [];
    contextFeatures(infos, i, f);
    for (let d = -2; d <= 2; d++) offsetFeatures(infoAt(infos, i, d), d, f);
    if (view) for (const source of extra) source(view, i, f);
    return f;
  });
}
