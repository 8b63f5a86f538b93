/**
 * Name lists learnt from tagged sentences: words that are, most of the time they occur, part of
 * a person's, place's or organisation's name. Used as word classes (`n_per_first`, `n_per_last`,
 * `n_loc`, `n_org`). For training they are built jackknife-style (each fold sees only the lists
 * of the other folds, see train.ts) so that the model learns how far a list can be trusted on
 * words it has not seen, not that every training name is in it.
 */
import type { Label } from './labels.ts';
import { normaliseWord } from './normalise.ts';

/** Sentences as the list builder reads them. */
export interface NameSource { words: readonly string[]; tags: readonly Label[] }

/** Class name → the normalised words in it. */
export type NameLists = Map<string, Set<string>>;

/** A word joins a list when it is that part of a name at least this often … */
export const NAME_MIN_COUNT = 1;
/** … and in at least this share of its occurrences. */
export const NAME_MIN_SHARE = 0.5;

/**
 * Name lists from tagged sentences (see the module comment); deterministic.
 * @example nameLists([{ words: ['राम', 'ने'], tags: ['B-PER', 'O'] }, { words: ['राम', 'आया'], tags: ['B-PER', 'O'] }]).get('n_per_first')?.has('राम') // true
 */
export function nameLists(sentences: Iterable<NameSource>): NameLists {
  const total = new Map<string, number>();
  const hits = new Map<string, Map<string, number>>();
  const hit = (cls: string, w: string): void => {
    const m = hits.get(cls) ?? new Map<string, number>();
    m.set(w, (m.get(w) ?? 0) + 1);
    hits.set(cls, m);
  };
  for (const s of sentences) {
    const norms = s.words.map(normaliseWord);
    norms.forEach((w) => total.set(w, (total.get(w) ?? 0) + 1));
    for (let i = 0; i < norms.length; i++) {
      const tag = s.tags[i];
      if (!tag.startsWith('B-')) continue;
      const type = tag.slice(2);
      let j = i + 1;
      while (j < norms.length && s.tags[j] === `I-${type}`) j++;
      if (type === 'PER') {
        hit('n_per_first', norms[i]);
        if (j - i > 1) hit('n_per_last', norms[j - 1]);
      } else {
        for (let k = i; k < j; k++) hit(`n_${type.toLowerCase()}`, norms[k]);
      }
      i = j - 1;
    }
  }
  const out: NameLists = new Map();
  for (const cls of [...hits.keys()].sort()) {
    const words = [...hits.get(cls)!].filter(([w, n]) => n >= NAME_MIN_COUNT && n / (total.get(w) ?? n) >= NAME_MIN_SHARE && /[\u0900-\u097Fa-z]/.test(w)).map(([w]) => w).sort();
    out.set(cls, new Set(words));
  }
  return out;
}
