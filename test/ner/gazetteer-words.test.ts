import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceFeatures } from '../../src/ner/features.ts';
import { gazetteerWords, parseGazetteerWords, soundsLikeCity } from '../../src/ner/gazetteer-words.ts';
import { wordClasses } from '../../src/ner/lexicon.ts';
import { nameLists } from '../../src/ner/names.ts';
import { KhabarError } from '../../src/errors.ts';

test('gazetteer classes mark countries, organisations, roles and large cities', () => {
  assert.ok(wordClasses().get('पाकिस्तान')?.includes('g_country'));
  assert.ok(wordClasses().get('राष्ट्र')?.includes('g_org_part'), 'a word of संयुक्त राष्ट्र');
  assert.ok(wordClasses().get('मंत्री')?.includes('g_role'));
  assert.ok(soundsLikeCity('कराची'), 'Karachi by phonetic key');
  assert.ok(!soundsLikeCity('बैठक'));
  const f = sentenceFeatures('फ़्रांस के राष्ट्रपति ने कराची में कहा'.split(' '));
  assert.ok(f[0].includes('c0=g_country'));
  assert.ok(f[4].includes('c0=g_city') || f[4].includes('c0=g_citykey'), f[4].join(' '));
});

test('name lists: a word needs to be a name in at least half of its uses', () => {
  const lists = nameLists([
    { words: ['सुरेश', 'पाठक', 'आए'], tags: ['B-PER', 'I-PER', 'O'] },
    { words: ['सुरेश', 'ने', 'कहा'], tags: ['B-PER', 'O', 'O'] },
    { words: ['कमल', 'खिला'], tags: ['O', 'O'] },
    { words: ['कमल', 'नाथ', 'आए'], tags: ['B-PER', 'I-PER', 'O'] },
    { words: ['कमल', 'का', 'फूल'], tags: ['O', 'O', 'O'] },
  ]);
  assert.ok(lists.get('n_per_first')?.has('सुरेश'));
  assert.ok(lists.get('n_per_last')?.has('पाठक'));
  assert.ok(!lists.get('n_per_first')?.has('कमल'), 'a name in one use of three');
});

test('the gazetteer word file is validated on load', () => {
  assert.ok(gazetteerWords().cityKeys.size > 100);
  const bad = (e: unknown): boolean => e instanceof KhabarError && e.code === 'KHABAR_ERR_BAD_DATA';
  assert.throws(() => parseGazetteerWords({ classes: { x_country: ['रूस'] }, cityKeys: [] }, 'x'), bad);
  assert.throws(() => parseGazetteerWords({ classes: { g_country: ['रूस', 'रूस'] }, cityKeys: [] }, 'x'), bad);
  assert.throws(() => parseGazetteerWords({ classes: {}, cityKeys: ['Msk'] }, 'x'), bad);
});
