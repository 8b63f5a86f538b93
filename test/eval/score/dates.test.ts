import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreDates } from '../../../src/eval/score/dates.ts';
import { analysis, date } from '../fixtures.ts';

const body = 'मंत्री ने बुधवार (3 मार्च, 2021) को कहा कि पुल साल 1998 में बना था. काम इस साल के अंत में पूरा होगा. बुधवार को फिर बैठक हुई.';

test('a date is right when the text overlaps by containment and value and qualifier are equal', () => {
  const out = analysis(body, { dates: [
    date(body, 'बुधवार (3 मार्च, 2021)', '2021-03-03'), // output contains the gold mention
    date(body, '1998', '1998'), // gold mention contains the output text
    date(body, 'इस साल के अंत में', '2021', 'late'),
  ] });
  const s = scoreDates([
    { mention: '3 मार्च, 2021', value: '2021-03-03' },
    { mention: 'साल 1998 में', value: '1998' },
    { mention: 'इस साल के अंत में', value: '2021', qualifier: 'late' },
  ], out);
  assert.deepEqual([s.gold, s.found, s.right, s.spurious], [3, 3, 3, 0]);
});

test('a wrong value or qualifier is found but not right; a missing qualifier equals null', () => {
  const out = analysis(body, { dates: [date(body, '1998', '1999'), date(body, 'इस साल के अंत में', '2021')] });
  const s = scoreDates([{ mention: '1998', value: '1998', qualifier: null }, { mention: 'इस साल के अंत में', value: '2021', qualifier: 'late' }], out);
  assert.deepEqual([s.found, s.right], [2, 0]);
  assert.equal(s.wrong.length, 2);
  assert.match(s.wrong[0], /1998: 1998 ≠ 1999/);
  const noQualifier = scoreDates([{ mention: '1998', value: '1998' }], analysis(body, { dates: [date(body, '1998', '1998', null)] }));
  assert.equal(noQualifier.right, 1);
});

test('spurious dates, missed dates, and repeats of a listed date', () => {
  const second = body.indexOf('बुधवार को');
  const out = analysis(body, { dates: [
    date(body, 'बुधवार', '2021-03-03'),
    date(body, 'बुधवार', '2021-03-03', null, second), // the same expression stated again: a repeat
    date(body, 'इस साल', '2021'), // not in gold: spurious
  ] });
  const s = scoreDates([{ mention: 'बुधवार', value: '2021-03-03' }, { mention: '1998', value: '1998' }], out);
  assert.deepEqual([s.found, s.right, s.repeats, s.spurious], [1, 1, 1, 1]);
  assert.deepEqual(s.missed, ['1998 → 1998']);
  assert.deepEqual(s.spuriousList, ['इस साल → 2021']);
});

test('right pairs are matched first (one-to-one)', () => {
  // the wrong-valued output comes first; the right one must still be paired with the gold date
  const out = analysis(body, { dates: [date(body, '1998', '1990'), date(body, 'साल 1998 में', '1998')] });
  const s = scoreDates([{ mention: '1998', value: '1998' }], out);
  assert.deepEqual([s.found, s.right, s.spurious], [1, 1, 1]);
});

test('an unmatched output date with a null value is unresolved, not spurious; a matched one is wrong', () => {
  const out = analysis(body, { dates: [date(body, 'इस साल', null), date(body, '1998', null)] });
  const s = scoreDates([{ mention: '1998', value: '1998' }], out);
  assert.deepEqual([s.found, s.right, s.spurious], [1, 0, 0]);
  assert.deepEqual(s.unresolved, ['इस साल']);
  assert.match(s.wrong[0], /1998 ≠ null/);
});
