/** Closing quotes and brackets that may follow a line's last punctuation. */
const TRAILING_CLOSERS = /["”’')\]»\s]+$/u;
/** Punctuation that ends a sentence of running text (not a heading). */
const FULL_STOP = /[.।॥,;]$/;

function words(line: string): number {
  return line.split(' ').filter(Boolean).length;
}

function lastMark(line: string): string {
  return line.replace(TRAILING_CLOSERS, '');
}

/**
 * Whether the first line of an article is its headline: no full stop at its end (a `?` or `!`
 * is allowed on a short line), not too long, and more text follows.
 *
 * @example
 * isTitleLine('रूस ने पाकिस्तान के साथ कर ली बड़ी डील', true); // true
 */
export function isTitleLine(line: string, moreFollows: boolean): boolean {
  if (!moreFollows) return false;
  const end = lastMark(line);
  const n = words(line);
  if (n === 0 || n > 40 || line.length > 300) return false;
  if (FULL_STOP.test(end) || end.endsWith(':')) return false;
  if (/[?!]$/.test(end) && n > 25) return false;
  // A headline is one sentence: no sentence end inside it either.
  return !/[।]/.test(end) && !/[.!?] \S/.test(end.replace(/\d\.\d/g, ''));
}

/**
 * Whether a line inside the body is a sub-heading: short, without a full stop at its end
 * (often a question), and followed by more body text.
 *
 * @example
 * isHeadingLine('पाकिस्तानी पीएम के विशेष सचिव ने क्या कहा?', true); // true
 */
export function isHeadingLine(line: string, moreFollows: boolean): boolean {
  if (!moreFollows) return false;
  const end = lastMark(line);
  const n = words(line);
  if (n < 2 || n > 16 || line.length > 160) return false;
  if (FULL_STOP.test(end) || end.endsWith(':') || end.endsWith('-')) return false;
  if (/^[\d\s.,:%-]+$/.test(line)) return false;
  if (/^["“‘']/.test(line)) return false;
  return !/[.।!?] \S/.test(end);
}
