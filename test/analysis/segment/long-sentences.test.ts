import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_SENTENCE } from '../../../src/analysis/segment/2-sentences.ts';
import { segment } from '../../../src/analysis/segment/index.ts';

function sentences(body: string): string[] {
  return segment({ body, titleSpan: null, headings: [] }).sentences.map((s) => body.slice(s.start, s.end));
}

describe('over-long sentences', () => {
  test('a line with no sentence end is cut at spaces into pieces of at most MAX_SENTENCE', () => {
    const body = 'रूस ने पाकिस्तान के साथ समझौता किया '.repeat(400).trim();
    const out = sentences(body);
    assert.ok(out.length >= Math.floor(body.length / MAX_SENTENCE), `${out.length} pieces`);
    for (const s of out) {
      assert.ok(s.length <= MAX_SENTENCE, `piece of ${s.length}`);
      assert.equal(s, s.trim());
    }
    // Cut at spaces: joined by one space, the pieces give back the line.
    assert.equal(out.join(' '), body);
  });

  test('a spaceless run is cut without splitting a surrogate pair or orphaning a combining sign', () => {
    const body = 'क्षि'.repeat(1000) + '😀'.repeat(1000);
    const out = segment({ body, titleSpan: null, headings: [] }).sentences;
    assert.ok(out.length > 1);
    for (const s of out) {
      assert.ok(s.end - s.start <= MAX_SENTENCE);
      const first = body.charCodeAt(s.start);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'no low surrogate opens a piece');
      assert.ok(!(first >= 0x093e && first <= 0x094d), 'no vowel sign or virama opens a piece');
    }
    assert.equal(out.map((s) => body.slice(s.start, s.end)).join(''), body);
  });

  test('news-length sentences are never cut', () => {
    const s = `${'भारत और पाकिस्तान के विदेश मंत्रियों ने दिल्ली में मुलाक़ात की और कई मुद्दों पर बात की, '.repeat(9)}फिर लौट गए।`;
    assert.ok(s.length < MAX_SENTENCE && s.length > 700);
    assert.deepEqual(sentences(s), [s]);
  });
});
