import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PIPELINE_VERSION } from '../../src/analysis/version.ts';
import { compareVersions, reanalyze } from '../../src/ingest/reanalyze.ts';
import { putText, syntheticArticle, tempStore } from './helpers.ts';

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
