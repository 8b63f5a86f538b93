import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { datesOf } from './helpers.ts';

const DIR = fileURLToPath(new URL('../../../../shared/corpus/covid19-hindi-2020-articles/', import.meta.url));
const skip = existsSync(DIR) ? false : `../shared/corpus/covid19-hindi-2020-articles is absent: corpus check skipped`;

function articles(): { name: string; published: string; body: string }[] {
  return readdirSync(DIR).flatMap((name) => {
    const m = /(\d{4}-\d{2}-\d{2})/.exec(name);
    if (!m || !name.endsWith('.txt')) return [];
    const body = readFileSync(DIR + name, 'utf8').normalize('NFC').replace(/[ \t\u00A0]+/g, ' ');
    return [{ name, published: m[1], body }];
  });
}

test('over the covid19 articles with the file date as publication date: dates found, all resolved, none far from 2020', { skip }, () => {
  let total = 0;
  for (const a of articles()) {
    const layer = datesOf(a.body, { meta: { published: a.published } });
    assert.equal(layer.anchorDate, a.published, a.name);
    assert.equal(layer.anchorDateSource, 'metadata');
    for (const d of layer.dates) {
      total++;
      assert.equal(d.text, a.body.slice(d.start, d.end));
      assert.notEqual(d.value, null, `${a.name}: ${d.text} unresolved`);
      // Weekdays and relative expressions must land within a few weeks of publication.
      if (/^(weekday|relative)\//.test(d.rule ?? '') && /^\d{4}-\d{2}-\d{2}$/.test(d.value!)) {
        const days = Math.abs(Date.parse(d.value!) - Date.parse(a.published)) / 86_400_000;
        assert.ok(days <= 14, `${a.name}: ${d.text} → ${d.value}`);
      }
    }
  }
  assert.ok(total >= 150, `only ${total} dates found`);
});

test('throughput over the covid19 articles is well above 1 MB/s', { skip }, () => {
  const all = articles();
  const bytes = all.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
  datesOf(all[0].body, { anchorDate: '2020-01-01' });
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const a of all) datesOf(a.body, { meta: { published: a.published } });
  const mbPerS = (5 * bytes) / 1e6 / ((performance.now() - t) / 1000);
  assert.ok(mbPerS > 1, `${mbPerS.toFixed(2)} MB/s`);
});
