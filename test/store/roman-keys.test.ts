import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../src/store/query.ts';
import { latinTokenAlternatives, MAX_ROMAN_PHRASES, romanPhrases, romanToken } from '../../src/store/roman-keys.ts';
import { romanColumn } from '../../src/store/search-text.ts';
import { toFts5 } from '../../src/store/sqlite/fts-query.ts';

const matches = (latin: string, hindi: string) => latinTokenAlternatives(latin).includes(romanToken(hindi));

test('Latin names find their Hindi spellings through the romanised token', () => {
  const pairs = [['Moscow', 'मॉस्को'], ['Corona', 'कोरोना'], ['Biden', 'बाइडन'], ['Kiran', 'किरण'], ['Delhi', 'दिल्ली'], ['Haryana', 'हरियाणा'],
    ['Iran', 'ईरान'], ['Modi', 'मोदी'], ['Putin', 'पुतिन'], ['Nepal', 'नेपाल'], ['China', 'चीन'], ['Obama', 'ओबामा'], ['Tokyo', 'टोक्यो'],
    ['Kerala', 'केरल'], ['Paris', 'पेरिस'], ['BJP', 'बीजेपी'], ['Syria', 'सीरिया'], ['Dubai', 'दुबई'], ['Gaza', 'ग़ाज़ा'], ['Japan', 'जापान'],
    ['London', 'लंदन'], ['Trump', 'ट्रंप'], ['Pakistan', 'पाकिस्तान'], ['Johnson', 'जॉनसन']];
  for (const [l, h] of pairs) assert.ok(matches(l, h), `${l} → ${h} (${latinTokenAlternatives(l)} vs ${romanToken(h)})`);
});

test('short keys no longer match words whose first vowel the Latin spelling rules out', () => {
  for (const [l, h] of [['Corona', 'किरण'], ['Corona', 'करने'], ['Corona', 'कारण'], ['Modi', 'मदद'], ['Delhi', 'दल'], ['Moscow', 'मास्क']]) {
    assert.ok(!matches(l, h), `${l} must not match ${h}`);
  }
});

test('short tokens carry a vowel letter, long keys stay bare, tokens never collide with bare keys', () => {
  assert.equal(romanToken('कोरोना'), 'krnu');
  assert.equal(romanToken('किरण'), 'krni');
  assert.equal(romanToken('पाकिस्तान'), 'pkstn');
  assert.equal(romanToken('है'), '');
  assert.deepEqual(latinTokenAlternatives('Corona'), ['krnu', 'krno']);
  assert.deepEqual(latinTokenAlternatives('ha'), []);
  assert.equal(romanColumn('मॉस्को में कोरोना'), 'msko krnu');
});

test('phrases expand to every allowed token sequence, and give up past the bound', () => {
  assert.deepEqual(romanPhrases(['vladimir', 'putin']), [['vldmr', 'ptnu'], ['vldmr', 'ptno']]);
  assert.deepEqual(romanPhrases(['bjp', 'bjp', 'bjp']).length, 0, `5^3 > ${MAX_ROMAN_PHRASES}`);
  assert.equal(toFts5(parseQuery('Moscow')), '({title body} : "moscow" OR roman : "msku" OR roman : "msko")');
  assert.equal(toFts5(parseQuery('मॉस्को')), '{title body} : "मास्को"');
});
