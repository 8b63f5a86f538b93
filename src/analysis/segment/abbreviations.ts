import { readFileSync } from 'node:fs';

/** Words after which a full stop does not end a sentence (data/segment/abbreviations.json). */
export interface Abbreviations {
  /** Devanagari abbreviations and the Devanagari names of Latin letters (initials). */
  devanagari: Set<string>;
  /** Latin abbreviations, case-sensitive. */
  latin: Set<string>;
}

let cached: Abbreviations | null = null;

/**
 * The abbreviation lexicon, loaded and validated once.
 *
 * @example
 * abbreviations().devanagari.has('डॉ'); // true
 */
export function abbreviations(): Abbreviations {
  if (cached) return cached;
  const file = new URL('../../../data/segment/abbreviations.json', import.meta.url);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const list = (k: string): string[] => {
    const v = raw[k];
    if (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || w === '' || /[\s.]/.test(w) && k !== 'latin')) {
      throw new Error(`data/segment/abbreviations.json: "${k}" must be a list of words without spaces or dots`);
    }
    return (v as string[]).map((w) => w.normalize('NFC'));
  };
  cached = {
    devanagari: new Set([...list('devanagari'), ...list('letterNames')]),
    latin: new Set(list('latin')),
  };
  return cached;
}
