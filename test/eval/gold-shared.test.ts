import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/run.ts';

const GOLD = new URL('../../../shared/gold', import.meta.url).pathname;
const skip = existsSync(GOLD) ? false : `../shared/gold is absent (${GOLD})`;

test('every shared gold article is read, analysed and scored consistently', { skip }, () => {
  const files = readdirSync(GOLD).filter((f) => f.endsWith('.json'));
  const report = evaluate([GOLD]);
  assert.equal(report.articles.length, files.length);
  let entities = 0, required = 0, dates = 0;
  for (const f of files) {
    const g = JSON.parse(readFileSync(join(GOLD, f), 'utf8'));
    entities += g.entities.length;
    dates += g.dates.length;
    required += g.events.filter((e: { optional?: boolean }) => !e.optional).length;
  }
  const t = report.totals;
  assert.equal(t.entities.tp + t.entities.fn, entities);
  assert.equal(t.dates.gold, dates);
  assert.equal(t.events.tp + t.events.fn, required);
  for (const a of report.articles) assert.equal(a.error, null, `${a.gold}: analyze threw ${a.error}`);
  // the COVID articles carry their paper-day in the file name
  assert.ok(report.articles.some((a) => a.published !== null));
});
