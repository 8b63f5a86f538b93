import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bioToSpans, SpanScorer } from '../../src/ner/spans.ts';
import { mapIlNerTags } from '../../src/ner/labels.ts';
import { latinAcronym, splitBracketedSpans } from '../../src/ner/augment.ts';

test('spans from BIO, stray I- opens a span', () => {
  assert.deepEqual(bioToSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'LOC', start: 3, end: 4 },
    { type: 'LOC', start: 4, end: 5 },
    { type: 'ORG', start: 5, end: 6 },
  ]);
});

test('span scorer: exact match only, per type and overall', () => {
  const s = new SpanScorer();
  s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']); // 2 correct
  s.add(['B-PER', 'I-PER', 'O', 'B-ORG'], ['B-PER', 'O', 'O', 'B-LOC']); // boundary miss, type miss
  const rows = Object.fromEntries(s.scores().map((r) => [r.type, r]));
  assert.deepEqual([rows.PER.gold, rows.PER.predicted, rows.PER.correct], [2, 2, 1]);
  assert.deepEqual([rows.LOC.gold, rows.LOC.predicted, rows.LOC.correct], [1, 2, 1]);
  assert.deepEqual([rows.ORG.gold, rows.ORG.predicted, rows.ORG.correct], [1, 0, 0]);
  assert.equal(rows.ALL.precision, 2 / 4);
  assert.equal(rows.ALL.recall, 2 / 4);
  assert.equal(rows.ORG.f1, 0);
  assert.throws(() => s.add(['O'], []));
});

test('IL-NER tags map to PER/LOC/ORG; other types and malformed tags are repaired', () => {
  assert.deepEqual(mapIlNerTags(['B-NEP', 'I-NEP', 'B-NETI', 'I-NETI', 'B-NEO', '-NEO', '-', '-NEL', 'I-NEL']), ['B-PER', 'I-PER', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC']);
  assert.deepEqual(mapIlNerTags(['O', 'I-NEL']), ['O', 'B-LOC']);
});

test('bracketed acronyms are split off; Devanagari acronyms spell Latin ones', () => {
  assert.deepEqual(splitBracketedSpans(['भारतीय', 'उद्योग', 'परिसंघ', '(', 'सीआईआई', ')'], ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG']), ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'O']);
  assert.equal(latinAcronym('सीआईआई'), 'CII');
  assert.equal(latinAcronym('एनसीएलटी'), 'NCLT');
  assert.equal(latinAcronym('डब्ल्यूएचओ'), 'WHO');
  assert.equal(latinAcronym('भारत'), null);
});
