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

test('surname-only mention joins the one full name that holds it', () => {
  const es = entities('नेपाल के विदेश मंत्री रमेश कुमार थापा ने भारत का दौरा किया. थापा ने कहा कि रिश्ते अच्छे हैं.');
  const p = es.find((e) => e.type === 'PERSON');
  assert.deepEqual(p?.mentions.map((m) => m.text), ['रमेश कुमार थापा', 'थापा']);
  assert.equal(p?.name, 'Ramesh Kumar Thapa');
  assert.deepEqual(p?.roles, ['विदेश मंत्री']);
  assert.equal(p?.country, 'NP');
});

test('an ambiguous surname is not forced onto either full name', () => {
  const es = entities('गृह मंत्री अजय सिंह और वित्त मंत्री विजय सिंह मिले. बाद में सिंह ने कहा.');
  const ajay = es.find((e) => e.mentions.some((m) => m.text === 'अजय सिंह'));
  assert.equal(ajay?.mentions.length, 1);
});

test('acronym and expansion are one entity', () => {
  const es = entities('गोरखा स्टील मिल (GSM) बंद है. GSM के कर्मचारी नाराज़ हैं.');
  const org = es.find((e) => e.type === 'ORGANIZATION');
  assert.deepEqual(org?.mentions.map((m) => m.text), ['गोरखा स्टील मिल', 'GSM', 'GSM']);
});

test('demonym-qualified organisation and demonym next to the role win over the place of posting', () => {
  const es = entities('जापान में नेपाली दूतावास खुला. जापान में नेपाली राजदूत सुनील प्रधान मौजूद थे.');
  const emb = es.find((e) => e.type === 'ORGANIZATION');
  assert.equal(emb?.country, 'NP');
  const amb = es.find((e) => e.type === 'PERSON');
  assert.equal(amb?.country, 'NP');
  assert.deepEqual(amb?.roles, ['राजदूत']);
});

test('की ओर से gives the affiliation; countries get codes, cities their country', () => {
  const es = entities('बैठक कराची में हुई, जहां ईरान की ओर से उप मंत्री रज़ा तेहरानी और भारत की ओर से सचिव अनिल वर्मा ने दस्तखत किए.');
  const reza = es.find((e) => e.mentions.some((m) => m.text === 'रज़ा तेहरानी'));
  const anil = es.find((e) => e.mentions.some((m) => m.text === 'अनिल वर्मा'));
  assert.equal(reza?.country, 'IR');
  assert.deepEqual(reza?.roles, ['उप मंत्री']);
  assert.equal(anil?.country, 'IN');
  const karachi = es.find((e) => e.name === 'Karachi');
  assert.equal(karachi?.kind, 'city');
  assert.equal(karachi?.country, 'PK');
  const iran = es.find((e) => e.code === 'IR');
  assert.equal(iran?.kind, 'country');
  assert.deepEqual(es.map((e) => e.id), es.map((_, i) => `e${i + 1}`));
});

test('a chain of roles: <country> के प्रधानमंत्री के विशेष सचिव', () => {
  const es = entities('श्रीलंका के प्रधानमंत्री के विशेष सचिव नुवान परेरा ने बात की.');
  const p = es.find((e) => e.type === 'PERSON');
  assert.equal(p?.country, 'LK');
  assert.deepEqual(p?.roles, ['विशेष सचिव']);
});

test('gazetteer organisations carry their country; a compass form does not split a country', () => {
  const es = entities('लश्कर-ए-तैबा और हमास पर प्रतिबंध लगे. दक्षिणी सूडान के राष्ट्रपति जेम्स कोल ने कहा.');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'लश्कर-ए-तैबा'))?.country, 'PK');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'हमास'))?.country, 'PS');
  assert.equal(es.find((e) => e.mentions.some((m) => m.text === 'दक्षिणी सूडान'))?.code, 'SS');
  assert.equal(es.find((e) => e.type === 'PERSON')?.country, 'SS');
  assert.ok(!es.some((e) => e.code === 'SD'));
});

test('an acronym the tagger found on its own in brackets still abbreviates the name before it', () => {
  const es = entities('नेपाल विद्युत प्राधिकरण (NEA) ने दरें बढ़ाईं. NEA के अधिकारी चुप हैं.');
  const org = es.find((e) => e.mentions.some((m) => m.text === 'NEA'));
  assert.ok(org, 'NEA is a mention');
  assert.equal(org.type, 'ORGANIZATION');
  assert.ok(org.mentions.length >= 2, `NEA mentions: ${org.mentions.map((m) => m.text).join(', ')}`);
  assert.ok(org.mentions.some((m) => m.text.includes('प्राधिकरण')), `the expansion joins the acronym: ${org.mentions.map((m) => m.text).join(', ')}`);
});
