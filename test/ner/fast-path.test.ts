import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emissions, fastEmissions, tagWithConfidence } from '../../src/ner/decode.ts';
import { sentenceFeatures } from '../../src/ner/features.ts';
import { readIlNer } from '../../src/ner/ilner.ts';
import { loadModel } from '../../src/ner/model.ts';
import { decodeWithMarginals, maxMarginals, tagConfidence, viterbi } from '../../src/ner/viterbi.ts';

// Sentences written for this test: postpositions at every distance, titles near names, edges.
const OWN = [
  'ने',
  'विदेश मंत्री सर्गेई लावरोव ने मॉस्को में कहा',
  'प्रधानमंत्री श्री नरेंद्र दामोदरदास मोदी जी से मिलने के लिए',
  'ISRO और NASA के बीच ( 2025 ) में समझौता हुआ ।',
  'क़ाबुल से काबुल तक , तालिबान के साथ',
  // Words holding '|' (the separator inside pair feature names) take the string path.
  'भारत|पाक सीमा पर रूस|ने | कहा || के',
];

function sentences(): string[][] {
  const il = [...(readIlNer('dev') ?? [])].map((s) => s.words);
  return [...OWN.map((s) => s.split(' ')), ...il];
}

test('the fast path gives exactly the reference scores, on a cold and on a warm cache', (t) => {
  const model = loadModel();
  const all = sentences();
  if (all.length === OWN.length) t.diagnostic('../shared/ilner absent: own sentences only');
  for (let pass = 0; pass < 2; pass++) {
    for (const words of all) {
      const fast = fastEmissions(words, model);
      const ref = emissions(sentenceFeatures(words), model);
      assert.deepEqual(Array.from(fast), Array.from(ref), words.join(' '));
    }
  }
});

test('decodeWithMarginals gives the Viterbi path and the max-marginals of the separate passes', () => {
  const model = loadModel();
  for (const words of sentences()) {
    const emit = fastEmissions(words, model);
    const { path, marginals } = decodeWithMarginals(emit, words.length, model.transitions);
    assert.deepEqual(Array.from(path), Array.from(viterbi(emit, words.length, model.transitions)));
    assert.deepEqual(Array.from(marginals), Array.from(maxMarginals(emit, words.length, model.transitions)));
  }
  const tagged = tagWithConfidence(OWN[1].split(' '), model);
  assert.equal(tagged.tags.length, OWN[1].split(' ').length);
  assert.ok(tagged.confidences.every((c) => c > 0 && c <= 1));
  assert.equal(decodeWithMarginals(new Float64Array(0), 0, model.transitions).path.length, 0);
  assert.ok(tagConfidence(Float64Array.from([10, 0, 0, 0, 0, 0, 0]), 0, 0, 1) > 0.99);
});
