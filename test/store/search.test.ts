import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { KhabarError } from '../../src/errors.ts';
import type { SqliteStore } from '../../src/store/sqlite/store.ts';
import { putText, tempStore } from './helpers.ts';

describe('search over the SQLite store', () => {
  let store: SqliteStore;
  let cleanup: () => Promise<void>;
  const ids: Record<string, number> = {};

  before(async () => {
    ({ store, cleanup } = tempStore());
    ids.moscow = (await putText(store, 'विदेश मंत्री आज मॉस्को पहुंचे और वहां रूसी नेताओं से मिले।', { title: 'मॉस्को यात्रा', site: 'example.in', published: '2025-07-11' })).id;
    ids.deal = (await putText(store, 'दोनों देशों के बीच व्यापार समझौता हुआ। इससे उद्योग को लाभ होगा।', { title: 'व्यापार', site: 'news.example.org', published: '2025-06-01' }, (a) => {
      a.entities.push({ id: 'e1', type: 'LOCATION', kind: 'country', name: 'Russia', code: 'RU', country: 'RU', roles: [], mentions: [], confidence: 0.9 });
      a.events.push({ code: '057', root: '05', label: 'Sign formal agreement', quad: 1, goldstein: 8, source: null, target: null, date: null, place: null, sentence: 0, evidence: [{ start: 0, end: 5 }], rule: 'test', confidence: 0.8 });
    })).id;
    ids.understand = (await putText(store, 'लोग इस बात को समझते हैं और समझ रहे हैं कि समझदारी ज़रूरी है।', { published: '2024-01-05' })).id;
    ids.nuktaPre = (await putText(store, 'दोनों देशों की नज़दीकियां बढ़ रही हैं।', { published: '2025-01-01' })).id;
    ids.nuktaNone = (await putText(store, 'पड़ोसी राज्यों में नजदीकियाँ दिख रही हैं।', { published: '2025-01-02' })).id;
    ids.latin = (await putText(store, 'The minister flew to Moscow on Monday for talks.', { published: '2025-02-02' })).id;
  });
  after(async () => cleanup());

  const found = async (q: string, opts = {}) => (await store.search(q, { limit: 50, ...opts })).hits.map((h) => h.id).sort();

  test('Moscow (Latin) finds मॉस्को and the English text', async () => {
    const hits = await found('Moscow');
    assert.ok(hits.includes(ids.moscow), 'Devanagari article found by Latin query');
    assert.ok(hits.includes(ids.latin));
  });

  test('Devanagari words stay whole: समझौता does not match समझ… words', async () => {
    assert.deepEqual(await found('समझौता'), [ids.deal]);
    assert.deepEqual(await found('समझ'), [ids.understand]);
  });

  test('nukta and candrabindu spellings find each other', async () => {
    const a = await found('नज़दीकियां');
    const b = await found('नजदीकियां');
    const c = await found('नज\u093Cदीकियाँ');
    assert.deepEqual(a, [ids.nuktaPre, ids.nuktaNone].sort());
    assert.deepEqual(b, a);
    assert.deepEqual(c, a);
  });

  test('snippets highlight the match in the original spelling', async () => {
    const r = await store.search('Moscow');
    const hit = r.hits.find((h) => h.id === ids.moscow)!;
    assert.match(hit.snippet, /\[मॉस्को\]/);
  });

  test('filters: date range, site, entity, event root', async () => {
    assert.deepEqual(await found('देशों', { from: '2025-06-01', to: '2025-12-31' }), [ids.deal]);
    assert.deepEqual(await found('देशों', { to: '2025-01-31' }), [ids.nuktaPre]);
    assert.deepEqual(await found('देशों', { site: 'example.org' }), [ids.deal]);
    assert.deepEqual(await found('देशों', { entity: 'russia' }), [ids.deal]);
    assert.deepEqual(await found('देशों', { eventRoot: '05' }), [ids.deal]);
    assert.deepEqual(await found('देशों', { eventRoot: '19' }), []);
  });

  test('operators: OR, exclusion, phrase, prefix', async () => {
    assert.deepEqual(await found('समझौता OR मॉस्को'), [ids.moscow, ids.deal].sort());
    assert.deepEqual(await found('देशों -समझौता'), [ids.nuktaPre]);
    assert.deepEqual(await found('"व्यापार समझौता"'), [ids.deal]);
    assert.deepEqual(await found('"समझौता व्यापार"'), []);
    assert.ok((await found('समझ*')).includes(ids.deal));
  });

  test('malformed queries never crash: quoted, or a clear usage error', async () => {
    for (const q of ['"समझौता', 'NEAR(समझौता', 'a:b', '(((', 'समझौता AND OR', '^समझौता', 'col:"x', '*', '""', '-', 'NOT']) {
      try {
        const r = await store.search(q);
        assert.ok(Array.isArray(r.hits));
      } catch (err) {
        assert.ok(err instanceof KhabarError, `${q}: ${(err as Error).message}`);
        assert.equal(err.code, 'KHABAR_ERR_BAD_QUERY');
      }
    }
    assert.deepEqual((await store.search('"समझौता')).hits.map((h) => h.id), [ids.deal]);
    await assert.rejects(store.search('-समझौता'), /only excludes/);
    await assert.rejects(store.search('  '), /empty search query/);
  });

  test('ranking: a title match outranks a body-only match', async () => {
    await putText(store, 'एक लंबी खबर जिसमें यात्रा शब्द केवल अंत में आता है, यात्रा।', { title: 'अन्य' });
    const r = await store.search('यात्रा');
    assert.equal(r.hits[0].id, ids.moscow);
  });
});
