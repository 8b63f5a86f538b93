/**
 * The store contract: every behaviour the Store interface promises, run against each backend
 * (SQLite in test/store-contract/sqlite.test.ts, PostgreSQL in test/store-postgres/contract.test.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PIPELINE_VERSION } from '../../src/analysis/version.ts';
import { KhabarError } from '../../src/errors.ts';
import { compareVersions, reanalyze } from '../../src/ingest/reanalyze.ts';
import { simhash } from '../../src/ingest/simhash.ts';
import { hamming } from '../../src/store/sketch.ts';
import type { Store } from '../../src/store/types.ts';
import { type ContractStore, putText, syntheticArticle } from './helpers.ts';

/** The articles of the search fixture: ids by name. */
export async function putSearchFixture(store: Store): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  ids.moscow = (await putText(store, 'विदेश मंत्री आज मॉस्को पहुंचे और वहां रूसी नेताओं से मिले।', { title: 'मॉस्को यात्रा', site: 'example.in', published: '2025-07-11' })).id;
  ids.deal = (await putText(store, 'दोनों देशों के बीच व्यापार समझौता हुआ। इससे उद्योग को लाभ होगा।', { title: 'व्यापार', site: 'news.example.org', published: '2025-06-01' }, (a) => {
    a.entities.push({ id: 'e1', type: 'LOCATION', kind: 'country', name: 'Russia', code: 'RU', country: 'RU', roles: [], mentions: [{ start: 0, end: 5, text: 'दोनों' }], confidence: 0.9 });
    a.events.push({ code: '057', root: '05', label: 'Sign formal agreement', quad: 1, goldstein: 8, source: null, target: null, date: null, place: null, sentence: 0, evidence: [{ start: 0, end: 5 }], rule: 'test', confidence: 0.8 });
  })).id;
  ids.understand = (await putText(store, 'लोग इस बात को समझते हैं और समझ रहे हैं कि समझदारी ज़रूरी है।', { published: '2024-01-05' })).id;
  ids.nuktaPre = (await putText(store, 'दोनों देशों की नज़दीकियां बढ़ रही हैं।', { published: '2025-01-01' })).id;
  ids.nuktaNone = (await putText(store, 'पड़ोसी राज्यों में नजदीकियाँ दिख रही हैं।', { published: '2025-01-02' })).id;
  ids.latin = (await putText(store, 'The minister flew to Moscow on Monday for talks.', { published: '2025-02-02' })).id;
  return ids;
}

/**
 * Registers the contract tests for one backend. `open` gives a fresh, empty store each call.
 *
 * @example
 * runStoreContract('sqlite', async () => sqliteContractStore());
 */
export function runStoreContract(name: string, open: () => Promise<ContractStore>, skip: string | false = false): void {
  const withStore = (title: string, fn: (s: ContractStore) => Promise<void>) => test(title, { skip }, async () => {
    const s = await open();
    try { await fn(s); } finally { await s.cleanup(); }
  });

  describe(`store contract: ${name}`, () => {
    withStore('an article round-trips: metadata, text, analysis, counts', async ({ store }) => {
      const text = syntheticArticle(1);
      const r = await putText(store, text, { title: 'शीर्षक', site: 'a.example', url: 'https://a.example/x', canonicalUrl: 'https://a.example/x', published: '2025-03-04T10:00:00+05:30', author: 'लेखक' });
      assert.equal(r.status, 'added');
      assert.equal(r.storyId, r.id);
      const a = (await store.getArticle(r.id))!;
      assert.equal(a.text, text);
      assert.equal(a.meta.title, 'शीर्षक');
      assert.equal(a.meta.published, '2025-03-04T10:00:00+05:30');
      assert.equal(a.meta.author, 'लेखक');
      assert.equal(a.pipeline, PIPELINE_VERSION);
      assert.equal(a.analysis.body.length > 0, true);
      assert.equal(a.rawType, 'text/plain');
      assert.equal(await store.getArticle(r.id + 1000), null);
      const c = await store.counts();
      assert.equal(c.articles, 1);
      assert.equal(c.stories, 1);
      assert.equal(c.entities, a.analysis.entities.length);
      assert.equal(c.events, a.analysis.events.length);
      assert.equal(c.dates, a.analysis.dates.length);
      assert.equal(c.mentions, a.analysis.entities.reduce((n, e) => n + e.mentions.length, 0));
      assert.deepEqual(await store.pipelineVersions(), [{ version: PIPELINE_VERSION, count: 1 }]);
    });

    withStore('exact duplicates by content hash, canonical URL or GUID return the stored article', async ({ store }) => {
      const a = await putText(store, syntheticArticle(7), { canonicalUrl: 'https://x.example/1', guid: 'g-1' });
      assert.equal((await putText(store, syntheticArticle(7))).status, 'duplicate');
      const byUrl = await putText(store, syntheticArticle(8), { canonicalUrl: 'https://x.example/1' });
      assert.deepEqual([byUrl.status, byUrl.id], ['duplicate', a.id]);
      assert.equal((await putText(store, syntheticArticle(9), { guid: 'g-1' })).status, 'duplicate');
      assert.equal(await store.findDuplicate({ canonicalUrl: 'https://x.example/1', contentHash: '' }), a.id);
      assert.equal(await store.findDuplicate({ guid: 'nope', contentHash: 'nope' }), null);
      assert.equal((await store.counts()).articles, 1);
    });

    withStore('the same article put concurrently is stored once', async ({ store }) => {
      const text = syntheticArticle(11);
      const rs = await Promise.all(Array.from({ length: 6 }, () => putText(store, text, { canonicalUrl: 'https://x.example/same' })));
      assert.equal(rs.filter((r) => r.status === 'added').length, 1);
      assert.equal(new Set(rs.map((r) => r.id)).size, 1);
      assert.equal((await store.counts()).articles, 1);
    });

    withStore('near-duplicates are linked as one story; both kept', async ({ store }) => {
      const base = syntheticArticle(42, 30);
      const edited = `${base.replace('सरकार', 'प्रशासन')} एजेंसी से इनपुट के साथ।`;
      const a = await putText(store, base, { site: 'one.example', canonicalUrl: 'https://one.example/a' });
      const b = await putText(store, edited, { site: 'two.example', canonicalUrl: 'https://two.example/b' });
      const c = await putText(store, syntheticArticle(43, 30), { site: 'one.example' });
      assert.ok(hamming(simhash(base)!, simhash(edited)!) <= 3);
      assert.equal(b.status, 'added');
      assert.equal(b.storyId, a.id, 'edited copy joins the first story');
      assert.equal(c.storyId, c.id, 'a different article starts its own story');
      assert.deepEqual(await store.storyArticles(a.id), [a.id, b.id]);
      assert.equal((await store.counts()).stories, 2);
    });

    withStore('reanalyze re-runs only articles from older pipeline versions', async ({ store, setPipeline }) => {
      const ids = [];
      for (let i = 0; i < 5; i++) ids.push((await putText(store, syntheticArticle(100 + i))).id);
      await setPipeline(ids[0], '0.0.1');
      await setPipeline(ids[1], '0.0.1');
      await setPipeline(ids[2], '99.0.0');
      assert.deepEqual(await store.articlesByPipeline(['0.0.1'], 0, 10), [ids[0], ids[1]]);
      assert.deepEqual(await store.articlesByPipeline(['0.0.1'], ids[0], 10), [ids[1]]);
      const s = await reanalyze(store);
      assert.equal(s.reanalyzed, 2);
      assert.deepEqual(s.from, ['0.0.1']);
      const a = (await store.getArticle(ids[0]))!;
      assert.equal(a.pipeline, PIPELINE_VERSION);
      assert.equal(a.analysis.pipeline, PIPELINE_VERSION);
      assert.equal((await store.getArticle(ids[2]))!.pipeline, '99.0.0', 'a newer version is left alone');
      assert.equal((await store.search('खबर')).total, 5, 'search rows intact');
      assert.equal((await reanalyze(store)).reanalyzed, 0, 'second run has nothing to do');
      assert.equal(compareVersions('0.10.0', '0.9.9'), 1);
      await assert.rejects(store.replaceAnalysis(99999, a.analysis, null), /99999/);
    });

    withStore('feeds: add once, list, due, update keeps ETag unless given', async ({ store }) => {
      const f = await store.addFeed('https://f.example/rss', 'फ़ीड');
      assert.equal(f.added, true);
      assert.equal((await store.addFeed('https://f.example/rss')).added, false);
      await store.addFeed('https://g.example/atom');
      assert.deepEqual((await store.listFeeds()).map((x) => x.url), ['https://f.example/rss', 'https://g.example/atom']);
      const now = new Date(Date.now() + 1000).toISOString();
      assert.equal((await store.dueFeeds(now)).length, 2);
      await store.updateFeed(f.feed.id, { etag: '"v1"', lastModified: 'Tue, 10 Jun 2025 10:00:00 GMT', intervalSeconds: 900, nextPollAt: '2999-01-01T00:00:00.000Z', polledAt: now, errorCount: 0, lastError: null });
      await store.updateFeed(f.feed.id, { intervalSeconds: 1200, nextPollAt: '2999-01-01T00:00:00.000Z', polledAt: now, errorCount: 1, lastError: 'HTTP 500' });
      const [feed] = (await store.listFeeds()).filter((x) => x.id === f.feed.id);
      assert.deepEqual([feed.etag, feed.lastModified, feed.intervalSeconds, feed.errorCount, feed.lastError, feed.title],
        ['"v1"', 'Tue, 10 Jun 2025 10:00:00 GMT', 1200, 1, 'HTTP 500', 'फ़ीड']);
      assert.deepEqual((await store.dueFeeds(now)).map((x) => x.url), ['https://g.example/atom']);
      assert.equal((await store.counts()).feeds, 2);
    });

    describe(`search: ${name}`, () => {
      let s: ContractStore;
      let ids: Record<string, number> = {};
      before(async () => {
        if (skip) return;
        s = await open();
        ids = await putSearchFixture(s.store);
      });
      after(async () => { if (!skip) await s.cleanup(); });
      const found = async (q: string, opts = {}) => (await s.store.search(q, { limit: 50, ...opts })).hits.map((h) => h.id).sort((a, b) => a - b);
      const t = (title: string, fn: () => Promise<void>) => test(title, { skip }, fn);

      t('Moscow (Latin) finds मॉस्को and the English text', async () => {
        const hits = await found('Moscow');
        assert.ok(hits.includes(ids.moscow), 'Devanagari article found by Latin query');
        assert.ok(hits.includes(ids.latin));
      });
      t('Devanagari words stay whole: समझौता does not match समझ… words', async () => {
        assert.deepEqual(await found('समझौता'), [ids.deal]);
        assert.deepEqual(await found('समझ'), [ids.understand]);
      });
      t('nukta and candrabindu spellings find each other', async () => {
        const a = await found('नज़दीकियां');
        assert.deepEqual(a, [ids.nuktaPre, ids.nuktaNone].sort((x, y) => x - y));
        assert.deepEqual(await found('नजदीकियां'), a);
        assert.deepEqual(await found('नज\u093Cदीकियाँ'), a);
      });
      t('snippets highlight the match in the original spelling', async () => {
        const hit = (await s.store.search('Moscow')).hits.find((h) => h.id === ids.moscow)!;
        assert.match(hit.snippet, /\[मॉस्को\]/);
      });
      t('filters: date range, site, entity, event root', async () => {
        assert.deepEqual(await found('देशों', { from: '2025-06-01', to: '2025-12-31' }), [ids.deal]);
        assert.deepEqual(await found('देशों', { to: '2025-01-31' }), [ids.nuktaPre]);
        assert.deepEqual(await found('देशों', { site: 'example.org' }), [ids.deal]);
        assert.deepEqual(await found('देशों', { entity: 'russia' }), [ids.deal]);
        assert.deepEqual(await found('देशों', { entity: 'दोनों' }), [ids.deal]);
        assert.deepEqual(await found('देशों', { eventRoot: '05' }), [ids.deal]);
        assert.deepEqual(await found('देशों', { eventRoot: '19' }), []);
      });
      t('operators: OR, exclusion, phrase, prefix', async () => {
        assert.deepEqual(await found('समझौता OR मॉस्को'), [ids.moscow, ids.deal].sort((x, y) => x - y));
        assert.deepEqual(await found('देशों -समझौता'), [ids.nuktaPre]);
        assert.deepEqual(await found('"व्यापार समझौता"'), [ids.deal]);
        assert.deepEqual(await found('"समझौता व्यापार"'), []);
        assert.ok((await found('समझ*')).includes(ids.deal));
      });
      t('malformed queries never crash: quoted, or a clear usage error', async () => {
        for (const q of ['"समझौता', 'NEAR(समझौता', 'a:b', '(((', 'समझौता AND OR', '^समझौता', 'col:"x', '*', '""', '-', 'NOT', "it's", 'a\\b', "'''"]) {
          try {
            assert.ok(Array.isArray((await s.store.search(q)).hits));
          } catch (err) {
            assert.ok(err instanceof KhabarError, `${q}: ${(err as Error).message}`);
            assert.ok(['KHABAR_ERR_USAGE', 'KHABAR_ERR_BAD_QUERY'].includes(err.code), err.code);
          }
        }
        assert.deepEqual((await s.store.search('"समझौता')).hits.map((h) => h.id), [ids.deal]);
        await assert.rejects(s.store.search('-समझौता'), /only excludes/);
        await assert.rejects(s.store.search('  '), /empty search query/);
      });
      t('paging: total counts every match, limit/offset cut the list', async () => {
        const all = await s.store.search('रही', { limit: 50 });
        assert.equal(all.total, 2);
        const second = await s.store.search('रही', { limit: 1, offset: 1 });
        assert.equal(second.total, 2);
        assert.deepEqual(second.hits.map((h) => h.id), [all.hits[1].id]);
      });
      t('ranking: a title match outranks a body-only match', async () => {
        await putText(s.store, 'एक लंबी खबर जिसमें यात्रा शब्द केवल अंत में आता है, यात्रा।', { title: 'अन्य' });
        const r = await s.store.search('यात्रा');
        assert.equal(r.hits[0].id, ids.moscow);
        assert.ok(r.hits[0].score < r.hits[1].score, 'bm25: lower is better');
      });
    });
  });
}
