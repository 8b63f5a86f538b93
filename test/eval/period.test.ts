import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodRange, periodsAgree } from '../../src/eval/period.ts';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

test('gold month vs output day agree when the day lies in the month', () => {
  assert.ok(periodsAgree('2025-07', '2025-07-11'));
  assert.ok(!periodsAgree('2025-07', '2025-08-01'));
});

test('gold day vs output month agree at the coarser month', () => {
  assert.ok(periodsAgree('2025-07-11', '2025-07'));
  assert.ok(!periodsAgree('2025-07-11', '2025-06'));
});

test('days must be equal; years hold their days and months', () => {
  assert.ok(periodsAgree('2025-07-11', '2025-07-11'));
  assert.ok(!periodsAgree('2025-07-11', '2025-07-12'));
  assert.ok(periodsAgree('1973', '1973-05'));
  assert.ok(!periodsAgree('1973', '1974-01-01'));
});

test('ISO week 2020-W14 is Monday 30 March to Sunday 5 April 2020', () => {
  assert.deepEqual(periodRange('2020-W14'), { first: day('2020-03-30'), last: day('2020-04-05') });
  assert.ok(periodsAgree('2020-W14', '2020-04-02'));
  assert.ok(periodsAgree('2020-04-05', '2020-W14'));
  assert.ok(!periodsAgree('2020-W14', '2020-04-06'));
  assert.ok(!periodsAgree('2020-W14', '2020-03-29'));
});

test('week 1 may start in the previous year; 53-week years are known', () => {
  assert.deepEqual(periodRange('2020-W01'), { first: day('2019-12-30'), last: day('2020-01-05') });
  assert.ok(periodRange('2020-W53'));
  assert.equal(periodRange('2021-W53'), null);
});

test('unreadable values never agree', () => {
  for (const bad of ['2025-13', '2025-02-30', '2025-W00', 'July', '', '25-07-11']) assert.equal(periodRange(bad), null, bad);
  assert.ok(!periodsAgree('2025-07', 'July 2025'));
});
