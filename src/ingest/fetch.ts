/**
 * Fetching done safely: an overall timeout, a size cap on the decoded body (so gzip bombs are
 * refused), a redirect limit with loop detection, http(s) only, and no connections to loopback,
 * private or link-local addresses unless allowed (checked on the resolved address, so DNS
 * cannot point around it).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { KhabarError } from '../errors.ts';
import { isPrivateAddress } from './address-policy.ts';
import { type HostGate, hostKey } from './politeness.ts';

export interface FetchOptions {
  /** Permit loopback/private/link-local addresses (tests on loopback, intranets). */
  allowPrivate?: boolean;
  /** Whole request deadline, ms (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted after decompression, bytes (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Extra request headers (If-None-Match, If-Modified-Since, Accept). */
  headers?: Record<string, string>;
  /** Per-host politeness: when set, every fetch waits its turn for its host (see politeness.ts). */
  gate?: HostGate;
}

export interface FetchedResponse {
  /** The URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export const USER_AGENT = 'khabar/0.1 (news reader; +https://github.com/khabar)';

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

function fail(url: string, reason: string): KhabarError {
  return new KhabarError('KHABAR_ERR_FETCH', `${url}: ${reason}`);
}

/** A DNS lookup that refuses private addresses. */
function guardedLookup(allowPrivate: boolean) {
  return (host: string, opts: object, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(host, { ...opts, all: true }, (err, addrs) => {
      if (err) return cb(err, '');
      const list = addrs as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) return cb(new Error(`refused: ${host} resolves to private address ${bad.address} (use --allow-private)`), '');
      if ((opts as { all?: boolean }).all) return cb(null, list);
      cb(null, list[0].address, list[0].family);
    });
  };
}

function once(url: URL, o: Required<Omit<FetchOptions, 'headers' | 'gate'>> & { headers: Record<string, string> }, deadline: number): Promise<FetchedResponse & { location?: string }> {
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && isPrivateAddress(host) && !o.allowPrivate) {
      reject(new KhabarError('KHABAR_ERR_REFUSED', `${url.href}: ${host} is a private address (use --allow-private)`));
      return;
    }
    const mod = url.protocol === 'https:' ? https : http;
    const remaining = deadline - Date.now();
    if (remaining <= 0) { reject(fail(url.href, `timed out after ${o.timeoutMs} ms`)); return; }
    const req = mod.request(url, {
      method: 'GET',
      headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate, br', ...o.headers },
      lookup: guardedLookup(o.allowPrivate) as never,
    });
    let settled = false;
    const finish = (err: Error | null, value?: FetchedResponse & { location?: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) { req.destroy(); reject(err instanceof KhabarError ? err : fail(url.href, err.message)); } else resolve(value!);
    };
    const timer = setTimeout(() => finish(fail(url.href, `timed out after ${o.timeoutMs} ms`)), remaining);
    req.on('error', (err) => finish(err));
    req.on('response', (res) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && headers.location) {
        res.resume();
        finish(null, { url: url.href, status, headers, body: Buffer.alloc(0), location: headers.location });
        return;
      }
      const declared = Number(headers['content-length']);
      if (Number.isFinite(declared) && declared > o.maxBytes) {
        res.destroy();
        finish(fail(url.href, `response of ${declared} bytes exceeds the ${o.maxBytes}-byte cap`));
        return;
      }
      const enc = (headers['content-encoding'] ?? '').toLowerCase().trim();
      let stream: Readable = res;
      if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (enc === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (enc === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > o.maxBytes) {
          finish(fail(url.href, enc ? `decompressed response exceeds the ${o.maxBytes}-byte cap (compression bomb refused)` : `response exceeds the ${o.maxBytes}-byte cap`));
          res.destroy();
          stream.destroy();
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (err) => finish(err));
      res.on('aborted', () => finish(fail(url.href, 'connection closed mid-response')));
      stream.on('end', () => finish(null, { url: url.href, status, headers, body: Buffer.concat(chunks) }));
    });
    req.end();
  });
}

/**
 * GETs a URL with the safety rules above and returns the final response (any status; 3xx
 * redirects are followed). Throws KHABAR_ERR_FETCH with the reason on refusal or failure.
 *
 * @example
 * const r = await safeFetch('https://feeds.bbci.co.uk/hindi/rss.xml', { timeoutMs: 10000 });
 * r.status; // 200
 */
export async function safeFetch(url: string, options: FetchOptions = {}): Promise<FetchedResponse> {
  const { gate, ...rest } = options;
  if (gate) return gate.run(hostKey(url), () => fetchFollowing(url, rest));
  return fetchFollowing(url, rest);
}

/** {@link safeFetch} without the politeness gate. */
async function fetchFollowing(url: string, options: FetchOptions): Promise<FetchedResponse> {
  const o = { ...DEFAULTS, allowPrivate: false, ...options, headers: options.headers ?? {} };
  const deadline = Date.now() + o.timeoutMs;
  const seen = new Set<string>();
  let current: URL;
  try { current = new URL(url); } catch { throw fail(url, 'not a valid URL'); }
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw fail(current.href, `unsupported protocol ${current.protocol}`);
    if (seen.has(current.href)) throw fail(url, `redirect loop at ${current.href}`);
    seen.add(current.href);
    const r = await once(current, o, deadline);
    if (!r.location) return r;
    if (hop >= o.maxRedirects) throw fail(url, `more than ${o.maxRedirects} redirects`);
    try { current = new URL(r.location, current); } catch { throw fail(url, `bad redirect location ${r.location}`); }
  }
}

/**
 * True when a Content-Type is something khabar can read as text (HTML, XML, JSON, plain text).
 *
 * @example
 * isTextualType('application/rss+xml; charset=utf-8'); // true
 * isTextualType('image/png'); // false
 */
export function isTextualType(contentType: string | null | undefined): boolean {
  if (!contentType) return true;
  const t = contentType.split(';')[0].trim().toLowerCase();
  return t.startsWith('text/') || /(^|[/+])(xml|json)$/.test(t) || t === 'application/xhtml+xml' || t === 'application/octet-stream';
}
