import { readFileSync } from 'node:fs';

/** The reporting cues of data/frames/reporting.json, compiled. */
export interface ReportingLexicon {
  /** A reporting verb phrase ending the text (`… ने कहा,`), group `verb`. */
  verbAtEnd: RegExp;
  /** A reporting verb phrase anywhere, group `verb` (global). */
  verbAnywhere: RegExp;
  /** Alternation source of the verbs, for building other patterns. */
  verbs: string;
  /** `X के मुताबिक,` ending the text, group `cue`. */
  accordingAtEnd: RegExp;
  pronouns: Set<string>;
  boundaryWords: Set<string>;
  honorifics: string[];
}

interface RawLexicon {
  verbs: string[];
  accordingTo: string[];
  pronouns: string[];
  boundaryWords: string[];
  honorifics: string[];
}

let cached: ReportingLexicon | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: string[]): string =>
  [...xs].sort((a, b) => b.length - a.length).map((x) => escape(x).replace(/ /g, '\\s+')).join('|');

function validList(raw: unknown, key: string): string[] {
  const xs = (raw as Record<string, unknown>)[key];
  if (!Array.isArray(xs) || xs.length === 0 || !xs.every((x) => typeof x === 'string' && x.trim() !== '')) {
    throw new Error(`data/frames/reporting.json: "${key}" must be a non-empty list of strings`);
  }
  return xs as string[];
}

/**
 * Loads and compiles the reporting cues once.
 *
 * @example
 * reportingLexicon().verbAtEnd.test('उन्होंने कहा, '); // true
 */
export function reportingLexicon(): ReportingLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('../../../data/frames/reporting.json', import.meta.url), 'utf8')) as unknown;
  const lex: RawLexicon = {
    verbs: validList(raw, 'verbs'), accordingTo: validList(raw, 'accordingTo'), pronouns: validList(raw, 'pronouns'),
    boundaryWords: validList(raw, 'boundaryWords'), honorifics: validList(raw, 'honorifics'),
  };
  const verbs = alternation(lex.verbs);
  const end = '(?:\\s+(?:है|हैं|था|थी|थे))?(?:\\s+कि)?[\\s,:–—-]*$';
  cached = {
    verbs,
    verbAtEnd: new RegExp(`(?:^|\\s)(?<verb>${verbs})${end}`, 'u'),
    verbAnywhere: new RegExp(`(?:^|\\s)(?<verb>${verbs})(?=[\\s,.।:!?]|$)`, 'gu'),
    accordingAtEnd: new RegExp(`\\s(?<cue>${alternation(lex.accordingTo)})[\\s,:–—-]*$`, 'u'),
    pronouns: new Set(lex.pronouns),
    boundaryWords: new Set(lex.boundaryWords),
    honorifics: lex.honorifics,
  };
  return cached;
}
