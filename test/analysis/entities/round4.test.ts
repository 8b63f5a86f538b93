import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDoc } from '../../../src/analysis/doc.ts';
import { linkEntities } from '../../../src/analysis/entities/index.ts';
import { findMentions } from '../../../src/analysis/mentions/index.ts';

function entities(body: string) {
  const d = { ...emptyDoc(body, {}), body };
  d.mentions = findMentions(d);
  return linkEntities(d);
}

test('an organisation by its Hindi full name and its acronym is one entity', () => {
  const es = entities('फ़ेडरल ब्यूरो ऑफ़ इन्वेस्टिगेशन ने जांच शुरू की. बाद में एफबीआई ने बयान जारी किया.');
  const fbi = es.filter((e) => e.type === 'ORGANIZATION');
  assert.equal(fbi.length, 1);
  assert.equal(fbi[0].name, 'Federal Bureau of Investigation');
  assert.equal(fbi[0].country, 'US');
});

test('chemical weapons watchdog and Pakistani parties come from the gazetteer', () => {
  const es = entities('रासायनिक हथियार निषेध संगठन की बैठक हुई. जमात-ए-इस्लामी के नेता भी पहुंचे.');
  assert.ok(es.some((e) => e.name === 'Organisation for the Prohibition of Chemical Weapons'));
  assert.equal(es.find((e) => e.name === 'Jamaat-e-Islami')?.country, 'PK');
});

test('regions of Pakistan carry their country', () => {
  const es = entities('गिलगित-बाल्टिस्तान और उत्तरी वज़ीरिस्तान में बर्फ़ गिरी.');
  assert.equal(es.find((e) => e.name === 'Gilgit-Baltistan')?.country, 'PK');
  assert.equal(es.find((e) => e.name === 'North Waziristan')?.kind, 'region');
});

test('an office the article gives the main country for someone else goes to the next most named country', () => {
  const es = entities('घाना में भारतीय नाविक फंसे हैं. घाना की सरकार ने जांच की बात कही. विदेश मंत्री अरुण वर्मा ने घाना के विदेश मंत्री से बात की. भारत ने धन्यवाद दिया.');
  const p = es.find((e) => e.mentions.some((m) => m.text === 'अरुण वर्मा'));
  assert.deepEqual(p?.roles, ['विदेश मंत्री']);
  assert.equal(p?.country, 'IN');
});

test('names in apposition with नामक + demonym share it', () => {
  const es = entities('घाना की जेल से कप्तान राजेश कुमार और मोहन नामक भारतीय नाविकों को रिहा किया गया. घाना के अधिकारी ने बताया.');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'राजेश कुमार'))?.country, 'IN');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'मोहन'))?.country, 'IN');
});

test('an office in a body of no country takes no home country; a body named after a city lies in its country', () => {
  const es = entities('सीरिया में लड़ाई जारी है. संयुक्त राष्ट्र के महासचिव जॉन ग्रे ने सीरिया से अपील की. सीरिया सरकार चुप है. शिकागो अदालत के प्रवक्ता पीटर लैंग ने कहा.');
  const un = es.find((e) => e.mentions.some((m) => m.text === 'जॉन ग्रे'));
  assert.deepEqual(un?.roles, ['महासचिव']);
  assert.equal(un?.country, null);
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'पीटर लैंग'))?.country, 'US');
});

test('a president whose government the text names; another unstated president is not that country', () => {
  const es = entities('सीरिया पर हमले की धमकी दी गई. राष्ट्रपति करीम हद्दाद की सीरियाई सरकार ने इनकार किया. सीरिया में तनाव है. राष्ट्रपति पियरे मोरो ने कहा कि सबूत हैं.');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'करीम हद्दाद'))?.country, 'SY');
  assert.notEqual(es.find((e) => e.mentions.some((m) => m.text === 'पियरे मोरो'))?.country, 'SY');
});

test('numbers and lower-case Latin words are never names', () => {
  const es = entities('देश में 839 मामले हैं, देखें www.pakistan.gov.pk पर. पाकिस्तान ने कहा.');
  assert.ok(!es.some((e) => /^[\p{N}a-z.]+$/u.test(e.mentions[0].text)));
  assert.ok(es.some((e) => e.code === 'PK'));
});

test('demonyms beyond the big powers mark an affiliation (लेबनानी, सूडानी)', () => {
  const es = entities('लेबनानी सेना ने गोलीबारी की. सूडानी राजदूत उमर हसन ने निंदा की.');
  assert.equal(es.find((e) => e.type === 'ORGANIZATION')?.country, 'LB');
  assert.equal(es.find((e) => e.type === 'PERSON')?.country, 'SD');
});
