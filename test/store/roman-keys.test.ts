import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../src/store/query.ts';
import { romanPhrases, romanToken } from '../../src/store/roman-keys.ts';
import { consonantKey, phoneticKey, vowelClass } from '../../src/store/romanize-adapter.ts';
import { romanColumn } from '../../src/store/search-text.ts';
import { toFts5 } from '../../src/store/sqlite/fts-query.ts';

const matches = (latin: string, hindi: string) => romanToken(latin) !== '' && romanToken(latin) === romanToken(hindi);

test('Latin names find their Hindi spellings through the romanised token', () => {
  const pairs = [['Moscow', 'मॉस्को'], ['Corona', 'कोरोना'], ['Biden', 'बाइडन'], ['Kiran', 'किरण'], ['Delhi', 'दिल्ली'], ['Haryana', 'हरियाणा'],
    ['Iran', 'ईरान'], ['Modi', 'मोदी'], ['Putin', 'पुतिन'], ['Nepal', 'नेपाल'], ['China', 'चीन'], ['China', 'चाइना'], ['Obama', 'ओबामा'],
    ['Tokyo', 'टोक्यो'], ['Kerala', 'केरल'], ['Paris', 'पेरिस'], ['BJP', 'बीजेपी'], ['Syria', 'सीरिया'], ['Dubai', 'दुबई'], ['Gaza', 'ग़ाज़ा'],
    ['Japan', 'जापान'], ['London', 'लंदन'], ['Trump', 'ट्रंप'], ['Pakistan', 'पाकिस्तान'], ['Johnson', 'जॉनसन'], ['Yemen', 'यमन']];
  for (const [l, h] of pairs) assert.ok(matches(l, h), `${l} → ${h} (${romanToken(l)} vs ${romanToken(h)})`);
});

test('short keys no longer match words whose first vowel differs in roundness', () => {
  for (const [l, h] of [['Corona', 'किरण'], ['Corona', 'करने'], ['Corona', 'कारण'], ['Modi', 'मदद'], ['Moscow', 'मास्क'], ['Delhi', 'डोल']]) {
    assert.equal(consonantKey(l), consonantKey(h), `${l}/${h} share a skeleton`);
    assert.ok(!matches(l, h), `${l} must not match ${h}`);
  }
});

test('short tokens carry a vowel letter, long keys stay bare', () => {
  assert.deepEqual([vowelClass('कोरोना'), vowelClass('Corona'), vowelClass('किरण'), vowelClass('ट्रंप'), vowelClass('हुआ')], ['u', 'u', 'a', 'a', 'a']);
  assert.equal(phoneticKey('कोरोना'), 'krnu');
  assert.equal(phoneticKey('किरण'), 'krna');
  assert.equal(phoneticKey('पाकिस्तान'), 'pkstn');
  assert.equal(romanToken('है'), '');
  assert.equal(romanColumn('मॉस्को में कोरोना'), 'msku krnu');
});

test('queries render the same tokens the index holds', () => {
  assert.deepEqual(romanPhrases(['vladimir', 'putin']), [['vldmr', 'ptnu']]);
  assert.deepEqual(romanPhrases(['x1!']), []);
  assert.equal(toFts5(parseQuery('Moscow')), '({title body} : "moscow" OR roman : "msku")');
  assert.equal(toFts5(parseQuery('मॉस्को')), '{title body} : "मास्को"');
});
