/** Bytes → text: BOM first, then the HTTP charset, then a `<meta charset>` / XML declaration, else UTF-8. */

function labelFromBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset declared inside the first 4 KB of an HTML or XML document, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

function decoder(label: string | null): InstanceType<typeof TextDecoder> | null {
  if (!label) return null;
  try { return new TextDecoder(label); } catch { return null; }
}

/**
 * Decodes a document's bytes. The BOM wins, then the Content-Type charset, then the in-document
 * declaration; unknown labels fall back to UTF-8. Never throws on bad bytes (U+FFFD instead).
 *
 * @example
 * decodeText(new TextEncoder().encode('नमस्ते'), 'text/plain; charset=utf-8'); // 'नमस्ते'
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  const fromBom = labelFromBytes(bytes);
  const fromHeader = contentType ? /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType)?.[1] ?? null : null;
  const dec = decoder(fromBom) ?? decoder(fromHeader) ?? decoder(declaredCharset(bytes)) ?? new TextDecoder('utf-8');
  const text = dec.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
