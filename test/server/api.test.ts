import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HAS_SEED, SEED_SKIP } from '../kb/store-fixture.ts';
import { startServer, type RunningServer } from './server-fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field below
type Json = Record<string, any>;

describe('HTTP API on loopback', () => {
  let s: RunningServer;
  before(async () => { s = await startServer(); });
  after(async () => s.stop());
  const get = async (path: string) => {
    const res = await fetch(`${s.url}${path}`);
    return { status: res.status, headers: res.headers, body: await res.json() as Json };
  };

  it('lists articles with pagination and reads one with its analysis', async () => {
    const list = await get('/api/articles?limit=2');
    assert.equal(list.status, 200);
    assert.equal(list.body.articles.length, 2);
    assert.ok(list.body.total >= 3);
    const one = await get(`/api/articles/${list.body.articles[0].id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.analysis.schema, 'khabar.analysis/1');
    for (const e of one.body.analysis.entities) assert.ok(one.body.entityKeys[e.id], `key for ${e.id}`);
  });

  it('events by actor and root, both directions', async () => {
    const r = await get('/api/events?actor=IN&actor=PK');
    assert.equal(r.status, 200);
    assert.ok(r.body.total >= 2);
    const root = await get('/api/events?actor=IN&root=05');
    assert.ok(root.body.events.every((e: { root: string }) => e.root === '05'));
  });

  it('PK–RU timeline, graph and IN lens from the seed article', { skip: SEED_SKIP }, async () => {
    const t = await get('/api/pairs/pk/ru/timeline?by=day');
    assert.equal(t.status, 200);
    assert.equal(t.body.a, 'PK');
    assert.ok(t.body.total >= 1);
    const lens = await get('/api/lens/IN');
    assert.equal(lens.body.items[0].kind, 'rival-partner');
    assert.equal(lens.body.items[0].code, '057');
  });

  it('graph, entity lookup in Hindi and Latin, entity page, search', async () => {
    const g = await get('/api/graph?maxEdges=10');
    assert.ok(g.body.nodes.length >= 2 && g.body.edges.length <= 10);
    const hi = await get(`/api/entities?q=${encodeURIComponent('रूस')}`);
    assert.equal(hi.body.entities[0].key, 'country:RU');
    const page = await get(`/api/entities/${encodeURIComponent('country:RU')}`);
    assert.equal(page.body.entity.name, 'Russia');
    const search = await get('/api/search?q=Moscow');
    assert.ok(search.body.total >= 1, 'Moscow finds मॉस्को');
    assert.ok(search.body.hits[0].snippet.includes('['));
  });

  it('answers bad input with catalogue errors, never 5xx', async () => {
    const cases: [string, number, string][] = [
      ['/api/articles/0', 400, 'KHABAR_ERR_USAGE'], ['/api/articles/99999', 404, 'KHABAR_ERR_NO_SUCH'],
      ['/api/articles?limit=1000', 400, 'KHABAR_ERR_USAGE'], ['/api/articles?from=2025-02-30', 400, 'KHABAR_ERR_USAGE'],
      ['/api/events?actor=India', 400, 'KHABAR_ERR_USAGE'], ['/api/pairs/IN/PK/timeline?by=year', 400, 'KHABAR_ERR_USAGE'],
      ['/api/lens/1N', 400, 'KHABAR_ERR_USAGE'], ['/api/search?q=', 400, 'KHABAR_ERR_USAGE'], ['/api/search?q=%22', 400, 'KHABAR_ERR_BAD_QUERY'],
      ['/api/entities/nonsense', 400, 'KHABAR_ERR_USAGE'], ['/api/entities/country%3AZZ', 404, 'KHABAR_ERR_NO_SUCH'],
      ['/api/unknown', 404, 'KHABAR_ERR_NO_SUCH'], ['/api/graph?x=1', 400, 'KHABAR_ERR_USAGE'],
    ];
    for (const [path, status, code] of cases) {
      const r = await get(path);
      assert.equal(r.status, status, path);
      assert.equal(r.body.error.code, code, path);
      assert.equal(typeof r.body.error.message, 'string');
    }
    assert.deepEqual(s.logged, []);
  });

  it('POST /api/analyze: JSON and text in, Analysis out; size limit and bad bodies refused', async () => {
    const post = (body: string, type: string) => fetch(`${s.url}/api/analyze`, { method: 'POST', body, headers: { 'content-type': type } });
    const r = await post(JSON.stringify({ text: 'रूस ने पाकिस्तान के साथ समझौता किया.', anchorDate: '2025-07-11' }), 'application/json');
    assert.equal(r.status, 200);
    const a = await r.json() as { schema: string; anchorDate: string; entities: unknown[] };
    assert.equal(a.schema, 'khabar.analysis/1');
    assert.equal(a.anchorDate, '2025-07-11');
    assert.ok(a.entities.length >= 2);
    assert.equal((await post('भारत ने कहा.', 'text/plain')).status, 200);
    assert.equal((await post('{"text":', 'application/json')).status, 400);
    assert.equal((await post(JSON.stringify({ text: 'x', evil: 1 }), 'application/json')).status, 400);
    assert.equal((await post('x', 'application/octet-stream')).status, 415);
    const big = await post('क'.repeat(600_000), 'text/plain');
    assert.equal(big.status, 413);
    assert.equal(((await big.json()) as { error: { code: string } }).error.code, 'KHABAR_ERR_TOO_LARGE');
  });

  it('OpenAPI document lists every route', async () => {
    const doc = await get('/api/openapi.json');
    for (const p of ['/api/analyze', '/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{key}', '/api/events',
      '/api/pairs/{a}/{b}/timeline', '/api/graph', '/api/lens/{country}', '/api/search']) assert.ok(doc.body.paths[p], p);
  });

  it('pages are HTML with a CSP, no inline script, and escape article text', async () => {
    for (const path of ['/', '/article/1', '/entity/country%3AIN', '/pair/IN/PK', '/graph', '/lens/IN', `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`]) {
      const res = await fetch(`${s.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const text = await res.text();
      assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(text), `inline script on ${path}`);
      assert.ok(!text.includes('<script>alert'), `unescaped input on ${path}`);
    }
    const font = await fetch(`${s.url}/static/fonts/noto-sans-devanagari-devanagari-400-normal.woff2`);
    assert.equal(font.status, 200);
    assert.equal(font.headers.get('content-type'), 'font/woff2');
    const missing = await fetch(`${s.url}/static/../package.json`);
    assert.equal(missing.status, 404);
    assert.ok(HAS_SEED || true);
  });
});
