import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SqliteKnowledgeBase, sentenceAround } from '../../src/kb/sqlite.ts';
import { fixtureStore, SEED_SKIP, type FixtureStore } from './store-fixture.ts';

describe('SQLite knowledge base over ingested example articles', () => {
  let fx: FixtureStore;
  let kb: SqliteKnowledgeBase;
  before(async () => {
    fx = await fixtureStore();
    kb = new SqliteKnowledgeBase(fx.store.db);
  });
  after(async () => fx.cleanup());

  it('lens for IN: Pakistan a rival and Russia and Japan partners from India\'s own events', async () => {
    const lens = await kb.lens('IN');
    assert.equal(lens.name, 'India');
    assert.ok(lens.rivals.some((r) => r.country === 'PK' && r.goldsteinMean <= -1), JSON.stringify(lens.rivals));
    assert.ok(lens.partners.some((r) => r.country === 'RU'), JSON.stringify(lens.partners));
    assert.ok(lens.partners.some((r) => r.country === 'JP'));
    assert.ok(lens.window.to >= lens.window.from);
  });

  it('lens for IN lists the PK–RU agreement of the seed article first, as rival ↔ partner, with its evidence', { skip: SEED_SKIP }, async () => {
    const lens = await kb.lens('IN');
    const top = lens.items[0];
    assert.equal(top.kind, 'rival-partner');
    assert.deepEqual([top.source.country, top.target.country].sort(), ['PK', 'RU']);
    assert.equal(top.root, '05');
    assert.match(top.why, /rival of India/);
    assert.match(top.why, /partner of India/);
    assert.ok(top.reports[0].evidence.includes('समझौते'), top.reports[0].evidence);
    for (let i = 1; i < lens.items.length; i++) assert.ok(lens.items[i - 1].score >= lens.items[i].score);
  });

  it('pair timeline IN–PK buckets by month with QuadClass counts and Goldstein sum/mean', async () => {
    const t = await kb.pairTimeline('IN', 'PK', 'month');
    assert.ok(t.total >= 2);
    const sum = t.buckets.reduce((s, b) => s + b.count, 0);
    assert.equal(sum, t.total);
    for (const b of t.buckets) {
      assert.equal(b.quad.reduce((s, n) => s + n, 0), b.count);
      assert.ok(Math.abs(b.goldsteinMean - b.goldsteinSum / b.count) < 0.01);
      assert.match(b.period, /^\d{4}-\d{2}$/);
    }
    assert.ok(t.goldsteinMean! < 0, 'India–Pakistan events in the fixtures are conflictual');
    const w = await kb.pairTimeline('IN', 'PK', 'week');
    assert.ok(w.buckets.every((b) => /^\d{4}-W\d{2}$/.test(b.period)));
  });

  it('graph has country nodes and undirected edges weighted by events', async () => {
    const g = await kb.graph();
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const e of g.edges) {
      assert.ok(ids.has(e.source) && ids.has(e.target));
      assert.ok(e.source < e.target);
      assert.ok(e.count >= 1);
    }
    const inPk = g.edges.find((e) => e.source === 'IN' && e.target === 'PK');
    assert.ok(inPk && inPk.goldsteinMean < 0);
    assert.equal(g.nodes.find((n) => n.id === 'IN')?.label, 'India');
    const small = await kb.graph({ maxEdges: 1 });
    assert.equal(small.edges.length, 1);
  });

  it('entity page of Pakistan: surfaces, events, co-occurring entities, mentions', async () => {
    const p = await kb.entity('country:PK');
    assert.ok(p);
    assert.equal(p.entity.name, 'Pakistan');
    assert.ok(p.surfaces.some((s) => s.text === 'पाकिस्तान'));
    assert.ok(p.events.length >= 2);
    assert.ok(p.events.every((e) => e.source?.country === 'PK' || e.target?.country === 'PK'));
    assert.ok(p.cooccurring.some((o) => o.key === 'country:IN'));
    assert.ok(p.mentions.every((m) => m.spans.length > 0));
    assert.equal(await kb.entity('country:ZZ'), null);
    assert.equal(await kb.entity('nonsense'), null);
  });

  it('finds entities by Hindi mention prefix and by Latin name', async () => {
    const hi = await kb.findEntities('पाकिस्');
    assert.equal(hi[0]?.key, 'country:PK');
    const latin = await kb.findEntities('russ');
    assert.ok(latin.some((e) => e.key === 'country:RU'));
  });

  it('events query by actors, root and dates', async () => {
    const both = await kb.events({ actors: ['IN', 'PK'] });
    assert.ok(both.total >= 2);
    assert.ok(both.events.every((e) => ['IN', 'PK'].includes(e.source!.country!) && ['IN', 'PK'].includes(e.target!.country!)));
    const criticise = await kb.events({ actors: ['IN'], codes: ['11'] });
    assert.ok(criticise.events.every((e) => e.code.startsWith('11')));
    const none = await kb.events({ actors: ['IN'], from: '1990-01-01', to: '1990-12-31' });
    assert.equal(none.total, 0);
  });

  it('articles list filters by entity and root, newest first', async () => {
    const all = await kb.articles({});
    assert.ok(all.total >= 3);
    for (let i = 1; i < all.articles.length; i++) assert.ok((all.articles[i - 1].day ?? '') >= (all.articles[i].day ?? ''));
    const jp = await kb.articles({ entity: 'country:JP' });
    assert.ok(jp.total >= 1 && jp.total < all.total);
    const page = await kb.articles({ limit: 1, offset: 1 });
    assert.equal(page.articles.length, 1);
    assert.equal(page.articles[0].id, all.articles[1].id);
  });

  it('sentenceAround cuts at sentence marks', () => {
    assert.equal(sentenceAround('पहला वाक्य. रूस ने समझौता किया. तीसरा.', { start: 12, end: 15 }), 'रूस ने समझौता किया.');
  });
});
