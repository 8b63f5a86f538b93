/**
 * Step 2: the tense that decides which way `कल`, `परसों`, a weekday or a bare month-day points.
 * Hindi puts the verb after the date, so the first tense cue after the mention, in the same
 * sentence, decides (`कल बैठक होगी` → ahead; `कल … कहा था` → back).
 */

import type { DatesLexicon } from './lexicon.ts';
import type { DateToken } from './tokenize.ts';

export type Tense = 'past' | 'future' | null;

function endsWithAny(key: string, endings: string[]): boolean {
  return endings.some((e) => key.length > e.length && key.endsWith(e));
}

/** The tense of one token, or null when it tells nothing. @example tokenTense(tokenize('करेंगे')[0], datesLexicon()); // 'future' */
export function tokenTense(tok: DateToken, lx: DatesLexicon): Tense {
  if (tok.kind !== 'word') return null;
  const t = lx.tense;
  if (t.futureWords.has(tok.key) || endsWithAny(tok.key, t.futureEndings)) return 'future';
  if (t.pastWords.has(tok.key) || endsWithAny(tok.key, t.pastEndings)) return 'past';
  return null;
}

/**
 * The tense of the clause a date stands in: the first cue after token `from`, up to the end of
 * the sentence (or `maxTokens`); null when none.
 *
 * @example
 * tenseAfter(tokenize('कल बैठक होगी।'), 1, datesLexicon()); // 'future'
 */
export function tenseAfter(toks: DateToken[], from: number, lx: DatesLexicon): Tense {
  const stop = Math.min(toks.length, from + lx.tense.maxTokens);
  for (let k = from; k < stop; k++) {
    const tok = toks[k];
    if (tok.kind === 'break' || (tok.kind === 'punct' && lx.tense.sentenceEnd.has(tok.key))) return null;
    const t = tokenTense(tok, lx);
    // A past participle before a future auxiliary is a future passive: `किया जाएगा`, `दिया जा सकेगा`.
    if (t === 'past') {
      for (let j = k + 1; j < Math.min(stop, k + 3); j++) if (tokenTense(toks[j], lx) === 'future') return 'future';
    }
    if (t) return t;
  }
  return null;
}
