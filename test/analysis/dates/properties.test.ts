import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { periodRange } from '../../../src/eval/period.ts';
import { datesOf } from './helpers.ts';

const PIECES = ['5', '१४', '2025', '11/07/2025', '2025-07-11', 'जुलाई', 'फ़रवरी', 'फरवरी', 'July', ',', ' ', '  ', '(', ')', '।',
  'शुक्रवार', 'को', 'कहा', 'कल', 'होगा', 'इस', 'पिछले', 'महीने', 'साल', 'की', 'शुरुआत', 'में', 'के', 'मध्य', 'सप्ताह',
  '\u200D', '\u200C', '\u093C', '\n', 'दिन', 'पहले', 'तीन', '31', '2,700', 'सन', 'वर्ष', '-', '/'];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(soup, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

test('offsets are in range, texts equal their slices, values are ISO periods, mentions do not overlap', () => {
  fc.assert(fc.property(anyText, fc.boolean(), (body, anchored) => {
    const layer = datesOf(body, anchored ? { anchorDate: '2020-02-29' } : {});
    let prevEnd = 0;
    for (const d of layer.dates) {
      assert.ok(d.start >= prevEnd && d.start < d.end && d.end <= body.length);
      assert.equal(d.text, body.slice(d.start, d.end));
      if (d.value !== null) assert.ok(periodRange(d.value), `not an ISO period: ${d.value}`);
      assert.ok(d.qualifier === null || ['early', 'mid', 'late'].includes(d.qualifier));
      prevEnd = d.end;
    }
    if (layer.anchorDate !== null) assert.ok(periodRange(layer.anchorDate));
  }), { seed: 20250711, numRuns: 400 });
});

test('a huge line with no dates runs in linear time', () => {
  const body = 'क'.repeat(200_000) + ' 1'.repeat(100_000) + ' के'.repeat(100_000);
  const t = performance.now();
  const layer = datesOf(body, { anchorDate: '2020-01-01' });
  assert.ok(performance.now() - t < 5000);
  assert.deepEqual(layer.dates, []);
});
