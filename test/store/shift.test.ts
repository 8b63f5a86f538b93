import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analysis/pipeline.ts';
import { shiftAnalysis } from '../../src/store/shift.ts';

test('shifted offsets still index the new body: every text equals body.slice(start, end)', () => {
  const a = analyze('भारत और रूस के विदेश मंत्रियों ने 11 जुलाई 2025 को मॉस्को में बातचीत की। उन्होंने कहा, "हम साथ काम करेंगे।"', { anchorDate: '2025-07-12' });
  const prefix = 'नई दिल्ली, 12 जुलाई:\n\n';
  const b = { ...shiftAnalysis(a, prefix.length), body: prefix + a.body };
  assert.ok(a.entities.length > 0 && a.dates.length > 0, 'the sentence has entities and dates to move');
  for (const e of b.entities) for (const m of e.mentions) assert.equal(b.body.slice(m.start, m.end), m.text);
  for (const d of b.dates) assert.equal(b.body.slice(d.start, d.end), d.text);
  for (const q of b.quotes) assert.equal(b.body.slice(q.start, q.end), q.text);
  assert.equal(b.sentences[0].start, a.sentences[0].start + prefix.length);
  assert.deepEqual(b.events.map((e) => e.sentence), a.events.map((e) => e.sentence), 'sentence numbers are not offsets');
  assert.equal(a.sentences[0].start, 0, 'the original is untouched');
});
