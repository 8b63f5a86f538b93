import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { KhabarError } from '../errors.ts';

/** Default cap on an input article, in bytes (5 MB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Text decoded from input bytes, with a warning when the bytes were not valid UTF-8. */
export interface DecodedText {
  text: string;
  warning: string | null;
}

/**
 * Decodes article bytes: UTF-8 (BOM stripped), or UTF-16 when a UTF-16 BOM says so. Invalid
 * UTF-8 is decoded with U+FFFD replacement and a warning. Binary data (NUL bytes, many
 * control bytes) is refused.
 *
 * @example
 * decodeText(Buffer.from('रूस', 'utf8'), 'a.txt').text; // 'रूस'
 */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(enc).decode(bytes.subarray(2)), warning: null };
  }
  if (looksBinary(bytes)) throw new KhabarError('KHABAR_ERR_BINARY_INPUT', name);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), warning: null };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    return { text, warning: `${name} is not valid UTF-8: ${bad} invalid sequence(s) replaced with U+FFFD` };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Reads an article file with clear errors for a missing file, a directory, an empty file, a
 * binary file or one over `maxBytes`.
 *
 * @example
 * readArticleFile('examples/bharat-japan-raksha.txt').text.length > 0; // true
 */
export function readArticleFile(path: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new KhabarError('KHABAR_ERR_NOT_FOUND', path);
  }
  if (st.isDirectory()) throw new KhabarError('KHABAR_ERR_IS_DIRECTORY', path);
  if (st.size > maxBytes) {
    throw new KhabarError('KHABAR_ERR_TOO_LARGE', `${path} is ${formatBytes(st.size)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-size)`);
  }
  const decoded = decodeText(readFileSync(path), path);
  if (decoded.text.trim() === '') throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', path);
  return decoded;
}

/** Human-readable byte count. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * The publication date a file name states (`AU-2020-05-14-03.txt` → `2020-05-14`), or null.
 * Corpora that name files by date carry the date there: it is metadata, like a feed's date.
 *
 * @example
 * dateFromFileName('corpus/AU-2020-05-14-03.txt'); // '2020-05-14'
 */
export function dateFromFileName(path: string): string | null {
  const m = /(?:^|[^0-9])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(basename(path));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Parses a size such as `5MB`, `512KB` or `1000000`; null when unreadable. */
export function parseSize(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(s.trim());
  if (!m) return null;
  const mult: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
  return Math.round(Number(m[1]) * (mult[(m[2] ?? 'b').toLowerCase()] ?? 1));
}
