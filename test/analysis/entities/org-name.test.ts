import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyDoc } from '../../../src/analysis/doc.ts';
import { linkEntities } from '../../../src/analysis/entities/index.ts';
import { orgName } from '../../../src/analysis/entities/org-name.ts';
import { findMentions } from '../../../src/analysis/mentions/index.ts';
import { orgWords } from '../../../src/gazetteer/org-words.ts';

test('organisation names read in English: heads, loanwords, demonyms, places, acronyms', () => {
  assert.equal(orgName('नेपाली दूतावास'), 'Nepali Embassy');
  assert.equal(orgName('ईरानी वायु सेना'), 'Iranian Air Force');
  assert.equal(orgName('बांग्लादेश स्टील मिल'), 'Bangladesh Steel Mill');
  assert.equal(orgName('ग्लोबल इंजीनियरिंग LLC'), 'Global Engineering LLC');
  assert.equal(orgName('रक्षा मंत्रालय'), 'Defence Ministry');
  assert.equal(orgName('सीएनएन न्यूज़'), 'CNN News');
});

test('a name with no known word is romanised as before', () => {
  assert.equal(orgName('हमास'), 'Hamas');
});

test('the entities stage names an unknown organisation in English', () => {
  const body = 'ढाका में ईरानी दूतावास के बाहर प्रदर्शन हुआ.';
  const d = { ...emptyDoc(body, {}), body };
  d.mentions = findMentions(d);
  const org = linkEntities(d).find((e) => e.type === 'ORGANIZATION');
  assert.equal(org?.name, 'Iranian Embassy');
  assert.equal(org?.country, 'IR');
});

test('org-words.json loads: NFC keys, English for each', () => {
  const { words } = orgWords();
  assert.ok(words.size > 50);
  for (const [k, v] of words) {
    assert.equal(k, k.normalize('NFC'));
    assert.ok(v.trim().length > 0);
  }
  assert.equal(words.get('वायु सेना'), 'Air Force');
});
