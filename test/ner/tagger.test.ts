import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagWords, tagWordsWithConfidence, bioToSpans } from '../../src/ner/index.ts';
import { allowedTransition } from '../../src/ner/labels.ts';

/** The spans of a sentence as `type:text` strings. */
function spans(sentence: string): string[] {
  const words = sentence.split(' ');
  return bioToSpans(tagWords(words)).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

test('a minister named after his office is a person; his country is a place', () => {
  const found = spans('रूस के विदेश मंत्री सर्गेई लावरोव ने कहा कि दोनों देश मिलकर काम करेंगे ।');
  assert.ok(found.includes('PER:सर्गेई लावरोव'), found.join(', '));
  assert.ok(found.includes('LOC:रूस'), found.join(', '));
});

test('a country before ने is a place', () => {
  const found = spans('पाकिस्तान ने भारत के साथ बातचीत का नया प्रस्ताव रखा ।');
  assert.deepEqual(found, ['LOC:पाकिस्तान', 'LOC:भारत']);
});

test('a president after राष्ट्रपति, a city before में', () => {
  const found = spans('राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में चीनी राजदूत से मुलाकात की ।');
  assert.ok(found.includes('PER:व्लादिमीर पुतिन'), found.join(', '));
  assert.ok(found.includes('LOC:मॉस्को'), found.join(', '));
});

test('a multi-word organisation, and a bracketed Latin acronym as a span of its own', () => {
  assert.ok(spans('विश्व स्वास्थ्य संगठन ने चेतावनी जारी की है ।').includes('ORG:विश्व स्वास्थ्य संगठन'));
  const found = spans('शंघाई सहयोग संगठन ( SCO ) की अगली बैठक अगले महीने होगी ।');
  assert.ok(found.includes('ORG:शंघाई सहयोग संगठन'), found.join(', '));
  assert.ok(found.includes('ORG:SCO'), found.join(', '));
});

test('tags are BIO-valid, one per word, and the empty sentence gives no tags', () => {
  const words = 'कल दिल्ली में प्रधानमंत्री नरेंद्र मोदी और जापान के राजदूत मिले , फिर संयुक्त राष्ट्र की बैठक हुई ।'.split(' ');
  const tags = tagWords(words);
  assert.equal(tags.length, words.length);
  tags.forEach((t, i) => assert.ok(allowedTransition(i === 0 ? null : tags[i - 1], t), `${tags[i - 1]} → ${t} at ${i}`));
  assert.deepEqual(tagWords([]), []);
});

test('the same words give the same tags however often they are tagged (the word cache does not leak)', () => {
  const a = 'भारतीय रिज़र्व बैंक ने ब्याज दरों में कटौती की ।'.split(' ');
  const first = tagWords(a);
  tagWords('रिज़र्व बैंक रिज़र्व बैंक रिज़र्व'.split(' '));
  assert.deepEqual(tagWords(a), first);
});

test('confidences: one per word in 0–1, same tags as tagWords, an uncertain word below a sure one', () => {
  const words = 'पाकिस्तान ने कल रात ज़ोरबाक्स्तान के साथ समझौता किया ।'.split(' ');
  const { tags, confidences } = tagWordsWithConfidence(words);
  assert.deepEqual(tags, tagWords(words));
  assert.equal(confidences.length, words.length);
  for (const c of confidences) assert.ok(c > 0 && c <= 1, String(c));
  assert.ok(confidences[1] > 0.5, `ने is O more likely than not: ${confidences[1]}`);
  assert.ok(confidences[4] < confidences[1], `an invented place name is less sure: ${confidences[4]}`);
  assert.deepEqual(tagWordsWithConfidence([]), { tags: [], confidences: [] });
});
