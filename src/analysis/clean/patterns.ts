import { readFileSync } from 'node:fs';
import { KhabarError } from '../../errors.ts';

/** A compiled boilerplate pattern from data/clean/patterns.json. */
export interface CompiledPattern {
  id: string;
  re: RegExp;
  site: string | null;
  siteGroup: number | null;
}

/** The cleaner's patterns, compiled. */
export interface CleanPatterns {
  trailers: CompiledPattern[];
  share: CompiledPattern[];
  lineCues: string[];
  inlineCues: string[];
  separators: string;
  maxTitleWords: number;
  /** Bare cues that stay part of the title (`देखिए …`). */
  keepCueInTitle: string[];
  /** Seam score a glued title needs when no cue introduces it. */
  gluedTitleMinScore: number;
  /** Present-tense copulas: a cue-less run whose next-to-last word is one is headline-like. */
  gluedTitleCopulas: string[];
  /** Seam score such a headline-like run needs (lower than gluedTitleMinScore). */
  gluedTitleCopulaMinScore: number;
  /** Clause words that show a cue-less run is running text. */
  notInGluedTitle: string[];
  /** Last words that mark a line as a broken sentence. */
  continuationWords: Set<string>;
}

interface RawPattern { id: string; pattern: string; flags?: string; site?: string; siteGroup?: number }

let cached: CleanPatterns | null = null;

function compile(group: string, list: unknown): CompiledPattern[] {
  if (!Array.isArray(list)) throw new KhabarError('KHABAR_ERR_BAD_DATA', `data/clean/patterns.json: ${group} is not a list`);
  const seen = new Set<string>();
  return (list as RawPattern[]).map((p) => {
    if (typeof p.id !== 'string' || typeof p.pattern !== 'string' || seen.has(p.id)) {
      throw new KhabarError('KHABAR_ERR_BAD_DATA', `data/clean/patterns.json: bad or duplicate pattern in ${group}`);
    }
    seen.add(p.id);
    const flags = new Set((p.flags ?? '').split(''));
    flags.add('g');
    return { id: p.id, re: new RegExp(p.pattern, [...flags].join('')), site: p.site ?? null, siteGroup: p.siteGroup ?? null };
  });
}

/**
 * Loads and validates data/clean/patterns.json once.
 *
 * @example
 * cleanPatterns().lineCues.includes('यह भी पढ़ें'); // true
 */
export function cleanPatterns(): CleanPatterns {
  if (cached) return cached;
  const url = new URL('../../../data/clean/patterns.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8'));
  const rel = raw.related ?? {};
  const cues = (x: unknown): string[] => {
    if (!Array.isArray(x) || x.some((c) => typeof c !== 'string' || c !== c.normalize('NFC'))) {
      throw new KhabarError('KHABAR_ERR_BAD_DATA', 'data/clean/patterns.json: cues must be NFC strings');
    }
    // Longest first, so "यह भी पढ़ें" wins over "पढ़ें".
    return [...(x as string[])].sort((a, b) => b.length - a.length);
  };
  cached = {
    trailers: compile('trailers', raw.trailers),
    share: compile('share', raw.share),
    lineCues: cues(rel.lineCues),
    inlineCues: cues(rel.inlineCues),
    separators: String(rel.separators ?? ':-'),
    maxTitleWords: Number(rel.maxTitleWords ?? 20),
    keepCueInTitle: cues(rel.keepCueInTitle ?? []),
    gluedTitleMinScore: Number(rel.gluedTitleMinScore ?? 3),
    gluedTitleCopulas: cues(rel.gluedTitleCopulas ?? []),
    gluedTitleCopulaMinScore: Number(rel.gluedTitleCopulaMinScore ?? rel.gluedTitleMinScore ?? 3),
    notInGluedTitle: cues(rel.notInGluedTitle ?? []),
    continuationWords: new Set(cues(raw.lines?.continuationWords ?? [])),
  };
  return cached;
}
