import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldEvent } from '../../../src/eval/gold.ts';
import { scoreEvents } from '../../../src/eval/score/events.ts';
import { analysis, event } from '../fixtures.ts';

const body = 'दोनों देशों ने समझौता किया.';
const score = (gold: GoldEvent[], events: ReturnType<typeof event>[]) => scoreEvents(gold, analysis(body, { events }));
const counts = (s: { tp: number; fp: number; fn: number }) => [s.tp, s.fp, s.fn];

test('same root and the same SET of actors, whatever the direction', () => {
  assert.deepEqual(counts(score([{ root: '05', actors: ['NP', 'IN'] }], [event('05', 'IN', 'NP')])), [1, 0, 0]);
  assert.deepEqual(counts(score([{ root: '05', actors: ['NP', 'IN'] }], [event('04', 'IN', 'NP')])), [0, 1, 1]);
  assert.deepEqual(counts(score([{ root: '05', actors: ['NP', 'IN'] }], [event('05', 'IN', 'CN')])), [0, 1, 1]);
});

test('null actors: a side that is not a country, a missing side', () => {
  assert.deepEqual(counts(score([{ root: '07', actors: [null, 'NP'] }], [event('07', null, 'NP')])), [1, 0, 0]);
  assert.deepEqual(counts(score([{ root: '07', actors: [null, 'NP'] }],
    [event('07', 'IN', 'NP', null, { source: { entity: 'e9', country: null } })])), [1, 0, 0]);
  assert.deepEqual(counts(score([{ root: '07', actors: [null, 'NP'] }], [event('07', 'IN', 'NP')])), [0, 1, 1]);
  assert.deepEqual(counts(score([{ root: '01', actors: ['NP', 'NP'] }], [event('01', 'NP', null)])), [0, 1, 1]);
});

test('date granularity: agree at the coarser of the two', () => {
  const g = (date: string): GoldEvent[] => [{ root: '03', actors: ['NP', 'IN'], date }];
  assert.deepEqual(counts(score(g('2025-07'), [event('03', 'NP', 'IN', '2025-07-11')])), [1, 0, 0]);
  assert.deepEqual(counts(score(g('2025-07-11'), [event('03', 'NP', 'IN', '2025-07')])), [1, 0, 0]);
  assert.deepEqual(counts(score(g('2020-W14'), [event('03', 'NP', 'IN', '2020-04-02')])), [1, 0, 0]);
  assert.deepEqual(counts(score(g('2025-07-11'), [event('03', 'NP', 'IN', '2025-07-12')])), [0, 1, 1]);
  assert.deepEqual(counts(score(g('2025-07'), [event('03', 'NP', 'IN', null)])), [0, 1, 1]);
  // no gold date: any output date will do
  assert.deepEqual(counts(score([{ root: '03', actors: ['NP', 'IN'] }], [event('03', 'NP', 'IN', '1999')])), [1, 0, 0]);
});

test('optional gold events count neither as found nor missed, and matching outputs are not spurious', () => {
  const gold: GoldEvent[] = [
    { root: '05', actors: ['NP', 'IN'] },
    { root: '04', actors: ['NP', 'IN'], optional: true },
    { root: '12', actors: ['CN', 'IN'], optional: true },
  ];
  const s = score(gold, [event('05', 'NP', 'IN'), event('04', 'IN', 'NP')]);
  assert.deepEqual([...counts(s), s.optionalMatched], [1, 0, 0, 1]);
  const none = score(gold, []);
  assert.deepEqual(counts(none), [0, 0, 1]);
  assert.equal(none.missed.length, 1);
});

test('one-to-one: a duplicate output event is spurious; required events are matched before optional ones', () => {
  const gold: GoldEvent[] = [{ root: '05', actors: ['NP', 'IN'], optional: true }, { root: '05', actors: ['NP', 'IN'] }];
  const one = score(gold, [event('05', 'NP', 'IN')]);
  assert.deepEqual([...counts(one), one.optionalMatched], [1, 0, 0, 0]);
  const three = score(gold, [event('05', 'NP', 'IN'), event('05', 'IN', 'NP'), event('05', 'NP', 'IN')]);
  assert.deepEqual([...counts(three), three.optionalMatched], [1, 1, 0, 1]);
});

test('maximum matching: a dated output is kept for the dated gold event', () => {
  const gold: GoldEvent[] = [{ root: '03', actors: ['NP', 'IN'] }, { root: '03', actors: ['NP', 'IN'], date: '2025-07' }];
  assert.deepEqual(counts(score(gold, [event('03', 'NP', 'IN', '2025-07-11'), event('03', 'NP', 'IN', null)])), [2, 0, 0]);
});

test('negated output events are ignored', () => {
  assert.deepEqual(counts(score([{ root: '05', actors: ['NP', 'IN'] }], [event('05', 'NP', 'IN', null, { negated: true })])), [0, 0, 1]);
});
