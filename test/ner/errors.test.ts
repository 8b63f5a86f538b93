import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanErrors } from '../../src/ner/errors.ts';
import { SpanScorer } from '../../src/ner/spans.ts';
import { readIlNer } from '../../src/ner/ilner.ts';
import { tagWords } from '../../src/ner/index.ts';

test('span errors: one category per wrong gold span, spurious predictions apart', () => {
  const gold = ['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-LOC', 'O', 'O', 'B-LOC'];
  const pred = ['B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'B-PER', 'O', 'B-LOC'];
  assert.deepEqual(spanErrors(gold, pred).map((e) => e.category), ['boundary PER', 'type ORG->LOC', 'miss LOC', 'spurious PER']);
  assert.deepEqual(spanErrors(['B-ORG', 'I-ORG', 'I-ORG'], ['O', 'B-LOC', 'I-LOC']).map((e) => e.category), ['boundary+type ORG->LOC']);
  assert.deepEqual(spanErrors(['B-PER', 'O'], ['B-PER', 'O']), []);
});

test('on IL-NER dev, missed gold spans and spurious predictions add up to the scorer counts', (t) => {
  const dev = readIlNer('dev');
  if (!dev) return t.skip('../shared/data/il-ner absent');
  const scorer = new SpanScorer();
  let wrongGold = 0;
  let spuriousOrOverlapping = 0;
  for (const s of dev.slice(0, 400)) {
    const pred = tagWords(s.words);
    scorer.add(s.tags, pred);
    const errors = spanErrors(s.tags, pred);
    wrongGold += errors.filter((e) => e.gold).length;
    spuriousOrOverlapping += errors.filter((e) => !e.gold).length;
  }
  const all = scorer.scores().at(-1)!;
  assert.equal(wrongGold, all.gold - all.correct);
  assert.ok(spuriousOrOverlapping <= all.predicted - all.correct);
});
