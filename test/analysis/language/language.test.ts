import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../../../src/analysis/language/index.ts';

const whole = (t: string) => detectLanguage(t, [{ start: 0, end: t.length }]);

test('Hindi with English acronyms is Hindi', () => {
  const r = whole('प्रधानमंत्री ने कहा कि ISRO और DRDO के वैज्ञानिकों ने देश का नाम रोशन किया है और सरकार उनके साथ खड़ी है.');
  assert.equal(r.code, 'hi');
  assert.ok(r.confidence > 0.5);
});

test('Marathi, Nepali, Urdu and English are told apart', () => {
  assert.equal(whole('मुंबई महानगरपालिकेच्या निवडणुकीत शिवसेनेने मोठा विजय मिळवला आहे आणि आता सत्ता स्थापन करणार आहे').code, 'mr');
  assert.equal(whole('नेपालको राजधानी काठमाडौंमा आज ठूलो भूकम्प गएको छ र धेरै मानिसहरू घाइते भएका छन्').code, 'ne');
  assert.equal(whole('پاکستان اور روس نے ماسکو میں ایک معاہدے پر دستخط کیے ہیں').code, 'ur');
  assert.equal(whole('Pakistan and Russia signed a protocol in Moscow to restart the steel mill.').code, 'en');
});

test('no letters: undetermined with zero confidence', () => {
  assert.deepEqual(whole('12345 !!! ...'), { code: 'und', confidence: 0 });
});

test('Hindi function words decide only when no Marathi or Nepali word stands beside them', () => {
  // Plain Hindi (है, में, ने) needs no trigram model; the answer is the same either way.
  const hi = whole('सरकार ने संसद में नया विधेयक पेश किया है और विपक्ष ने इसका विरोध किया है.');
  assert.equal(hi.code, 'hi');
  assert.ok(hi.confidence >= 0.6, `confidence ${hi.confidence}`);
  // A Marathi paragraph that happens to hold words Hindi also writes still goes to the model.
  assert.equal(whole('सरकारने नवीन कायदा केले आहे आणि विरोधकांनी त्याला विरोध केला आहे, ते म्हणाले की हे चुकीचे आहे').code, 'mr');
  assert.equal(whole('सरकारले संसदमा नयाँ विधेयक पेश गरेको छ र विपक्षले विरोध गरेको छ').code, 'ne');
});
