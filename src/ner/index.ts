/**
 * The statistical NER tagger's public face: BIO tags (`B-PER`, `I-PER`, `B-LOC`, `I-LOC`,
 * `B-ORG`, `I-ORG`, `O`) for the words of one sentence, from the averaged perceptron in
 * data/ner/model.json (trained on IL-NER by `npm run train:ner`), loaded lazily once.
 */
import { tagWithConfidence, tagWithModel, type TaggedWords } from './decode.ts';
import type { Label } from './labels.ts';
import { loadModel } from './model.ts';

export { LABELS, type Label } from './labels.ts';
export { latinAcronym } from './augment.ts';
export { bioToSpans, SpanScorer, type SpanScore, type TagSpan } from './spans.ts';
export type { FeatureSource } from './features.ts';
export type { TaggedWords } from './decode.ts';

/**
 * The BIO tags of one sentence's words (one tag a word, same order).
 * @example tagWords(['रूस', 'ने', 'पाकिस्तान', 'के', 'साथ', 'समझौता', 'किया']) // ['B-LOC', 'O', 'B-LOC', 'O', 'O', 'O', 'O']
 */
export function tagWords(words: readonly string[]): Label[] {
  return tagWithModel(words, loadModel());
}

/**
 * The BIO tags of one sentence's words with a confidence (0–1) for each word's tag; a span's
 * confidence can be taken as the lowest of its words'.
 * @example tagWordsWithConfidence(['रूस', 'ने']) // { tags: ['B-LOC', 'O'], confidences: [0.97, 0.99] }
 */
export function tagWordsWithConfidence(words: readonly string[]): TaggedWords {
  return tagWithConfidence(words, loadModel());
}
