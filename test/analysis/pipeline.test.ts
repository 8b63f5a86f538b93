import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/analysis/pipeline.ts';

test('analyze returns the khabar.analysis/1 schema', () => {
  const a = analyze('रूस ने पाकिस्तान के साथ समझौता किया.');
  assert.equal(a.schema, 'khabar.analysis/1');
  assert.ok(a.body.includes('समझौता'));
});
