/**
 * Reading CoNLL-style files: `token<TAB>anything` lines, a blank line between sentences.
 */

/** One line of a CoNLL file that carries a token, with the rest of the line after the tab. */
export interface ConllToken {
  token: string;
  /** Everything after the first tab (`''` when the line has no tab). */
  rest: string;
}

/**
 * Splits CoNLL text into sentences of tokens. Blank (or whitespace-only) lines end a sentence;
 * `\r\n` is accepted. A line without a tab is a token with an empty `rest`.
 * @example parseConll('राम\tB-NEP\nने\tO\n\nवह\tO\n') // [[{token:'राम',rest:'B-NEP'},{token:'ने',rest:'O'}],[{token:'वह',rest:'O'}]]
 */
export function parseConll(text: string): ConllToken[][] {
  const sentences: ConllToken[][] = [];
  let cur: ConllToken[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (cur.length) sentences.push(cur);
      cur = [];
      continue;
    }
    const tab = line.indexOf('\t');
    cur.push(tab < 0 ? { token: line, rest: '' } : { token: line.slice(0, tab), rest: line.slice(tab + 1) });
  }
  if (cur.length) sentences.push(cur);
  return sentences;
}

/**
 * The tag of a CoNLL token: the last tab-separated column of `rest` (IL-NER has two columns).
 * @example conllTag({ token: 'राम', rest: 'B-NEP' }) // 'B-NEP'
 */
export function conllTag(t: ConllToken): string {
  const cols = t.rest.split('\t');
  return cols[cols.length - 1].trim();
}
