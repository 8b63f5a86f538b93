/**
 * The tag set of the tagger (BIO over PER/LOC/ORG) and the transitions BIO allows.
 */

/** The seven tags, in the fixed order the model file uses for its weight columns. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

/** One BIO tag of the tagger. */
export type Label = (typeof LABELS)[number];

/** Number of tags. */
export const NUM_LABELS = LABELS.length;

/** IL-NER entity types we keep, and the type each becomes; all others (NETI, NEN, NEM, …) are `O`. */
const IL_NER_TYPES: Record<string, string> = { NEP: 'PER', NEL: 'LOC', NEO: 'ORG' };

/**
 * Whether tag `next` may follow tag `prev` (`null` for the sentence start): `I-X` only after
 * `B-X` or `I-X`.
 * @example allowedTransition('B-PER', 'I-PER') // true
 * @example allowedTransition('O', 'I-LOC') // false
 */
export function allowedTransition(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  if (prev === null || prev === 'O') return false;
  return prev.slice(2) === next.slice(2);
}

/**
 * Maps one sentence of IL-NER tags to our BIO tags. NEP→PER, NEL→LOC, NEO→ORG, every other type
 * → `O`. The corpus has a few malformed tags: a bare `-` becomes `O`, and `-X` (no B/I) continues
 * an entity of type X when the previous token had type X, else starts one. An `I-` that cannot
 * continue (after `O` or another type) is repaired to `B-`.
 * @example mapIlNerTags(['B-NEP', 'I-NEP', 'O', 'B-NETI']) // ['B-PER', 'I-PER', 'O', 'O']
 */
export function mapIlNerTags(tags: readonly string[]): Label[] {
  const out: Label[] = [];
  let prevType: string | null = null;
  for (const raw of tags) {
    const m = /^([BI])?-(\w+)$/.exec(raw.trim());
    const type = m ? IL_NER_TYPES[m[2]] : undefined;
    if (!m || !type) {
      out.push('O');
      prevType = null;
      continue;
    }
    const inside = (m[1] === 'I' || m[1] === undefined) && prevType === type;
    out.push(`${inside ? 'I' : 'B'}-${type}` as Label);
    prevType = type;
  }
  return out;
}
