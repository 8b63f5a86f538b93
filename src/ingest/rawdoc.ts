/** RawDoc: what every source (file, page, feed item) hands to ingest before analysis. */

/** Metadata a source knows about an article. */
export interface RawMeta {
  url?: string | null;
  canonicalUrl?: string | null;
  guid?: string | null;
  site?: string | null;
  title?: string | null;
  author?: string | null;
  published?: string | null;
  feedId?: number | null;
}

/** One article as a source delivers it. */
export interface RawDoc {
  /** Where it came from (file path, `file.json:12`, page URL, feed URL). */
  source: string;
  raw: Uint8Array;
  rawType: string;
  /** The text to analyse (for HTML: the article text readability found). */
  text: string;
  meta: RawMeta;
}

/** A source item that could not be turned into a RawDoc, with the reason. */
export interface SourceFailure {
  source: string;
  reason: string;
}

export type SourceItem = { doc: RawDoc } | { failure: SourceFailure };

/**
 * An ISO date found in a file name (`AU-2020-03-05-01.txt` → `2020-03-05`), or null.
 *
 * @example
 * dateFromName('AU-2020-03-05-01.txt'); // '2020-03-05'
 * dateFromName('AU-2020-MAR-05.txt');    // '2020-03-05' (month names too; the corpus's "ARP" is April)
 */
export function dateFromName(name: string): string | null {
  const m = /(?:^|\D)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:\D|$)/.exec(name);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const n = /(?:^|\D)((?:19|20)\d\d)[-_.]([A-Za-z]{3})[-_.](0[1-9]|[12]\d|3[01])(?:\D|$)/.exec(name);
  const mon = n ? MONTH_NAMES.indexOf(n[2].toLowerCase().replace(/^arp$/, 'apr')) : -1;
  return n && mon >= 0 ? `${n[1]}-${String(mon + 1).padStart(2, '0')}-${n[3]}` : null;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Normalises a date string from a feed or a page to ISO 8601, keeping the publisher's UTC
 * offset (so the local publication day stays the anchor date), or null when unreadable.
 *
 * @example
 * isoDate('Tue, 10 Jun 2025 23:30:00 +0530'); // '2025-06-10T23:30:00+05:30'
 */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) {
    return Number.isNaN(Date.parse(t.replace(' ', 'T'))) ? null : t.replace(' ', 'T');
  }
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z)?/.exec(t);
  const mon = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  if (m && mon >= 0) {
    const p2 = (x: string | number) => String(x).padStart(2, '0');
    const off = !m[7] || /^(GMT|UTC|UT|Z)$/.test(m[7]) ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
    return `${m[3]}-${p2(mon + 1)}-${p2(m[1])}T${p2(m[4])}:${m[5]}:${m[6] ?? '00'}${off}`;
  }
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
