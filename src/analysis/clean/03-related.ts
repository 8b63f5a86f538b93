import type { Related, Removed } from '../types.ts';
import type { CleanPatterns } from './patterns.ts';

/**
 * Finds where a link title glued to the following text ends: the index in `text`, between
 * `from` and `to`, of a glue point that looks like a boundary between two texts, or null.
 */
export type GlueBoundaryFinder = (text: string, from: number, to: number) => { at: number; score: number } | null;

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
  if (g !== null) return g.at;
  return words <= maxWords ? stop : start;
}

/** A link title found at a sentence start. */
interface Link { titleStart: number; end: number; rule: string }

/**
 * The related-story link that starts at `at`, if any: a cue with a separator (`पढ़िए- …`), or
 * a short run of words, with or without a bare cue (`देखिए …`), that ends at a glue point
 * where the next sentence was glued to it (`…की तस्वीरेंलगभग`).
 */
function linkAt(line: string, at: number, opened: boolean, patterns: CleanPatterns, glue: GlueBoundaryFinder | null): Link | null {
  const cueLen = cueAt(line, at, patterns.inlineCues, patterns.separators, true);
  if (cueLen > 0) {
    const tStart = at + cueLen;
    const end = titleEnd(line, tStart, opened, patterns.maxTitleWords, glue);
    return end > tStart ? { titleStart: tStart, end, rule: 'related-inline' } : null;
  }
  if (!glue) return null;
  let tStart = at;
  let bareCue = false;
  for (const cue of patterns.inlineCues) {
    if (line.startsWith(`${cue} `, at)) {
      if (!patterns.keepCueInTitle.includes(cue)) tStart = at + cue.length + 1;
      bareCue = true;
      break;
    }
  }
  // The window: up to the first sentence end, at most maxTitleWords words.
  let stop = tStart;
  let words = 1;
  // By character code: line[stop] would make a string of every Devanagari character.
  for (let c = line.charCodeAt(stop); stop < line.length && c !== 0x2e && c !== 0x964 && c !== 0x3f && c !== 0x21; c = line.charCodeAt(++stop)) {
    if (c === 0x20 && ++words > patterns.maxTitleWords) break;
  }
  const g = glue(line, tStart, stop);
  if (g === null) return null;
  const title = line.slice(tStart, g.at).trim();
  // Without a cue, only a clear seam makes a link title, or a weaker one after a headline's
  // present-tense copula and its inverted subject (`… गुज़रती है ज़िंदगी|इसराइल ने …`).
  const titleWords = title.split(' ');
  const headlineLike = titleWords.length >= 3 && patterns.gluedTitleCopulas.includes(titleWords[titleWords.length - 2]);
  const minScore = bareCue ? -Infinity : headlineLike ? patterns.gluedTitleCopulaMinScore : patterns.gluedTitleMinScore;
  if (g.score < minScore || titleWords.length < 2) return null;
  if (!bareCue && patterns.notInGluedTitle.some((w) => ` ${title} `.includes(` ${w} `))) return null;
  return { titleStart: tStart, end: g.at, rule: 'related-glued' };
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
  for (let i = 0; i < line.length; i++) {
    if (i > 0) {
      let p = i - 1;
      while (p > 0 && line[p] === ' ') p--;
      if (line[i] === ' ' || !SENTENCE_END.test(line[p])) continue;
    }
    const opened = line[i] === '(';
    const at = opened ? i + 1 : i;
    const link = linkAt(line, at, opened, patterns, glue);
    if (!link) continue;
    let cut = link.end;
    if (opened && line[cut] === ')') cut++;
    related.push({ title: line.slice(link.titleStart, link.end).trim(), url: null });
    removed.push({ text: line.slice(i, cut), reason: 'related', rule: link.rule });
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
