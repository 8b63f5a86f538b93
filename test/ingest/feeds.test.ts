import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseFeedDocument } from '../../src/ingest/feeds.ts';
import { errorBackoff, pollDueFeeds, publishingInterval } from '../../src/ingest/poll.ts';
import { ingestInputs } from '../../src/ingest/run.ts';
import { tempStore } from '../store/helpers.ts';
import { startServer, type TestServer } from './server.ts';

describe('feeds and watch against a loopback server', () => {
  let srv: TestServer;
  before(async () => { srv = await startServer(); });
  after(async () => srv.close());
  const fetch = { allowPrivate: true, timeoutMs: 2000 };

  test('billion-laughs and malformed feeds are refused with a reason', () => {
    assert.throws(() => parseFeedDocument('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><rss version="2.0"><channel><title>&a;</title></channel></rss>', 'f'), /entity declarations are refused/);
    assert.throws(() => parseFeedDocument('<rss><channel><item><title>x</item></rss', 'f'), /not a readable feed/);
  });

  test('ingest of a feed URL, an OPML list (Atom titles as {value}, JSON Feed) and bad feeds; one failure never stops the run', async () => {
    const { store, cleanup } = tempStore();
    try {
      const s = await ingestInputs(store, [`${srv.base}/feed.xml`, `${srv.base}/bomb.xml`, `${srv.base}/bad.xml`, `${srv.base}/subs.opml`], { fetch, rememberFeeds: true });
      assert.equal(s.added, 4, JSON.stringify(s));
      const reasons = s.failed.map((f) => `${f.source} ${f.reason}`).join('\n');
      assert.match(reasons, /bomb\.xml.*entity declarations are refused/);
      assert.match(reasons, /bad\.xml.*not a readable feed/);
      assert.match(reasons, /missing.*HTTP 404/);
      const full = (await store.getArticle(store.db.prepare("SELECT id FROM articles WHERE title = 'पूरी खबर'").pluck().get() as number))!;
      assert.equal(full.rawType, 'text/html');
      assert.equal(full.meta.guid, `${srv.base}/feed.xml#item-1`);
      assert.ok(!srv.seen.some((r) => r.path === '/article/1'), 'content:encoded held the full article: page not fetched');
      assert.ok(srv.seen.some((r) => r.path === '/article/2'), 'short item: page fetched');
      const paged = store.db.prepare("SELECT title, published FROM articles WHERE url LIKE '%/article/2'").get() as Record<string, string>;
      assert.equal(paged.title, 'लेख 2', 'title from the page');
      const atom = store.db.prepare("SELECT title FROM articles WHERE guid LIKE '%/atom.xml#urn:atom:1'").pluck().get();
      assert.equal(atom, 'एटम प्रविष्टि');
      assert.equal((await store.listFeeds()).length, 3, 'readable feeds remembered for watch; refused ones not');
      const again = await ingestInputs(store, [`${srv.base}/feed.xml`, `${srv.base}/subs.opml`], { fetch });
      assert.equal(again.added, 0);
      assert.equal(again.duplicates, 4);
    } finally {
      await cleanup();
    }
  });

  test('watch: ETag/304, Retry-After, backoff per feed, adaptive interval, one bad feed never stops the others', async () => {
    const { store, cleanup } = tempStore();
    try {
      const good = (await store.addFeed(`${srv.base}/feed.xml`)).feed;
      const busy = (await store.addFeed(`${srv.base}/busy`)).feed;
      const bad = (await store.addFeed(`${srv.base}/bad.xml`)).feed;
      const slow = (await store.addFeed(`${srv.base}/slow`)).feed;
      const now = new Date();
      const first = await pollDueFeeds(store, { fetch: { ...fetch, timeoutMs: 500 }, now });
      const by = (id: number) => first.find((o) => o.feedId === id)!;
      assert.equal(by(good.id).status, 'updated');
      assert.equal(by(good.id).added, 2);
      assert.equal(by(good.id).failed.length, 1);
      for (const f of [busy, bad, slow]) assert.equal(by(f.id).status, 'error');
      assert.match(by(slow.id).error!, /timed out/);
      const feeds = Object.fromEntries((await store.listFeeds()).map((f) => [f.id, f]));
      assert.equal(feeds[good.id].etag, '"v1"');
      assert.equal(feeds[good.id].lastModified, 'Mon, 07 Jul 2025 10:00:00 GMT');
      assert.equal(feeds[good.id].intervalSeconds, 86400, 'two items a week: polled daily (the 24 h bound), not every TTL/max-age');
      assert.equal(Date.parse(feeds[busy.id].nextPollAt) - now.getTime(), 7200 * 1000, 'Retry-After honoured');
      assert.equal(feeds[bad.id].errorCount, 1);
      assert.equal(Date.parse(feeds[bad.id].nextPollAt) - now.getTime(), 300 * 1000);
      // nothing is due a minute later
      assert.equal((await pollDueFeeds(store, { fetch, now: new Date(now.getTime() + 60_000) })).length, 0);
      // a day later the good feed answers 304 to its ETag; the bad one backs off further
      const later = new Date(now.getTime() + 86400_000);
      const second = await pollDueFeeds(store, { fetch, now: later });
      assert.equal(second.find((o) => o.feedId === good.id)?.status, 'not-modified');
      assert.equal(srv.seen.filter((r) => r.path === '/feed.xml').at(-1)?.ifNoneMatch, '"v1"');
      const badAfter = (await store.listFeeds()).find((f) => f.id === bad.id)!;
      assert.equal(badAfter.errorCount, 2);
      assert.equal(Date.parse(badAfter.nextPollAt) - later.getTime(), 600 * 1000);
      assert.equal((await store.counts()).articles, 2);
    } finally {
      await cleanup();
    }
  });

  test('interval follows publishing rate, bounded 5 min – 24 h; backoff doubles', () => {
    const now = new Date('2025-07-10T00:00:00Z');
    const hourly = Array.from({ length: 168 }, (_, i) => ({ published: new Date(now.getTime() - i * 3600_000).toISOString() }));
    assert.equal(publishingInterval(hourly, now), 3600);
    const burst = Array.from({ length: 10000 }, () => ({ published: now.toISOString() }));
    assert.equal(publishingInterval(burst, now), 300);
    assert.equal(publishingInterval([{ published: '2020-01-01' }], now), 86400);
    assert.deepEqual([1, 2, 3, 10, 20].map(errorBackoff), [300, 600, 1200, 86400, 86400]);
  });
});
