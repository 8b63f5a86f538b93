import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey, parseEntityKey } from '../../src/kb/keys.ts';
import { buildLens, stanceOf } from '../../src/kb/lens.ts';
import { addDays, periodOf, resolveWindow } from '../../src/kb/period.ts';

describe('kb pure helpers', () => {
  it('entity keys round-trip', () => {
    assert.equal(entityKey('LOCATION', 'country', 'India', 'IN'), 'country:IN');
    assert.deepEqual(parseEntityKey(entityKey('PERSON', null, 'Vadim Velichko', null)), { code: null, type: 'PERSON', nameLc: 'vadim velichko' });
    assert.equal(parseEntityKey('country:india'), null);
    assert.equal(parseEntityKey('thing:x'), null);
  });

  it('ISO weeks and months', () => {
    assert.deepEqual(periodOf('2025-07-11', 'week'), { period: '2025-W28', start: '2025-07-07' });
    assert.deepEqual(periodOf('2021-01-01', 'week'), { period: '2020-W53', start: '2020-12-28' });
    assert.deepEqual(periodOf('2024-12-30', 'week'), { period: '2025-W01', start: '2024-12-30' });
    assert.deepEqual(periodOf('2025-02-28', 'month'), { period: '2025-02', start: '2025-02-01' });
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.deepEqual(resolveWindow({}, '2025-07-11'), { from: '2024-07-11', to: '2025-07-11' });
    assert.deepEqual(resolveWindow({ from: '2025-01-01' }, '2025-07-11'), { from: '2025-01-01', to: '2025-07-11' });
  });

  it('stances and ranking: a recent rival–partner deal outranks an old rival–third one of equal weight', () => {
    assert.equal(stanceOf(1), 'partner');
    assert.equal(stanceOf(-1), 'rival');
    assert.equal(stanceOf(0.5), 'neutral');
    const art = (id: number) => ({ id, title: null, site: null, url: null, day: null });
    const row = (id: number, source: string, target: string, day: string, goldstein: number) => ({
      articleId: id, index: 0, source, target, code: '057', root: '05', label: 'Sign formal agreement', quad: 1, goldstein, day,
      article: art(id), namesFocus: false, evidence: '',
    });
    const lens = buildLens('IN', [
      { country: 'PK', events: 3, goldsteinMean: -4 }, { country: 'RU', events: 2, goldsteinMean: 5 }, { country: 'US', events: 1, goldsteinMean: 0 },
    ], [row(1, 'PK', 'CN', '2024-01-01', 8), row(2, 'PK', 'RU', '2025-07-01', 8), row(3, 'US', 'CN', '2025-07-01', 8), row(4, 'PK', 'RU', '2025-07-01', 8)],
    { from: '2024-07-11', to: '2025-07-11' }, 10);
    assert.equal(lens.items.length, 2, 'US–CN is neither tied to a rival nor reported with India');
    assert.equal(lens.items[0].kind, 'rival-partner');
    assert.equal(lens.items[0].reports.length, 2, 'the same event from two articles is one item');
    assert.equal(lens.items[1].kind, 'rival-third');
    assert.ok(lens.items[0].score > lens.items[1].score);
    assert.match(lens.items[0].why, /Pakistan is a rival of India/);
  });
});
