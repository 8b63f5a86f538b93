/**
 * A memo of phoneticKey for the words of the mentions stage. The key of a word is a pure
 * function of its text, and the same words come back in every article (role heads, common
 * words that could be cities), while computing one goes through a full transliteration.
 */
import { gazetteer, type Word } from '../../gazetteer/index.ts';
import { cachedWordFlag, LEXEME_FLAGS } from '../../gazetteer/tokens.ts';
import { phoneticKey } from '../../text/phonetic.ts';

/**
 * phoneticKey(text), remembered (phoneticKey keeps its own bounded memo).
 * @example cachedPhoneticKey('मॉस्को') // 'msk', computed once
 */
export function cachedPhoneticKey(text: string): string {
  return phoneticKey(text);
}

/**
 * Whether some city of the gazetteer shares the word's phonetic key: where none does,
 * matchCity can only answer null, whatever the article's context.
 * @example mayBeCity('तियानजिन') // true
 */
export function mayBeCity(text: string): boolean {
  const k = cachedPhoneticKey(text);
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
