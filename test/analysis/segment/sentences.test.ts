import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segment } from '../../../src/analysis/segment/index.ts';
import type { Span } from '../../../src/analysis/types.ts';

/** The sentences of `body` as strings. */
function sentences(body: string, headings: Span[] = [], titleSpan: Span | null = null): string[] {
  const h = headings.map((s) => ({ ...s, text: body.slice(s.start, s.end) }));
  return segment({ body, titleSpan, headings: h }).sentences.map((s) => body.slice(s.start, s.end));
}

describe('sentence boundaries', () => {
  test('danda, double danda, question and exclamation marks end sentences', () => {
    assert.deepEqual(sentences('वे कल आए। क्या वे रुकेंगे? हाँ! यह पद है॥ अंत'),
      ['वे कल आए।', 'क्या वे रुकेंगे?', 'हाँ!', 'यह पद है॥', 'अंत']);
  });

  test('a full stop ends a sentence (ABP and BBC style)', () => {
    assert.deepEqual(sentences('सरकार ने फ़ैसला लिया. विपक्ष ने विरोध किया.'), ['सरकार ने फ़ैसला लिया.', 'विपक्ष ने विरोध किया.']);
  });

  test('sentences glued without a space are split after the mark', () => {
    assert.deepEqual(sentences('वह नेता है.अमदीनेजाद भी वहीं थे'), ['वह नेता है.', 'अमदीनेजाद भी वहीं थे']);
    assert.deepEqual(sentences('क्या वे जीतेंगे?सईद ने कहा।'), ['क्या वे जीतेंगे?', 'सईद ने कहा।']);
    assert.deepEqual(sentences('बात ख़त्म हुई।फिर बारिश हुई।'), ['बात ख़त्म हुई।', 'फिर बारिश हुई।']);
  });

  test('abbreviations and initials do not end sentences', () => {
    assert.deepEqual(sentences('डॉ. ए.के. सिंह ने रु. 500 दिए। श्री. वर्मा भी आए।'), ['डॉ. ए.के. सिंह ने रु. 500 दिए।', 'श्री. वर्मा भी आए।']);
    assert.deepEqual(sentences('U.S. के अधिकारी Dr. Smith से मिले. फिर लौटे.'), ['U.S. के अधिकारी Dr. Smith से मिले.', 'फिर लौटे.']);
    assert.deepEqual(sentences('बी.बी.सी. संवाददाता ने बताया.'), ['बी.बी.सी. संवाददाता ने बताया.']);
  });

  test('decimals, times and web addresses keep their dots', () => {
    assert.deepEqual(sentences('दर 3.5 फ़ीसदी रही. बैठक सुबह 10.30 बजे हुई. खबर abplive.com पर है.'),
      ['दर 3.5 फ़ीसदी रही.', 'बैठक सुबह 10.30 बजे हुई.', 'खबर abplive.com पर है.']);
  });

  test('list numbers open their sentence; Latin-Devanagari web addresses stay whole', () => {
    assert.deepEqual(sentences('पहला नाटक अहम है.2. दूसरा नाटक नया है. 3. तीसरा'), ['पहला नाटक अहम है.', '2. दूसरा नाटक नया है.', '3. तीसरा']);
    assert.deepEqual(sentences('अब "www.हिंदीसाइट.com" लिखें.'), ['अब "www.हिंदीसाइट.com" लिखें.']);
  });

  test('a quote that closes after the full stop stays in the sentence', () => {
    assert.deepEqual(sentences('उन्होंने कहा, “हम बात करेंगे.” इसके बाद बैठक हुई.'), ['उन्होंने कहा, “हम बात करेंगे.”', 'इसके बाद बैठक हुई.']);
    assert.deepEqual(sentences('उसने पूछा, "क्यों?" फिर चुप रहा।'), ['उसने पूछा, "क्यों?"', 'फिर चुप रहा।']);
  });

  test('an ellipsis ends a sentence only before a new word after a space', () => {
    assert.deepEqual(sentences('मैं नहीं जानता... वह चला गया।'), ['मैं नहीं जानता...', 'वह चला गया।']);
    assert.deepEqual(sentences('एक समूह...जो खुद आया।'), ['एक समूह...जो खुद आया।']);
  });

  test('a line break ends a sentence; blank lines separate paragraphs', () => {
    const body = 'पहली पंक्ति बिना विराम\nदूसरी पंक्ति।\n\n  तीसरी पंक्ति। चौथा वाक्य।  ';
    const s = segment({ body, titleSpan: null, headings: [] });
    assert.deepEqual(s.sentences.map((x) => body.slice(x.start, x.end)), ['पहली पंक्ति बिना विराम', 'दूसरी पंक्ति।', 'तीसरी पंक्ति।', 'चौथा वाक्य।']);
    assert.deepEqual(s.paragraphs.map((p) => body.slice(p.start, p.end)), ['पहली पंक्ति बिना विराम\nदूसरी पंक्ति।', 'तीसरी पंक्ति। चौथा वाक्य।']);
  });

  test('title and headings are single sentences marked heading', () => {
    const body = 'रूस और पाकिस्तान का समझौता\nसमझौते में क्या है? कौन जीता\nदोनों देशों ने करार किया। यह अहम है।';
    const title = { start: 0, end: body.indexOf('\n') };
    const hs = body.indexOf('समझौते');
    const heading = { start: hs, end: body.indexOf('\n', hs) };
    const s = segment({ body, titleSpan: title, headings: [{ ...heading, text: body.slice(heading.start, heading.end) }] });
    assert.deepEqual(s.sentences.map((x) => [body.slice(x.start, x.end), x.heading === true]), [
      ['रूस और पाकिस्तान का समझौता', true],
      ['समझौते में क्या है? कौन जीता', true],
      ['दोनों देशों ने करार किया।', false],
      ['यह अहम है।', false],
    ]);
  });

  test('empty and blank bodies give nothing', () => {
    assert.deepEqual(segment({ body: '', titleSpan: null, headings: [] }), { paragraphs: [], sentences: [], tokens: [] });
    assert.deepEqual(segment({ body: ' \n\n \t', titleSpan: null, headings: [] }), { paragraphs: [], sentences: [], tokens: [] });
  });
});
