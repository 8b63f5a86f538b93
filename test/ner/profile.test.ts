import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { namedCount, readIlNer } from '../../src/ner/ilner.ts';
import { wordClasses } from '../../src/ner/lexicon.ts';
import { corpusReading, countTags, isCommonRow, parseProfile, profileClasses, profileSentences, serialiseProfile, tagProfileClasses } from '../../src/ner/profile.ts';

test('corpus tag profile: counts, classes and the TSV round trip', () => {
  const sentences = [['राम', 'ने', 'कहा'], ['राम', 'आया', 'था'], ['श्याम', 'गया', 'था']];
  const tags = new Map([
    ['राम ने कहा', ['B-PER', 'O', 'O']],
    ['राम आया था', ['B-ORG', 'O', 'O']],
    ['श्याम गया था', ['B-PER', 'O', 'O']],
  ]);
  const counts = countTags(sentences, (words) => tags.get(words.join(' ')) as never);
  assert.deepEqual(counts.get('राम'), [2, 1, 0, 1]);
  assert.deepEqual(counts.get('था'), [2, 0, 0, 0]);
  const classes = profileClasses(counts);
  assert.deepEqual(classes.get('राम'), ['tp_per', 'tp_org']);
  assert.equal(classes.get('था'), undefined, 'never tagged: no class');
  assert.equal(classes.get('श्याम'), undefined, 'seen once: too few occurrences');
  const text = serialiseProfile(counts);
  assert.deepEqual([...parseProfile(text, 'x')], [['राम', [2, 1, 0, 1]]], 'only words with a class are kept');
});

test('corpus tag profile: common words are kept in the file without a class', () => {
  const counts = new Map([['लेकिन', [40, 1, 0, 0]], ['जंग', [7, 0, 0, 0]], ['राम', [4, 3, 0, 1]]]);
  assert.equal(isCommonRow(counts.get('लेकिन')!), true);
  assert.equal(isCommonRow(counts.get('जंग')!), false, 'too few occurrences to call it common');
  assert.equal(profileClasses(counts).get('लेकिन'), undefined);
  assert.deepEqual([...parseProfile(serialiseProfile(counts), 'x').keys()], ['राम', 'लेकिन']);
});

test('corpusReading: common, mostly a type, or nothing known', () => {
  assert.equal(corpusReading('लेकिन'), 'common');
  assert.equal(corpusReading('पुतिन'), 'PER');
  assert.equal(corpusReading('क़ख़ग़'), null);
});

test('corpus tag profile: malformed files are rejected', () => {
  assert.throws(() => parseProfile('राम\t2\t1\t0\n', 'x'), /word<TAB>occurrences/);
  assert.throws(() => parseProfile('राम\t2\t3\t0\t0\n', 'x'), /word<TAB>occurrences/, 'more tags than occurrences');
  assert.throws(() => parseProfile('राम\t2\t1\t0\t0\nराम\t2\t1\t0\t0\n', 'x'), /twice/);
});

test('profile sentences are cut at sentence ends and deduplicated', () => {
  const out = profileSentences([['रूस', 'ने', 'कहा', '।', 'वह', 'आया', 'था', '।'], ['रूस', 'ने', 'कहा', '।', 'हाँ']]);
  assert.deepEqual(out, [['रूस', 'ने', 'कहा', '।'], ['वह', 'आया', 'था', '।']]);
});

test('the committed profile loads and feeds the word classes', () => {
  const profile = tagProfileClasses();
  assert.ok(profile.size > 500, `profile has ${profile.size} words`);
  for (const [w, cs] of profile) {
    assert.equal(w, w.normalize('NFC'));
    for (const c of cs) assert.match(c, /^tp_(per|loc|org)(_some)?$/);
  }
  const [word, cs] = [...profile][0];
  for (const c of cs) assert.ok(wordClasses().get(word)?.includes(c));
});

test('namedCount finds where named sentences end, and keeps a file named throughout whole', () => {
  const tagged = { tags: ['B-PER', 'O'] };
  const untagged = { tags: ['O', 'O'] };
  const mixed = [...Array(30)].flatMap((_, i) => (i % 2 ? [tagged] : [untagged]));
  assert.equal(namedCount([...mixed, ...Array(40).fill(untagged)]), 30);
  assert.equal(namedCount(mixed), 30, 'no break: the whole file');
  assert.equal(namedCount([...mixed, ...[...Array(30)].map((_, i) => (i % 3 ? untagged : tagged))]), 60, 'a sparser but still tagged tail is kept');
  const namePoor = [...Array(100)].map((_, i) => (i % 20 ? untagged : tagged));
  assert.equal(namedCount([...mixed, ...namePoor]), 130, 'a tail with 5 % tagged sentences is name-poor, not entity-free');
  assert.equal(namedCount([]), 0);
});

const IL_NER = fileURLToPath(new URL('../../../shared/data/il-ner', import.meta.url));

test('IL-NER: each split is sorted by entity type and ends in an entity-free tail', { skip: !existsSync(IL_NER) && 'needs ../shared/data/il-ner (absent)' }, () => {
  for (const [split, size] of [['train', 11076], ['dev', 1389], ['test', 1388]] as const) {
    const data = readIlNer(split)!;
    assert.equal(data.length, size);
    const cut = namedCount(data);
    assert.ok(cut > size * 0.45 && cut < size * 0.55, `${split}: ${cut} of ${size}`);
    const tail = data.slice(cut).filter((s) => s.tags.some((t) => t !== 'O')).length;
    assert.ok(tail <= 10, `${split}: ${tail} tagged sentences after the break`);
    // Sorted: the sentences with a person come first, so nearly all of them lie in the first fifth.
    const withPerson = data.map((s, i) => (s.tags.includes('B-PER') ? i : -1)).filter((i) => i >= 0);
    const early = withPerson.filter((i) => i < size * 0.2).length;
    assert.ok(early >= withPerson.length * 0.97, `${split}: ${early} of ${withPerson.length} sentences with a person in the first fifth`);
  }
});
