import type { Related, Removed } from '../types.ts';
import type { CleanPatterns } from './patterns.ts';

/**
 * Finds where a link title glued to the following text ends: the index in `text`, between
 * `from` and `to`, of a glue point that looks like a boundary between two texts, or null.
 */
export type GlueBoundaryFinder = (text: string, from: number, to: number) => number | null;

/** A paragraph line with its related-story links taken out. */
export interface LineRelated {
  /** The line without the links, or null when the whole line was a link. */
  line: string | null;
  related: Related[];
  removed: Removed[];
}

const SENTENCE_END = /[.।?!"”’')]/;

function isSeparator(ch: string | undefined, seps: string): boolean {
  return ch !== undefined && seps.includes(ch);
}

/** Length of the cue + separator at `at` in `line`, or 0 when none stands there. */
function cueAt(line: string, at: number, cues: string[], seps: string, needSeparator: boolean): number {
  for (const cue of cues) {
    if (!line.startsWith(cue, at)) continue;
    let i = at + cue.length;
    while (line[i] === ' ') i++;
    if (isSeparator(line[i], seps)) {
      i++;
      while (line[i] === ' ') i++;
      return i - at;
    }
    if (!needSeparator && cue.includes(' ') && i > at + cue.length) return i - at;
  }
  return 0;
}

/** End of an inline link title starting at `start` (exclusive), and whether it ended at a glue point. */
function titleEnd(line: string, start: number, opened: boolean, maxWords: number, glue: GlueBoundaryFinder | null): number {
  let stop = line.length;
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (opened && ch === ')') { stop = i; break; }
    if (ch === '?' || ch === '!') { stop = i + 1; break; }
    if (ch === '.' || ch === '।') { stop = i; break; }
  }
  const words = line.slice(start, stop).split(' ').length;
  const g = glue ? glue(line, start, stop) : null;
  if (g !== null) return g;
  return words <= maxWords ? stop : start;
}

/**
 * Lifts related-story links out of one paragraph line: a line that starts with a cue
 * ("यह भी पढ़ें:", "Also Read:") is a link as a whole; inside a line, a cue right after a
 * sentence end starts a link title glued into the text ("…है.पढ़िए- X?फ़लस्तीनी …").
 *
 * @example
 * liftRelated('यह भी पढ़ेंः कर्नाटक में CM बदले', cleanPatterns(), null).related[0].title; // 'कर्नाटक में CM बदले'
 */
export function liftRelated(line: string, patterns: CleanPatterns, glue: GlueBoundaryFinder | null): LineRelated {
  const whole = cueAt(line, 0, patterns.lineCues, patterns.separators, false);
  if (whole > 0 && line.length > whole) {
    const title = line.slice(whole).trim();
    if (title.split(' ').length <= patterns.maxTitleWords * 2) {
      return { line: null, related: [{ title, url: null }], removed: [{ text: line, reason: 'related', rule: 'related-line' }] };
    }
  }
  const related: Related[] = [];
  const removed: Removed[] = [];
  let out = '';
  let last = 0;
  for (let i = 1; i < line.length; i++) {
    const opened = line[i] === '(';
    const at = opened ? i + 1 : i;
    let p = i - 1;
    while (p > 0 && line[p] === ' ') p--;
    if (!SENTENCE_END.test(line[p])) continue;
    const cueLen = cueAt(line, at, patterns.inlineCues, patterns.separators, true);
    if (cueLen === 0) continue;
    const tStart = at + cueLen;
    const tEnd = titleEnd(line, tStart, opened, patterns.maxTitleWords, glue);
    if (tEnd <= tStart) continue;
    let cut = tEnd;
    if (opened && line[cut] === ')') cut++;
    related.push({ title: line.slice(tStart, tEnd).trim(), url: null });
    removed.push({ text: line.slice(i, cut), reason: 'related', rule: 'related-inline' });
    out += line.slice(last, i);
    if (out && !out.endsWith(' ') && cut < line.length && line[cut] !== ' ') out += ' ';
    last = cut;
    i = cut - 1;
  }
  if (related.length === 0) return { line, related, removed };
  out += line.slice(last);
  out = out.trim();
  return { line: out || null, related, removed };
}
