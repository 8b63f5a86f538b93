import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstStartingAt, within } from '../../../src/analysis/events/within.ts';

const spans = [{ start: 0, end: 4 }, { start: 2, end: 3 }, { start: 5, end: 9 }, { start: 5, end: 6 }, { start: 12, end: 20 }];

test('within equals the filter it replaces, sorted or not', () => {
  for (const items of [spans, [...spans].reverse()]) {
    for (let s = 0; s <= 21; s++) {
      for (let e = s; e <= 21; e++) {
        assert.deepEqual(within(items, { start: s, end: e }), items.filter((m) => m.start >= s && m.end <= e), `${s}-${e}`);
      }
    }
  }
});

test('firstStartingAt finds the first item starting at or after an offset', () => {
  assert.equal(firstStartingAt(spans, 0), 0);
  assert.equal(firstStartingAt(spans, 3), 2);
  assert.equal(firstStartingAt(spans, 5), 2);
  assert.equal(firstStartingAt(spans, 13), 5);
});
