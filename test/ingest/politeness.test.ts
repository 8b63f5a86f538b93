/** Per-host politeness against a real server on loopback: one request at a time per host, spaced by the delay. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { safeFetch } from '../../src/ingest/fetch.ts';
import { hostGate, hostKey } from '../../src/ingest/politeness.ts';

async function timedServer(holdMs: number) {
  const log: { host: string; start: number; end: number }[] = [];
  let active = 0;
  let maxActive = 0;
  const server = createServer((req, res) => {
    active++;
    maxActive = Math.max(maxActive, active);
    const start = Date.now();
    setTimeout(() => {
      active--;
      log.push({ host: String(req.headers.host).split(':')[0], start, end: Date.now() });
      res.end('ठीक');
    }, holdMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { port, log, maxActive: () => maxActive, close: () => new Promise<void>((r) => server.close(() => r())) };
}

test('hostKey lower-cases and drops www.', () => {
  assert.equal(hostKey('https://www.BBC.com/hindi/x'), 'bbc.com');
  assert.equal(hostKey('not a url'), 'not a url');
});

test('requests to one host never overlap and start at least the delay after the previous ended', async () => {
  const srv = await timedServer(30);
  try {
    const gate = hostGate(150);
    const opts = { allowPrivate: true, gate };
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map((i) => safeFetch(`http://127.0.0.1:${srv.port}/a/${i}`, opts)));
    const mine = srv.log.filter((l) => l.host === '127.0.0.1').sort((a, b) => a.start - b.start);
    assert.equal(mine.length, 3);
    assert.equal(srv.maxActive(), 1, 'one at a time');
    for (let i = 1; i < mine.length; i++) assert.ok(mine[i].start - mine[i - 1].end >= 140, `gap ${mine[i].start - mine[i - 1].end} ms`);
    assert.ok(Date.now() - t0 >= 300, 'three requests with two pauses');
  } finally {
    await srv.close();
  }
});

test('different hosts do not wait for each other; a failed request still spaces the next', async () => {
  const srv = await timedServer(100);
  try {
    const gate = hostGate(400);
    const opts = { allowPrivate: true, gate };
    const t0 = Date.now();
    await Promise.all([safeFetch(`http://127.0.0.1:${srv.port}/x`, opts), safeFetch(`http://localhost:${srv.port}/y`, opts)]);
    assert.ok(Date.now() - t0 < 380, `two hosts in parallel took ${Date.now() - t0} ms`);
    const order: string[] = [];
    const failing = gate.run('h', async () => { order.push('fail'); throw new Error('boom'); });
    await assert.rejects(failing, /boom/);
    const t1 = Date.now();
    await gate.run('h', async () => { order.push('next'); });
    assert.ok(Date.now() - t1 >= 380, 'the delay applies after a failure too');
    assert.deepEqual(order, ['fail', 'next']);
  } finally {
    await srv.close();
  }
});
