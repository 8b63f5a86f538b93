/**
 * A loopback news site for worker tests and benchmarks: the BBC Hindi corpus as article pages
 * (`/a/<file>`), an RSS feed listing them (`/feed.xml`), and optionally a poison page whose
 * article is far too long. It counts requests in flight to check politeness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export const BBC = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'bbc-hindi');

export interface CorpusSite {
  url: string;
  feedUrl: string;
  /** Article page URLs, in feed order. */
  pages: string[];
  poisonUrl: string | null;
  /** Most requests the server ever had in flight at once. */
  maxInFlight(): number;
  requests(): number;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, body: string, published: string): string {
  const paras = body.split(/\n\s*\n/).map((p) => `<p>${esc(p.trim())}</p>`).join('\n');
  return `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="${published}"></head>
<body><header><nav><a href="/">मुखपृष्ठ</a></nav></header><article><h1>${esc(title)}</h1>${paras}</article><footer>© test</footer></body></html>`;
}

/**
 * Starts the site on 127.0.0.1 with `limit` corpus articles (all by default) and, with
 * `poison`, one article of `poisonChars` characters.
 *
 * @example
 * const site = await startCorpusSite({ poison: true });
 * site.pages.length; // 345
 */
export async function startCorpusSite(o: { limit?: number; poison?: boolean; poisonChars?: number; delayMs?: number } = {}): Promise<CorpusSite> {
  const files = readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort().slice(0, o.limit ?? Infinity);
  const pages = new Map<string, string>();
  files.forEach((f, i) => {
    const body = readFileSync(join(BBC, f), 'utf8');
    const title = body.split(/[।.\n]/)[0].slice(0, 80).trim() || f;
    pages.set(`/a/${f.replace(/\.txt$/, '')}`, page(title, body, `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+05:30`));
  });
  if (o.poison) {
    const sentence = 'यह एक बहुत लंबा परीक्षण लेख है जिसे कोई भी कार्यकर्ता संग्रहित नहीं करेगा। ';
    pages.set('/a/poison', page('ज़हरीला लेख', sentence.repeat(Math.ceil((o.poisonChars ?? 80_000) / sentence.length)), '2024-01-01T00:00:00Z'));
  }
  let inFlight = 0;
  let max = 0;
  let count = 0;
  let base = '';
  const server: Server = createServer((req, res) => {
    inFlight++;
    count++;
    max = Math.max(max, inFlight);
    const done = () => { inFlight--; };
    res.on('close', done);
    const send = () => {
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/feed.xml') {
        const items = [...pages.keys()].map((p) => `<item><title>${esc(p)}</title><link>${base}${p}</link><guid>${base}${p}</guid></item>`).join('\n');
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>परीक्षण समाचार</title><link>${base}/</link>${items}</channel></rss>`);
        return;
      }
      const html = pages.get(path);
      if (!html) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    };
    if (o.delayMs) setTimeout(send, o.delayMs); else send();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: base, feedUrl: `${base}/feed.xml`, pages: [...pages.keys()].filter((p) => p !== '/a/poison').map((p) => base + p),
    poisonUrl: o.poison ? `${base}/a/poison` : null,
    maxInFlight: () => max, requests: () => count,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
