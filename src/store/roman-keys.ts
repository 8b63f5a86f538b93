/**
 * What a Latin query term matches in the romanised search column: one token sequence, the
 * {@link phoneticKey} of each word (short skeletons carry their vowel class, see
 * romanize-adapter.ts). Shared by every backend so they find the same articles.
 */
import { phoneticKey } from './romanize-adapter.ts';

/**
 * The token the romanised column holds for one word ('' when it has no usable key).
 *
 * @example
 * romanToken('कोरोना'); // 'krnu'
 * romanToken('किरण');   // 'krna'
 * romanToken('पाकिस्तान'); // 'pkstn'
 */
export function romanToken(word: string): string {
  const k = phoneticKey(word);
  return k.length < 2 ? '' : k;
}

/**
 * The romanised-column phrases a Latin phrase matches: one sequence of tokens, or none when a
 * word has no usable key. (A list, so a backend renders alternatives the same way should a
 * spelling ever map to several tokens.)
 *
 * @example
 * romanPhrases(['moscow']); // [['msku']]
 * romanPhrases(['vladimir', 'putin']); // [['vldmr', 'ptnu']]
 */
export function romanPhrases(words: string[]): string[][] {
  const keys = words.map(romanToken);
  return keys.some((k) => k === '') ? [] : [keys];
}
