import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emissions, fastEmissions, tagWithModel, tagWithModelReference } from '../../src/ner/decode.ts';
import { sentenceFeatures, wordInfo, offsetFeatures } from '../../src/ner/features.ts';
import { loadModel } from '../../src/ner/model.ts';
import { normaliseWord, skeleton, wordShape } from '../../src/ner/normalise.ts';

const SENTENCES = [
  'रूस में पाकिस्तानी राजदूत ने मॉस्को में कहा कि PSM को फिर से चालू किया जाएगा ।',
  'डॉ. राजेंद्र प्रसाद भारत के पहले राष्ट्रपति थे ।',
  'क़ाबुल',
  '( SCO ) 2025 में',
  'भारतीय स्टेट बैंक और विदेश मंत्रालय ने मुंबई नगर निगम से कहा',
];

test('feature extraction is deterministic', () => {
  for (const s of SENTENCES) assert.deepEqual(sentenceFeatures(s.split(' ')), sentenceFeatures(s.split(' ')));
});

test('features see the title before a name and the postposition after it', () => {
  const f = sentenceFeatures('विदेश मंत्री सर्गेई लावरोव ने कहा'.split(' '));
  assert.ok(f[2].includes('c-1=title'), 'title class one word back');
  assert.ok(f[3].includes('title<=3'), 'title within three words');
  assert.ok(f[2].includes('ppn=ने@2') && f[3].includes('ppn=ने@1'), 'nearest postposition after the name');
  assert.ok(f[2].includes('s1=ई'), 'suffix');
});

test('features see an organisation head word ahead of a name word, but not past a postposition', () => {
  const f = sentenceFeatures('राष्ट्रीय जनता पार्टी के नेता ने संगठन बनाया'.split(' '));
  assert.ok(f[0].includes('hd@2=org_word') && f[1].includes('hd@1=org_word'), 'head two and one words ahead');
  assert.ok(f[0].includes('hd=org_word|पार्टी'), 'the head word itself');
  assert.ok(!f[2].some((x) => x.startsWith('hd')), 'के stops the look-ahead before संगठन');
  const m = sentenceFeatures('वह मुंबई नगर निगम गया'.split(' '));
  assert.ok(m[1].includes('hd@1=loc_word') && m[1].includes('hd@2=org_word'), 'place and organisation heads');
});

test('offset features of a word depend only on that word', () => {
  const out: string[] = [];
  offsetFeatures(wordInfo('PSM'), 0, out);
  assert.ok(out.includes('acronym') && out.includes('w=psm') && out.includes('sh=A'));
});

test('the cached fast path gives exactly the reference scores', () => {
  const model = loadModel();
  for (const s of SENTENCES) {
    const words = s.split(' ');
    assert.deepEqual(Array.from(fastEmissions(words, model)), Array.from(emissions(sentenceFeatures(words), model)));
    assert.deepEqual(tagWithModel(words, model), tagWithModelReference(words, model));
  }
});

test('normalisation folds nukta, ZWJ/ZWNJ, chandrabindu, ॉ, digits and Latin case', () => {
  assert.equal(normaliseWord('फ़्रांस'), normaliseWord('फ्रांस'));
  assert.equal(normaliseWord('क\u200Dष'), 'कष');
  assert.equal(normaliseWord('गाँव'), 'गांव');
  assert.equal(normaliseWord('डॉक्टर'), 'डाक्टर');
  assert.equal(normaliseWord('२०२५'), '2025');
  assert.equal(normaliseWord('NATO'), 'nato');
  assert.equal(skeleton('अमरीका'), skeleton('अमेरिका'));
  assert.equal(wordShape('Covid-19'), 'Aa.9');
});
