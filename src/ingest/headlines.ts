/**
 * Cutting a newspaper day file (several stories one after another, as scraped) into articles
 * at its headline lines. A headline is a short line without terminal punctuation that starts a
 * new story; sub-headings inside a story look alike, so each candidate line is scored on how
 * headlines in these files are laid out: longer than a sub-heading (a full clause, often with a
 * comma or colon), set apart by blank or whitespace-only lines, after a paragraph that ended a
 * sentence, and followed by running text rather than by more short lines (tables, lists).
 */

/** One article cut out of a day file: its text (headline first) and its 1-based line range. */
export interface HeadlineSection {
  title: string;
  text: string;
  firstLine: number;
  lastLine: number;
}

/** Tunable weights of the headline score (data over code: the defaults are measured, see bench). */
export interface HeadlineRules {
  /** Longest headline, characters. */
  maxLength: number;
  /** Shortest headline, characters. */
  minLength: number;
  /** Score a line needs to start a new article. */
  threshold: number;
}

/**
 * Defaults measured on the 12 day files that were cut by hand (corpus/covid19-hindi-2020-articles/
 * SOURCE.txt): boundary precision 0.74, recall 0.82 at threshold 5 (4: 0.69/0.90; 6: 0.93/0.64).
 */
export const DEFAULT_HEADLINE_RULES: HeadlineRules = { maxLength: 160, minLength: 20, threshold: 5 };

/** Sentence-final marks: a line ending in one is running text, not a headline. */
const TERMINAL = /[।॥.?!:;,"'”’)\]|-]$/u;
const BLANK = /^[\s\u00a0\u200b-\u200d\ufeff]*$/u;
/** Lines that only carry a time stamp or a date (live blogs: "Wed, 29 Apr 2020 09:20 AM"). */
const STAMP = /^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$/;

const clean = (l: string) => l.replace(/[\s\u00a0\u200b-\u200d\ufeff]+/gu, ' ').trim();

/**
 * How much a line looks like the headline of a new story (higher: more), or -Infinity when it
 * cannot be one.
 */
/** How a line is set apart from what follows: blank lines after it, and whether one holds only spaces. */
function layoutAfter(lines: string[], i: number): string {
  let next = i + 1;
  let gap = 0;
  let spaces = false;
  while (next < lines.length && BLANK.test(lines[next])) { gap++; if (lines[next].length > 0) spaces = true; next++; }
  return gap === 0 ? 'none' : spaces ? 'spaces' : 'blank';
}

function headlineScore(lines: string[], i: number, r: HeadlineRules, house: string | null = null): number {
  const t = clean(lines[i]);
  if (t.length < r.minLength || t.length > r.maxLength || TERMINAL.test(t) || STAMP.test(t) || /^\d+([.,]\d+)?\s/.test(t) && t.length < 30) return -Infinity;
  if (/\.\.\.$|…$/.test(t)) return -Infinity;
  let prev = i - 1;
  let gapBefore = 0;
  let spaceOnlyBefore = false;
  while (prev >= 0 && BLANK.test(lines[prev])) { gapBefore++; if (lines[prev].length > 0) spaceOnlyBefore = true; prev--; }
  let next = i + 1;
  let gapAfter = 0;
  while (next < lines.length && BLANK.test(lines[next])) { gapAfter++; next++; }
  const nextText = next < lines.length ? clean(lines[next]) : '';
  const prevText = prev >= 0 ? clean(lines[prev]) : '';
  let score = 0;
  if (t.length >= 55) score += 2; else if (t.length >= 40) score += 1; else score -= 1;
  if (/[,:]|\s-\s|-\s/.test(t)) score += 1;
  if (gapBefore > 0) score += 1;
  if (spaceOnlyBefore || gapBefore >= 2) score += 1;
  if (gapAfter > 0) score += 1;
  if (prevText && /[।॥.?!"'”]$/u.test(prevText)) score += 1;
  if (nextText.length >= 120) score += 1; else if (nextText.length < 60) score -= 2;
  // A paper sets its headlines apart the same way throughout a day file: the first line (always
  // a headline) shows how. Only a layout with a gap is telling; sub-headings run into their text.
  if (house && house !== 'none') score += layoutAfter(lines, i) === house ? 2 : -2;
  return score;
}

/**
 * Splits a day file into articles at its headline lines. The first non-blank line always
 * starts an article; a file without any further headline comes back whole.
 *
 * @example
 * splitHeadlines('पहली खबर का शीर्षक, जो लंबा है और जिसमें विराम नहीं\n\nपाठ …।\n\nदूसरी खबर …');
 * // [{ title: 'पहली खबर …', firstLine: 1, … }, …]
 */
export function splitHeadlines(text: string, rules: HeadlineRules = DEFAULT_HEADLINE_RULES): HeadlineSection[] {
  const lines = text.split(/\r?\n/);
  const starts: number[] = [];
  let house: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (BLANK.test(lines[i])) continue;
    if (starts.length === 0) { starts.push(i); house = layoutAfter(lines, i); continue; }
    if (headlineScore(lines, i, rules, house) >= rules.threshold) starts.push(i);
  }
  return starts.map((s, k) => {
    let end = (k + 1 < starts.length ? starts[k + 1] : lines.length) - 1;
    while (end > s && BLANK.test(lines[end])) end--;
    return { title: clean(lines[s]), text: `${lines.slice(s, end + 1).join('\n')}\n`, firstLine: s + 1, lastLine: end + 1 };
  });
}

/**
 * The score of every non-blank line (for tuning the rules against hand-cut files).
 *
 * @example
 * headlineScores(dayFile).filter((l) => l.score >= DEFAULT_HEADLINE_RULES.threshold); // the lines that start articles
 */
export function headlineScores(text: string, rules: HeadlineRules = DEFAULT_HEADLINE_RULES): { line: number; score: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => !BLANK.test(l));
  const house = first >= 0 ? layoutAfter(lines, first) : null;
  return lines.map((l, i) => ({ line: i + 1, score: BLANK.test(l) ? -Infinity : headlineScore(lines, i, rules, house), text: clean(l).slice(0, 50) })).filter((x) => x.score > -Infinity);
}
