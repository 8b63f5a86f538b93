/**
 * The statistical NER tagger's public face: BIO tags (`B-PER`, `I-PER`, `B-LOC`, `I-LOC`,
 * `B-ORG`, `I-ORG`, `O`) for the words of one sentence.
 * Placeholder until the trained tagger lands: tags everything `O`.
 */
export function tagWords(words: readonly string[]): string[] {
  return words.map(() => 'O');
}
