import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { segment } from '../../../src/analysis/segment/index.ts';
import type { Segmentation } from '../../../src/analysis/segment/index.ts';

function seg(body: string): Segmentation {
  return segment({ body, titleSpan: null, headings: [] });
}

/** Checks every offset invariant of a segmentation of `body`. */
function assertInvariants(body: string, s: Segmentation): void {
  let last = 0;
  for (const [i, t] of s.tokens.entries()) {
    assert.equal(t.text, body.slice(t.start, t.end), `token ${i} text`);
    assert.ok(t.start < t.end && t.start >= last, `token ${i} order`);
    const sent = s.sentences[t.sentence];
    assert.ok(sent && t.start >= sent.start && t.end <= sent.end, `token ${i} inside its sentence`);
    last = t.end;
  }
  let prev = 0;
  for (const x of [...s.sentences, ...s.paragraphs]) assert.ok(x.start < x.end && x.end <= body.length);
  for (const x of s.sentences) {
    assert.ok(x.start >= prev, 'sentences in order, not overlapping');
    prev = x.end;
  }
}

describe('tokens', () => {
  test('kinds: word, number, punct, symbol', () => {
    const body = 'कीमत ₹ 3.5 लाख, यानी 10.30 बजे १४ जुलाई 1,00,000 लोग!';
    const s = seg(body);
    assert.deepEqual(s.tokens.map((t) => `${t.text}/${t.kind}`), [
      'कीमत/word', '₹/symbol', '3.5/number', 'लाख/word', ',/punct', 'यानी/word', '10.30/number', 'बजे/word',
      '१४/number', 'जुलाई/word', '1,00,000/number', 'लोग/word', '!/punct',
    ]);
    assertInvariants(body, s);
  });

  test('Devanagari words with matras, virama, nukta, ZWJ and ZWNJ stay whole', () => {
    const words = ['क्षत्रिय', 'फ़िल्म', 'ज़्यादा', 'उन्होंने', 'क्‍या', 'र्‌द', 'प्रधानमंत्री', 'हिंदी'];
    const s = seg(words.join(' '));
    assert.deepEqual(s.tokens.map((t) => t.text), words);
  });

  test('tokens carry their sentence index and never cross sentences', () => {
    const body = 'वह नेता है.अमदीनेजाद आए। U.S. गए';
    const s = seg(body);
    assert.deepEqual(s.tokens.map((t) => `${t.text}:${t.sentence}`), ['वह:0', 'नेता:0', 'है:0', '.:0', 'अमदीनेजाद:1', 'आए:1', '।:1', 'U.S:2', '.:2', 'गए:2']);
    assertInvariants(body, s);
  });

  test('glued words are split into tokens; the body is unchanged', () => {
    const body = 'विदेश मंत्रीजॉन केरीने कहा कि शादी की तस्वीरेंलगभग दो साल पुरानी हैं.';
    const s = seg(body);
    const texts = s.tokens.map((t) => t.text);
    for (const w of ['मंत्री', 'जॉन', 'केरी', 'ने', 'तस्वीरें', 'लगभग']) assert.ok(texts.includes(w), w);
    assert.ok(!texts.includes('मंत्रीजॉन') && !texts.includes('केरीने'));
    assertInvariants(body, s);
  });

  test('frequent words and compounds are not split', () => {
    const body = 'राष्ट्रपति प्रधानमंत्री अमरीका पाकिस्तान उन्होंने सामने पहुँचने';
    assert.deepEqual(seg(body).tokens.map((t) => t.text), body.split(' '));
  });

  test('long and adversarial inputs stay fast', () => {
    const inputs = [
      ('कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसहकखगघचछजझट' + ' ').repeat(2000),
      'कखगघचछजझ'.repeat(400),
      'क' + '\u094D\u200D'.repeat(5000) + 'ष',
      'रूस ने पाकिस्तान के साथ समझौता किया '.repeat(20000),
      '.'.repeat(50000) + '।'.repeat(50000),
    ];
    for (const body of inputs) {
      const t0 = performance.now();
      const s = seg(body);
      assert.ok(performance.now() - t0 < 3000, `${body.length} chars took too long`);
      assert.ok(s.tokens.every((t) => t.end <= body.length));
    }
  });

  test('offsets hold on random text (fast-check)', () => {
    const alphabet = fc.constantFrom(...'कखगमनरसहािीुूेैोौंँः़्।॥?!.,"“”\'()- \n\u200c\u200dAbU.S0123456789०१२₹😀'.split(''), '😀', 'है.', 'डॉ.', 'मंत्रीजॉन');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (body) => {
      assertInvariants(body, seg(body));
    }), { seed: 42, numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (body) => {
      assertInvariants(body, seg(body));
    }), { seed: 7, numRuns: 300 });
  });
});
