import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { startServer, type RunningServer } from '../server/server-fixture.ts';
import { runs, SEED } from './budget.ts';

let server: RunningServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

const PATHS = ['/api/articles', '/api/articles/1', '/api/articles/x', '/api/entities', '/api/entities/person:x', '/api/events', '/api/pairs/IN/PK/timeline',
  '/api/graph', '/api/lens/IN', '/api/lens/zz', '/api/search', '/article/1', '/entity/x', '/pair/IN/PK', '/lens/IN', '/search', '/graph', '/'];
const NAMES = ['q', 'limit', 'offset', 'from', 'to', 'by', 'type', 'country', 'entity', 'code', 'root', 'site', 'lang', 'min', 'cursor'];
const VALUES = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '0', '1e999', 'NaN', '2024-13-45', '9'.repeat(40), '"', 'भारत', 'a OR', '(', '*', '%', '%00', '\u0000', 'month', 'x'.repeat(3000)), fc.integer().map(String));
const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 })), VALUES), { maxLength: 5 })
  .map((kv) => kv.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

test('the API answers random query strings on every route without a 5xx', async () => {
  await fc.assert(fc.asyncProperty(fc.constantFrom(...PATHS), query, fc.string({ maxLength: 12 }), async (path, q, tail) => {
    const p = tail && path.includes('/1') ? path.replace('/1', `/${encodeURIComponent(tail)}`) : path;
    const res = await fetch(`${server.url}${p}?${q}`);
    await res.arrayBuffer();
    assert.ok(res.status < 500, `${res.status} for ${p}?${q}`);
  }), { seed: SEED, numRuns: runs(200) });
  assert.deepEqual(server.logged, []);
});

test('POST /api/analyze answers random bodies and content types with 2xx or 4xx', async () => {
  const body = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.json().map(String),
    fc.record({ text: fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null)), anchorDate: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 12 })), lang: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 4 })) }).map((o) => JSON.stringify(o)),
  );
  const type = fc.constantFrom('application/json', 'text/plain', 'text/plain; charset=utf-8', 'application/xml', '', 'multipart/form-data');
  await fc.assert(fc.asyncProperty(body, type, async (b, t) => {
    const res = await fetch(`${server.url}/api/analyze`, { method: 'POST', body: b, headers: t ? { 'content-type': t } : {} });
    await res.arrayBuffer();
    assert.ok(res.status < 500, `${res.status} for ${t}: ${b.slice(0, 80)}`);
  }), { seed: SEED + 1, numRuns: runs(150) });
  assert.deepEqual(server.logged, []);
});
