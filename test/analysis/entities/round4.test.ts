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
