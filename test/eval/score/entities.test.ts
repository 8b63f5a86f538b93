import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreEntities } from '../../../src/eval/score/entities.ts';
import { analysis, entity } from '../fixtures.ts';

const body = 'नेपाल और बांग्लादे\u200Dश के बीच काठमांडू में बैठक हुई. विदेश मंत्री सीता शर्मा ने कहा कि नेपाल तैयार है. शर्मा ने विश्व बैंक से बात की.';

test('found: same type and a normalised mention in common (ZWJ in the output mention)', () => {
  const out = analysis(body, { entities: [entity(body, 'e1', 'LOCATION', ['बांग्लादे\u200Dश'])] });
  const s = scoreEntities([{ type: 'LOCATION', mentions: ['बांग्लादेश'] }], out);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
});

test('a different type does not find it: one missed, one spurious', () => {
  const out = analysis(body, { entities: [entity(body, 'e1', 'ORGANIZATION', ['नेपाल'])] });
  const s = scoreEntities([{ type: 'LOCATION', mentions: ['नेपाल'] }], out);
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 1, 1]);
  assert.deepEqual(s.missed, ['LOCATION नेपाल']);
  assert.deepEqual(s.spurious, ['ORGANIZATION नेपाल']);
});

test('one-to-one: two output entities for one gold entity give one tp and one spurious', () => {
  const out = analysis(body, { entities: [
    entity(body, 'e1', 'PERSON', ['सीता शर्मा']),
    entity(body, 'e2', 'PERSON', ['शर्मा']),
  ] });
  const s = scoreEntities([{ type: 'PERSON', mentions: ['सीता शर्मा', 'शर्मा'] }], out);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 0]);
});

test('one-to-one is order independent (maximum matching)', () => {
  // output e1 could stand for either gold; e2 only for the first. Both gold entities must be found.
  const out = analysis(body, { entities: [
    entity(body, 'e1', 'PERSON', ['सीता शर्मा', 'शर्मा']),
    entity(body, 'e2', 'PERSON', ['सीता शर्मा']),
  ] });
  const s = scoreEntities([{ type: 'PERSON', mentions: ['सीता शर्मा'] }, { type: 'PERSON', mentions: ['शर्मा'] }], out);
  assert.deepEqual([s.tp, s.fp, s.fn], [2, 0, 0]);
});

test('attributes are judged on matched entities, only where the gold gives them', () => {
  const out = analysis(body, { entities: [
    entity(body, 'e1', 'LOCATION', ['नेपाल'], { kind: 'country', code: 'NP' }),
    entity(body, 'e2', 'LOCATION', ['काठमांडू'], { kind: 'region', country: 'NP' }),
    entity(body, 'e3', 'PERSON', ['सीता शर्मा'], { country: 'IN', roles: ['विदेश\u00A0मंत्री'] }),
    entity(body, 'e4', 'ORGANIZATION', ['विश्व बैंक']),
  ] });
  const s = scoreEntities([
    { type: 'LOCATION', mentions: ['नेपाल'], kind: 'country', id: 'NP' },
    { type: 'LOCATION', mentions: ['काठमांडू'], kind: 'city', country: 'NP' },
    { type: 'PERSON', mentions: ['सीता शर्मा'], country: 'NP', role: 'विदेश मंत्री' },
    { type: 'PERSON', mentions: ['राम'], country: 'NP', role: 'राजा' }, // not found: its attributes are not judged
    { type: 'ORGANIZATION', mentions: ['विश्व बैंक'] },
  ], out);
  assert.deepEqual([s.tp, s.fp, s.fn], [4, 0, 1]);
  const a = s.attributes;
  assert.deepEqual([a.code.right, a.code.total], [1, 1]);
  assert.deepEqual([a.kind.right, a.kind.total], [1, 2]);
  assert.deepEqual([a.country.right, a.country.total], [1, 2]);
  assert.deepEqual([a.role.right, a.role.total], [1, 1]);
  assert.deepEqual(a.kind.wrong, ['काठमांडू: city ≠ region']);
  assert.deepEqual(a.country.wrong, ['सीता शर्मा: NP ≠ IN']);
});

test('no output entities: recall zero, nothing spurious', () => {
  const s = scoreEntities([{ type: 'LOCATION', mentions: ['नेपाल'] }], analysis(body));
  assert.deepEqual([s.tp, s.fp, s.fn], [0, 0, 1]);
});
