import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseClusters, wordClusters } from '../../src/ner/clusters.ts';
import { parseLexicon, wordClasses } from '../../src/ner/lexicon.ts';
import { loadModel, modelFromDocument, MODEL_FORMAT } from '../../src/ner/model.ts';
import { LABELS } from '../../src/ner/labels.ts';
import { scoreConll } from '../../src/eval/ner-conll.ts';
import { readIlNer } from '../../src/ner/ilner.ts';

test('the committed data files load and validate', () => {
  assert.ok(loadModel().index.size > 10_000);
  assert.ok(wordClusters().size > 1000);
  assert.deepEqual(wordClasses().get('ने'), ['postposition']);
  assert.ok(wordClasses().get('मंत्री')?.includes('title'));
});

test('bad data files are rejected', () => {
  assert.throws(() => parseLexicon({ classes: { title: ['मंत्री', 'मंत्री'] } }, 'x'), /twice/);
  assert.throws(() => parseLexicon({ classes: { Title: ['x'] } }, 'x'), /lowercase/);
  assert.throws(() => parseClusters('रूस\t1\n', 'x'), /word<TAB>fine<TAB>coarse/);
  const ok = { format: MODEL_FORMAT, labels: [...LABELS], meta: {}, transitions: new Array(56).fill(0), features: [] as [string, ...number[]][] };
  assert.equal(modelFromDocument(ok, 'x').index.size, 0);
  assert.throws(() => modelFromDocument({ ...ok, transitions: [1] }, 'x'), /transitions/);
  assert.throws(() => modelFromDocument({ ...ok, features: [['b', 1, 2]] }, 'x'), /malformed/);
});

const SHARED = fileURLToPath(new URL('../../../shared/data/il-ner', import.meta.url));

test('IL-NER dev: the committed model stays above a floor', { skip: !existsSync(SHARED) && 'needs ../shared/data/il-ner (absent)' }, () => {
  const dev = readIlNer('dev');
  assert.ok(dev && dev.length === 1389);
  const text = dev.map((s) => s.words.map((w, i) => `${w}\t${s.tags[i].replace('PER', 'NEP').replace('LOC', 'NEL').replace('ORG', 'NEO')}`).join('\n')).join('\n\n');
  const all = scoreConll(text).at(-1)!;
  assert.equal(all.type, 'ALL');
  assert.ok(all.f1 > 0.7, `dev F1 ${all.f1}`);
});
