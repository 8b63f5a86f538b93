import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreArticle } from '../../../src/eval/score/article.ts';
import { totals } from '../../../src/eval/score/totals.ts';
import { analysis, entity, gold } from '../fixtures.ts';

test('totals sum counts over articles (micro-average), not per-article rates', () => {
  const b1 = 'नेपाल और भारत.';
  const a1 = scoreArticle(
    gold({ entities: [{ type: 'LOCATION', mentions: ['नेपाल'] }], boilerplate: ['पढ़ें'] }),
    analysis(b1, { entities: [entity(b1, 'e1', 'LOCATION', ['नेपाल']), entity(b1, 'e2', 'LOCATION', ['भारत'])] }),
  );
  const b2 = 'कोई नाम नहीं.';
  const a2 = scoreArticle(
    gold({ title: 'शीर्षक', source: 'example.com', entities: ['क', 'ख', 'ग'].map((m) => ({ type: 'PERSON', mentions: [m] })), boilerplate: ['नाम', 'xyz', 'abc'] }),
    analysis(b2),
  );
  const t = totals([a1, a2]);
  assert.deepEqual([t.entities.tp, t.entities.fp, t.entities.fn], [1, 1, 3]);
  assert.equal(t.entities.precision, 0.5);
  assert.equal(t.entities.recall, 0.25);
  assert.equal(t.entities.f1, 2 / (2 + 1 + 3));
  assert.deepEqual([t.boilerplate.right, t.boilerplate.total], [3, 4]);
  assert.deepEqual([t.title.right, t.title.total], [1, 2]);
  assert.deepEqual([t.source.right, t.source.total], [0, 1]); // only the article whose gold names a source
  assert.equal(t.events.f1, null); // nothing expected, nothing output
  assert.equal(t.dates.valueAccuracy, null);
});
