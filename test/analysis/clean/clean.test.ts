import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../../src/analysis/clean/index.ts';
import { normalizeText, matchKey } from '../../../src/analysis/clean/01-normalize.ts';

const ARTICLE = [
  'भारत और जापान ने रक्षा सहयोग पर किया करार, बढ़ेगी साझेदारी',
  '',
  'भारत और जापान ने सोमवार को टोक्यो में एक रक्षा समझौते पर हस्ताक्षर किए. दोनों देशों के रक्षा मंत्रियों ने बैठक की.',
  'रक्षा मंत्री ने क्या कहा?',
  'रक्षा मंत्री ने कहा, “यह समझौता हमारी दोस्ती को मजबूत करेगा.”',
  'ये भी पढ़ें: दिल्ली में बारिश से कई इलाकों में जलभराव',
  'Read More at www.example-news.in',
].join('\n');

test('title, sub-heading, related line and trailer', () => {
  const c = clean(ARTICLE);
  assert.equal(c.title, 'भारत और जापान ने रक्षा सहयोग पर किया करार, बढ़ेगी साझेदारी');
  assert.deepEqual(c.headings.map((h) => h.text), ['रक्षा मंत्री ने क्या कहा?']);
  for (const h of c.headings) assert.equal(c.body.slice(h.start, h.end), h.text);
  assert.deepEqual(c.related, [{ title: 'दिल्ली में बारिश से कई इलाकों में जलभराव', url: null }]);
  assert.equal(c.source?.site, 'example-news.in');
  assert.ok(!c.body.includes('Read More'));
  assert.ok(!c.body.includes('ये भी पढ़ें'));
  assert.deepEqual(c.removed.map((r) => r.reason).sort(), ['related', 'trailer']);
  assert.ok(c.titleSpan && c.body.slice(c.titleSpan.start, c.titleSpan.end) === c.title);
});

test('a first line that is a sentence is not a title', () => {
  const c = clean('इसराइल ने आठ जुलाई को अभियान शुरू किया था. इसका मक़सद हमले रोकना था.\nदूसरा पैराग्राफ़ है.');
  assert.equal(c.title, null);
  assert.equal(c.titleSpan, null);
});

test('the metadata title wins when the text has none', () => {
  const c = clean('पहला वाक्य है. दूसरा वाक्य है.', { title: 'एक शीर्षक', url: 'https://www.example.org/a/b' });
  assert.equal(c.title, 'एक शीर्षक');
  assert.equal(c.source?.site, 'example.org');
});

test('BBC-style share invitation split over lines and glued to the last sentence', () => {
  const raw = 'पहला वाक्य है. आखिरी वाक्य यहां है.(बीबीसी हिन्दी के \n\n\n\nएंड्रॉएड ऐप के लिए \n\nयहां क्लिक करें. आप हमें \n\nफ़ेसबुक और \n\nट्विटर पर भी फ़ॉलो कर सकते हैं.)';
  const c = clean(raw);
  assert.equal(c.body, 'पहला वाक्य है. आखिरी वाक्य यहां है.');
  assert.equal(c.removed[0].reason, 'share');
  assert.equal(c.source?.site, 'bbc.com/hindi');
});

test('inline related titles glued after a sentence end are lifted', () => {
  const c = clean('संघर्ष जारी रहा.पढ़िए- क्या भारत और नेपाल के रिश्ते बदलेंगे?दोनों पक्ष बातचीत कर रहे हैं.');
  assert.deepEqual(c.related.map((r) => r.title), ['क्या भारत और नेपाल के रिश्ते बदलेंगे?']);
  assert.equal(c.body, 'संघर्ष जारी रहा. दोनों पक्ष बातचीत कर रहे हैं.');
});

test('related title inside brackets ends at the bracket', () => {
  const c = clean('फ़िल्म हिट रही.(पढ़िए: नई फ़िल्म पर निर्देशक की राय)वो कहते हैं कि काम अच्छा था.');
  assert.deepEqual(c.related.map((r) => r.title), ['नई फ़िल्म पर निर्देशक की राय']);
  assert.ok(!c.body.includes('पढ़िए'));
});

test('NBSP and space variants are folded, controls dropped, zero-width joiners kept', () => {
  const n = normalizeText('पाकिस्\u200Dतान\u00A0और\u2009रूस\u0007  ने\r\nकहा');
  assert.equal(n.text, 'पाकिस्\u200Dतान और रूस ने\nकहा');
  assert.equal(n.controls, 1);
  assert.equal(matchKey('पाकिस्\u200Dतान'), 'पाकिस्तान');
});

test('NFC: decomposed nukta letters are composed canonically', () => {
  const decomposed = 'फ\u093Cेसबुक';
  assert.equal(clean(decomposed).body, decomposed.normalize('NFC'));
});

test('an empty or blank input gives an empty body', () => {
  const c = clean('   \n\n  ');
  assert.equal(c.body, '');
  assert.equal(c.title, null);
});

test('a line broken after a conjunction is joined with the next, not taken for a heading', () => {
  const c = clean('पहला पैराग्राफ़ यहां है.\n\nभारत और\n\nनेपाल ने सीमा पर बातचीत की.\n\nआखिरी पैराग्राफ़ है.');
  assert.equal(c.headings.length, 0);
  assert.ok(c.body.includes('भारत और नेपाल ने सीमा पर बातचीत की.'));
});

test('a bare video cue stays part of a glued link title', () => {
  const c = clean('लड़ाई जारी रही.देखिए सीमा पर तबाही की तस्वीरेंलगभग दो हफ़्ते बाद दोनों पक्ष बातचीत को तैयार हुए.');
  assert.deepEqual(c.related.map((r) => r.title), ['देखिए सीमा पर तबाही की तस्वीरें']);
  assert.ok(c.body.includes('लगभग दो हफ़्ते बाद'));
});

test('a cue-less run that ends like a headline (copula, then its subject) is lifted at a weak seam', () => {
  const headline = clean('सेना ने हमला जारी रखा.सीमा के गांवों में कैसे बीतती है ज़िंदगीपाकिस्तान ने सोमवार को बातचीत का प्रस्ताव रखा.');
  assert.deepEqual(headline.related.map((r) => r.title), ['सीमा के गांवों में कैसे बीतती है ज़िंदगी']);
  assert.ok(headline.body.includes('पाकिस्तान ने सोमवार को'));
  // The same seam after an ordinary noun phrase is too weak: the text stays in the body.
  const running = clean('सेना ने हमला जारी रखा.सीमा के गांवों में किसानों की ज़िंदगीपाकिस्तान ने सोमवार को बातचीत का प्रस्ताव रखा.');
  assert.deepEqual(running.related, []);
});

test('a word the article repeats makes an independent-vowel seam a glue point', () => {
  const glued = 'देखिए कैसे हालात हैं बरकरारइथियोपियाई सेना ने सीमा पर गश्त बढ़ाई.';
  const repeated = 'इथियोपियाई सरकार ने बयान दिया. इथियोपियाई मंत्री ने कहा कि बातचीत होगी. इथियोपियाई दल लौटा.';
  const alone = clean(`युद्ध जारी रहा.${glued}`);
  assert.deepEqual(alone.related, [], 'a rare right part is no word without the article');
  const withDoc = clean(`${repeated}\n\nयुद्ध जारी रहा.${glued}`);
  assert.deepEqual(withDoc.related.map((r) => r.title), ['देखिए कैसे हालात हैं बरकरार']);
});
