import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readUdDocuments, scoreBoundaries, UD_FILES } from '../../../src/eval/segment-ud.ts';

const shared = existsSync('../shared/data/ud-hindi');

test('UD Hindi PUD sentence-boundary F1 >= 0.97', { skip: shared ? false : '../shared absent: UD Hindi PUD not available' }, () => {
  const docs = readUdDocuments(readFileSync(UD_FILES.pud, 'utf8'));
  assert.ok(docs.length > 300, 'PUD has about 400 documents');
  const s = scoreBoundaries(docs);
  assert.ok(s.gold > 500);
  assert.ok(s.f1 >= 0.97, `F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)})`);
});

test('UD Hindi HDTB dev sentence-boundary F1 >= 0.97', { skip: shared ? false : '../shared absent: UD Hindi HDTB not available' }, () => {
  const s = scoreBoundaries(readUdDocuments(readFileSync(UD_FILES.hdtbDev, 'utf8')));
  assert.ok(s.f1 >= 0.97, `F1 ${s.f1.toFixed(4)}`);
});

test('the scorer counts inner boundaries exactly', () => {
  const conllu = '# newdoc id = d1\n# text = वे आए।\n1\tवे\n\n# text = डॉ. सिंह गए।\n1\tडॉ\n\n# text = अंत\n';
  const docs = readUdDocuments(conllu);
  assert.deepEqual(docs, [{ id: 'd1', text: 'वे आए। डॉ. सिंह गए। अंत', ends: [6, 19, 23] }]);
  const s = scoreBoundaries(docs);
  assert.deepEqual([s.gold, s.predicted, s.correct, s.f1], [2, 2, 2, 1]);
  const miss = scoreBoundaries([{ id: 'd', text: 'वे आए और गए। फिर', ends: [5, 12, 16] }]);
  assert.deepEqual([miss.gold, miss.predicted, miss.correct], [2, 1, 1]);
  assert.equal(miss.misses.length, 1);
});
