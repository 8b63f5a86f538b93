/** A real HTTP server on loopback for fetch/feed tests, with routes that misbehave on purpose. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { syntheticArticle } from '../store/helpers.ts';

export interface TestServer {
  base: string;
  server: Server;
  /** Requests seen, by path, with the conditional headers they carried. */
  seen: { path: string; ifNoneMatch?: string; ifModifiedSince?: string }[];
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rssFeed(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>परीक्षण फ़ीड</title><link>${base}/</link><ttl>15</ttl>
<item><title>पूरी खबर</title><link>${base}/article/1</link><guid isPermaLink="false">item-1</guid>
<pubDate>${new Date(Date.now() - 3600_000).toUTCString()}</pubDate>
<content:encoded><![CDATA[<p>${syntheticArticle(501, 30)}</p>]]></content:encoded></item>
<item><title>पन्ने वाली खबर</title><link>${base}/article/2</link><guid isPermaLink="false">item-2</guid>
<pubDate>${new Date(Date.now() - 7200_000).toUTCString()}</pubDate><description>छोटा सार</description></item>
<item><title>टूटा लिंक</title><link>${base}/missing</link><guid>item-3</guid><description>सार</description></item>
</channel></rss>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="article:published_time" content="2025-07-10T09:00:00+05:30"></head>
<body><header>साइट का नाम</header><article><h1>${esc(title)}</h1><p>${esc(body)}</p><p>${esc(syntheticArticle(777, 6))}</p></article></body></html>`;
}

export async function startServer(): Promise<TestServer> {
  const seen: TestServer['seen'] = [];
  let base = '';
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    seen.push({ path, ifNoneMatch: req.headers['if-none-match'] as string | undefined, ifModifiedSince: req.headers['if-modified-since'] as string | undefined });
    switch (path) {
      case '/feed.xml': {
        if (req.headers['if-none-match'] === '"v1"') { res.writeHead(304, { etag: '"v1"' }); res.end(); return; }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 07 Jul 2025 10:00:00 GMT', 'cache-control': 'max-age=600' });
        res.end(rssFeed(base));
        return;
      }
      case '/atom.xml':
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">एटम</title>
<entry><title type="html">एटम प्रविष्टि</title><id>urn:atom:1</id><link rel="alternate" href="${base}/article/3"/>
<published>2025-07-01T00:00:00Z</published><content type="html">${esc(`<p>${syntheticArticle(601, 30)}</p>`)}</content></entry></feed>`);
        return;
      case '/feed.json':
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'जेसन', items: [{ id: 'j1', url: `${base}/article/4`, title: 'जेसन प्रविष्टि', content_text: syntheticArticle(701, 30), date_published: '2025-07-02T00:00:00Z' }] }));
        return;
      case '/subs.opml':
        res.writeHead(200, { 'content-type': 'text/x-opml' });
        res.end(`<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body><outline text="g"><outline text="a" xmlUrl="${base}/atom.xml"/></outline><outline text="j" xmlUrl="${base}/feed.json"/></body></opml>`);
        return;
      case '/busy':
        res.writeHead(503, { 'retry-after': '7200' });
        res.end('busy');
        return;
      case '/slow':
        setTimeout(() => { if (!res.destroyed) { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page('धीमा', 'देर से')); } }, 3000);
        return;
      case '/big': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const push = () => {
          while (sent < 10 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) { res.once('drain', push); return; }
          }
          res.end();
        };
        res.on('error', () => {});
        push();
        return;
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
        res.end();
        return;
      case '/gzip-bomb':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
        return;
      case '/loop': res.writeHead(302, { location: '/loop2' }); res.end(); return;
      case '/loop2': res.writeHead(301, { location: `${base}/loop` }); res.end(); return;
      case '/hop': res.writeHead(302, { location: '/article/2' }); res.end(); return;
      case '/bad.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end('<?xml version="1.0"?><rss version="2.0"><channel><title>टूटा</title><item><title>x</item></channel>');
        return;
      case '/bomb.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><link>${base}/article/1</link></item></channel></rss>`);
        return;
      case '/utf16':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('यूटीएफ़ सोलह', syntheticArticle(801, 8)), 'utf16le')]));
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      default: {
        const m = /^\/article\/(\d+)$/.exec(path);
        if (m) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(page(`लेख ${m[1]}`, syntheticArticle(900 + Number(m[1]), 10)));
          return;
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    }
  };
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base, server, seen,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
