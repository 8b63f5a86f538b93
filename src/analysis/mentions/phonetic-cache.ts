/**
 * Whether a word of the mentions stage may be a city, by its phonetic key (phoneticKey keeps
 * its own bounded memo), answered once per distinct word.
 */
import { gazetteer, type Word } from '../../gazetteer/index.ts';
import { cachedWordFlag, LEXEME_FLAGS } from '../../gazetteer/tokens.ts';
import { phoneticKey } from '../../text/phonetic.ts';

/**
 * Whether some city of the gazetteer shares the word's phonetic key: where none does,
 * matchCity can only answer null, whatever the article's context.
 * @example mayBeCity('तियानजिन') // true
 */
export function mayBeCity(text: string): boolean {
  const k = phoneticKey(text);
  return k.length >= 2 && gazetteer().citiesByKey.has(k);
}

/**
 * mayBeCity for a word of the text, answered once per distinct word (kept on its Lexeme).
 * @example mayBeCityWord(words('तियानजिन')[0]) // true
 */
export function mayBeCityWord(w: Word): boolean {
  return cachedWordFlag(w, gazetteer(), LEXEME_FLAGS.mayBeCityKnown, LEXEME_FLAGS.mayBeCity, cityOf);
}

function cityOf(w: Word): boolean {
  return mayBeCity(w.text);
}
