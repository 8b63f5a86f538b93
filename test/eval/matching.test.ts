import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxMatching } from '../../src/eval/matching.ts';

test('finds the largest one-to-one matching where first-fit would not', () => {
  // gold 0 fits outputs 0 and 1; gold 1 fits only output 0: first-fit gives 1 pair, the best is 2.
  const fits = (g: number, o: number) => (g === 0 ? o <= 1 : o === 0);
  assert.deepEqual(maxMatching(2, 2, fits), [{ gold: 0, output: 1 }, { gold: 1, output: 0 }]);
});

test('each gold and each output is used at most once', () => {
  const pairs = maxMatching(3, 1, () => true);
  assert.equal(pairs.length, 1);
  assert.equal(maxMatching(1, 3, () => true).length, 1);
});

test('taken items are left out', () => {
  assert.deepEqual(maxMatching(2, 2, () => true, new Set([0]), new Set([1])), [{ gold: 1, output: 0 }]);
});
