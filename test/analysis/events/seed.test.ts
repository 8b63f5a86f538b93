import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyze } from '../../../src/analysis/pipeline.ts';

// The seed article (ABP, 11 July 2025): its text is read from ../shared, never committed.
const GOLD = new URL('../../../../shared/gold/abp-ru-pk-steel.json', import.meta.url);
const skip = existsSync(GOLD) ? false : '../shared/gold is absent: seed article check skipped';

test('seed article: PK–RU signing (057) on 2025-07-11 in Moscow, ministers meet (044), intent to cooperate (03)', { skip }, () => {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { text: string };
  const a = analyze(readFileSync(new URL(gold.text, GOLD), 'utf8'));
  const pair = (e: (typeof a.events)[number]) => [e.source?.country, e.target?.country].sort().join('-');
  const signing = a.events.find((e) => e.code === '057' && pair(e) === 'PK-RU');
  assert.ok(signing, 'the signing');
  assert.equal(signing.date, '2025-07-11');
  assert.equal(a.entities.find((x) => x.id === signing.place)?.name, 'Moscow', 'the place the signing was done, not where the mill lies');
  assert.equal(signing.quad, 1);
  assert.ok(a.events.some((e) => e.root === '04' && pair(e) === 'PK-RU'), 'the meeting');
  assert.ok(a.events.some((e) => e.root === '03' && pair(e) === 'PK-RU' && e.date?.startsWith('2025-07')), 'intent to cooperate');
  assert.ok(a.events.length <= 5, `at most two more events, got ${a.events.length}`);
});
