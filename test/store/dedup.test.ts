import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PIPELINE_VERSION } from '../../src/analysis/version.ts';
import { compareVersions, reanalyze } from '../../src/ingest/reanalyze.ts';
import { simhash } from '../../src/ingest/simhash.ts';
import { hamming } from '../../src/store/sketch.ts';
import { putText, syntheticArticle, tempStore } from './helpers.ts';

test('near-duplicates (same story, small edits, other site) are linked as one story; both kept', async () => {
  const { store, cleanup } = tempStore();
  try {
    const base = syntheticArticle(42, 30);
    const edited = `${base.replace('सरकार', 'प्रशासन')} एजेंसी से इनपुट के साथ।`;
    const a = await putText(store, base, { site: 'one.example', canonicalUrl: 'https://one.example/a' });
    const b = await putText(store, edited, { site: 'two.example', canonicalUrl: 'https://two.example/b' });
    const c = await putText(store, syntheticArticle(43, 30), { site: 'one.example' });
    assert.ok(hamming(simhash(base)!, simhash(edited)!) <= 3);
    assert.equal(a.status, 'added');
    assert.equal(b.status, 'added');
    assert.equal(b.storyId, a.id, 'edited copy joins the first story');
    assert.equal(c.storyId, c.id, 'a different article starts its own story');
    assert.deepEqual(await store.storyArticles(a.id), [a.id, b.id]);
    assert.equal(simhash('बहुत छोटा पाठ'), null, 'short texts get no sketch');
  } finally {
    await cleanup();
  }
});

test('exact duplicates by content hash, canonical URL or GUID return the stored article', async () => {
  const { store, cleanup } = tempStore();
  try {
    const a = await putText(store, syntheticArticle(7), { canonicalUrl: 'https://x.example/1', guid: 'g-1' });
    assert.equal((await putText(store, syntheticArticle(7))).status, 'duplicate');
    const byUrl = await putText(store, syntheticArticle(8), { canonicalUrl: 'https://x.example/1' });
    assert.deepEqual([byUrl.status, byUrl.id], ['duplicate', a.id]);
    assert.equal((await putText(store, syntheticArticle(9), { guid: 'g-1' })).status, 'duplicate');
    assert.equal((await store.counts()).articles, 1);
  } finally {
    await cleanup();
  }
});

test('reanalyze re-runs only articles from older pipeline versions, atomically per article', async () => {
  const { store, cleanup } = tempStore();
  try {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await putText(store, syntheticArticle(100 + i))).id);
    store.db.prepare("UPDATE articles SET pipeline = '0.0.1', analysis = json_set(analysis, '$.pipeline', '0.0.1') WHERE id IN (?, ?)").run(ids[0], ids[1]);
    store.db.prepare("UPDATE articles SET pipeline = '99.0.0' WHERE id = ?").run(ids[2]);
    store.db.prepare('DELETE FROM article_fts WHERE rowid = ?').run(ids[0]);
    const s = await reanalyze(store);
    assert.equal(s.reanalyzed, 2);
    assert.deepEqual(s.from, ['0.0.1']);
    const a = (await store.getArticle(ids[0]))!;
    assert.equal(a.pipeline, PIPELINE_VERSION);
    assert.equal(a.analysis.pipeline, PIPELINE_VERSION);
    assert.equal((await store.getArticle(ids[2]))!.pipeline, '99.0.0', 'a newer version is left alone');
    assert.equal((await store.search('खबर')).total, 5, 'search row rebuilt');
    assert.equal((await reanalyze(store)).reanalyzed, 0, 'second run has nothing to do');
    assert.equal(compareVersions('0.10.0', '0.9.9'), 1);
  } finally {
    await cleanup();
  }
});
