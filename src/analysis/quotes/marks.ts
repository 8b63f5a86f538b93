import type { Span } from '../types.ts';

/** Which family of quotation marks encloses a candidate. */
export type MarkKind = 'double' | 'single' | 'guillemet';

/** A stretch of text between quotation marks, before anyone decides it is a quotation. */
export interface QuoteCandidate {
  kind: MarkKind;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end where the quote is left open). */
  close: number;
  /** The text inside the marks, trimmed. */
  inner: Span;
  /** True where no closing mark was found in the paragraph. */
  unclosed: boolean;
}

const DOUBLE = /“|”|„|‟|"|''|‘‘|’’/g;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

function trimmed(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return { start: s, end: e };
}

function doubleCandidates(body: string, para: Span): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const text = body.slice(para.start, para.end);
  let open: { at: number; len: number } | null = null;
  for (const m of text.matchAll(DOUBLE)) {
    const at = para.start + m.index;
    if (open === null) { open = { at, len: m[0].length }; continue; }
    out.push({ kind: 'double', open: open.at, close: at + m[0].length, inner: trimmed(body, open.at + open.len, at), unclosed: false });
    open = null;
  }
  if (open !== null) {
    out.push({ kind: 'double', open: open.at, close: para.end, inner: trimmed(body, open.at + open.len, para.end), unclosed: true });
  }
  return out;
}

function guillemetCandidates(body: string, para: Span): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const text = body.slice(para.start, para.end);
  for (const m of text.matchAll(/«([^«»]*)(»|$)/g)) {
    const at = para.start + m.index;
    const unclosed = m[2] === '';
    out.push({ kind: 'guillemet', open: at, close: at + m[0].length, inner: trimmed(body, at + 1, at + 1 + m[1]!.length), unclosed });
  }
  return out;
}

/** A single mark opens when nothing word-like stands before it and a word follows. */
function opensSingle(body: string, i: number): boolean {
  const before = i > 0 ? body[i - 1]! : ' ';
  const after = body[i + 1] ?? ' ';
  return !LETTER.test(before) && !/\s/.test(after) && after !== '\'' && after !== '’';
}

/** A single mark closes when it follows a non-space and no word continues after it. */
function closesSingle(body: string, i: number): boolean {
  const before = i > 0 ? body[i - 1]! : ' ';
  const after = body[i + 1] ?? ' ';
  return !/\s/.test(before) && !LETTER.test(after);
}

function singleCandidates(body: string, para: Span, blocked: readonly Span[]): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  let open = -1;
  for (let i = para.start; i < para.end; i++) {
    const code = body.charCodeAt(i);
    if (code !== 0x27 && code !== 0x2018 && code !== 0x2019) continue;
    const c = body[i]!;
    if (blocked.some((b) => i >= b.start && i < b.end)) continue;
    // An apostrophe inside a word (ओ'ब्रायन, don't) is no quotation mark.
    if (LETTER.test(body[i - 1] ?? ' ') && LETTER.test(body[i + 1] ?? ' ')) continue;
    if (open < 0) {
      if (c !== '’' && opensSingle(body, i)) open = i;
    } else if (c !== '‘' && closesSingle(body, i)) {
      out.push({ kind: 'single', open, close: i + 1, inner: trimmed(body, open + 1, i), unclosed: false });
      open = -1;
    }
  }
  return out;
}

/**
 * Finds the stretches of a paragraph that stand between quotation marks: “…”, "…", ''…'',
 * «…» and ‘…’/'…' (single marks only outside double ones, and never an apostrophe inside a
 * word). Double marks pair in order (so a misused “…“ still closes); a double quotation left
 * open runs to the paragraph end.
 *
 * @example
 * quoteCandidates('उन्होंने कहा, “हम तैयार हैं.”', { start: 0, end: 29 })[0].kind; // 'double'
 */
export function quoteCandidates(body: string, para: Span): QuoteCandidate[] {
  const doubles = [...doubleCandidates(body, para), ...guillemetCandidates(body, para)];
  const blocked = doubles.map((d) => ({ start: d.open, end: d.close }));
  return [...doubles, ...singleCandidates(body, para, blocked)]
    .filter((c) => c.inner.end > c.inner.start)
    .sort((a, b) => a.open - b.open);
}
