import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/pipeline.ts';
import type { Analysis } from '../../src/analysis/types.ts';

/** Every invariant of the output contract that must hold whatever the input. */
function checkInvariants(a: Analysis): void {
  assert.equal(a.schema, 'khabar.analysis/1');
  const n = a.body.length;
  const inRange = (s: { start: number; end: number }) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= n, `span ${s.start}-${s.end} within 0-${n}`);
  };
  const withText = (s: { start: number; end: number; text: string }) => {
    inRange(s);
    assert.equal(a.body.slice(s.start, s.end), s.text);
  };
  a.headings.forEach(withText);
  a.sentences.forEach(inRange);
  for (const e of a.entities) e.mentions.forEach(withText);
  a.dates.forEach(withText);
  a.quotes.forEach(withText);
  for (const e of a.events) {
    e.evidence.forEach(inRange);
    assert.ok(e.sentence >= 0 && e.sentence < Math.max(1, a.sentences.length));
  }
  JSON.parse(JSON.stringify(a));
}

const DEVANAGARI = fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c));
const MARKS = fc.constantFrom('\u093C', '\u094D', '\u0902', '\u0901', '\u200D', '\u200C', '\u0300', '\u0951');
const PIECES = fc.constantFrom(
  'रूस', 'ने', 'पाकिस्तान', 'के साथ', 'समझौते पर दस्तखत किए', '।', '.', '?', '“', '”', '"', '‘', "'", '(', ')',
  '\n', '\n\n', ' ', '\u00A0', '11 जुलाई, 2025', '१४ जुलाई २०२५', 'कल', 'शुक्रवार को', 'डॉ.', 'ए.के.', 'U.S.', '3.5',
  'यह भी पढ़ें:', 'Read More at www.x.com', '(बीबीसी हिन्दी के', 'फ़ॉलो कर सकते हैं.)', 'ने कहा,', 'PSM', '\u0000', '\u0007', '\uFFFD',
);
const soup = fc.array(fc.oneof(PIECES, DEVANAGARI, MARKS, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((xs) => xs.join(''));

test('analyze never throws and keeps every offset invariant on Devanagari soup', () => {
  fc.assert(fc.property(soup, (text) => checkInvariants(analyze(text))), { seed: 20251127, numRuns: 300 });
});

test('analyze never throws on random full Unicode strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkInvariants(analyze(text))), { seed: 7, numRuns: 300 });
});

test('analyze survives combining-mark storms, control characters and a huge line', () => {
  checkInvariants(analyze('क' + '\u094D\u200D'.repeat(5000) + 'ष'));
  checkInvariants(analyze('\u0000\u0001\u0002\u001F\u007F\u0085\u2028\u2029'.repeat(100)));
  checkInvariants(analyze('रूस ने पाकिस्तान के साथ समझौता किया '.repeat(20000)));
  checkInvariants(analyze(''));
});
