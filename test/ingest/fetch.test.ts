import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isPrivateAddress } from '../../src/ingest/address-policy.ts';
import { decodeText } from '../../src/ingest/charset.ts';
import { safeFetch } from '../../src/ingest/fetch.ts';
import { fetchText, pageDoc } from '../../src/ingest/web.ts';
import { startServer, type TestServer } from './server.ts';

describe('safe fetching against a loopback server', () => {
  let srv: TestServer;
  before(async () => { srv = await startServer(); });
  after(async () => srv.close());
  const ok = { allowPrivate: true };

  test('loopback, private and link-local addresses are refused unless allowed', async () => {
    await assert.rejects(safeFetch(`${srv.base}/article/1`), /private address .*--allow-private/);
    await assert.rejects(safeFetch('http://localhost:9/x'), /private address|refused/);
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1']) assert.ok(isPrivateAddress(a), a);
    for (const a of ['8.8.8.8', '2606:4700::1111', '1.1.1.1']) assert.ok(!isPrivateAddress(a), a);
    assert.equal((await safeFetch(`${srv.base}/article/1`, ok)).status, 200);
  });

  test('a slow response times out', async () => {
    const t0 = Date.now();
    await assert.rejects(safeFetch(`${srv.base}/slow`, { ...ok, timeoutMs: 300 }), /timed out after 300 ms/);
    assert.ok(Date.now() - t0 < 2000);
  });

  test('a 10 MB response is cut at the cap, declared or streamed', async () => {
    await assert.rejects(safeFetch(`${srv.base}/big`, { ...ok, maxBytes: 1024 * 1024 }), /exceeds the 1048576-byte cap/);
    await assert.rejects(safeFetch(`${srv.base}/big`, ok), /exceeds the 5242880-byte cap/);
    await assert.rejects(safeFetch(`${srv.base}/big-declared`, ok), /10485760 bytes exceeds/);
  });

  test('a gzip bomb is refused after the decompressed cap', async () => {
    await assert.rejects(safeFetch(`${srv.base}/gzip-bomb`, ok), /compression bomb refused/);
  });

  test('redirects are followed up to the limit and loops are caught', async () => {
    const r = await safeFetch(`${srv.base}/hop`, ok);
    assert.equal(r.url, `${srv.base}/article/2`);
    await assert.rejects(safeFetch(`${srv.base}/loop`, ok), /redirect loop/);
    await assert.rejects(safeFetch(`${srv.base}/hop`, { ...ok, maxRedirects: 0 }), /more than 0 redirects/);
  });

  test('non-text content and HTTP errors fail with their reason', async () => {
    await assert.rejects(fetchText(`${srv.base}/image`, ok), /content type image\/png is not text/);
    await assert.rejects(fetchText(`${srv.base}/nothing`, ok), /HTTP 404/);
    await assert.rejects(safeFetch('ftp://example.com/x'), /unsupported protocol/);
  });

  test('charset: BOM, HTTP header and meta charset', async () => {
    const doc = pageDoc(await fetchText(`${srv.base}/utf16`, ok));
    assert.equal(doc.meta.title, 'यूटीएफ़ सोलह');
    const latin1 = Buffer.from('<html><head><meta charset="windows-1252"></head><body>caf\xe9</body></html>', 'latin1');
    assert.match(decodeText(latin1), /café/);
    assert.equal(decodeText(Buffer.from('caf\xe9', 'latin1'), 'text/plain; charset=iso-8859-1'), 'café');
    assert.equal(decodeText(Buffer.from('\ufeffनमस्ते')), 'नमस्ते');
  });
});
