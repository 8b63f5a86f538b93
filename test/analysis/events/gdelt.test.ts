import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cameoCountry, formatGdelt, GDELT_COLUMNS } from '../../../src/analysis/events/gdelt.ts';
import { analyze } from '../../../src/analysis/pipeline.ts';

const text = 'पाकिस्तान और रूस के बीच नया समझौता\n\nपाकिस्तान और रूस ने 10 जुलाई, 2025 को मॉस्को में एक व्यापार समझौते पर हस्ताक्षर किए.\n\nभारत ने पाकिस्तान की कड़ी निंदा की है.';

test('GDELT export: 61 tab-separated columns per event, values where khabar has them', () => {
  const a = analyze(text, { anchorDate: '2025-07-11' });
  assert.ok(a.events.length >= 1);
  const out = formatGdelt(a, { url: 'https://example.org/story' });
  const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(rows.length, a.events.length);
  for (const r of rows) assert.equal(r.length, 61);
  const col = (r: string[], name: (typeof GDELT_COLUMNS)[number]) => r[GDELT_COLUMNS.indexOf(name)];
  const signing = rows.find((r) => col(r, 'EventRootCode') === '05')!;
  assert.ok(signing, out);
  assert.equal(col(signing, 'SQLDATE'), '20250710');
  assert.equal(col(signing, 'MonthYear'), '202507');
  assert.equal(col(signing, 'Year'), '2025');
  assert.equal(col(signing, 'EventCode'), '057');
  assert.equal(col(signing, 'EventBaseCode'), '057');
  assert.equal(col(signing, 'QuadClass'), '1');
  assert.equal(col(signing, 'GoldsteinScale'), '8.0');
  assert.deepEqual([col(signing, 'Actor1CountryCode'), col(signing, 'Actor2CountryCode')].sort(), ['PAK', 'RUS']);
  assert.equal(col(signing, 'ActionGeo_CountryCode'), 'RU');
  assert.match(col(signing, 'ActionGeo_FullName')!, /^Moscow, Russia/);
  assert.equal(col(signing, 'ActionGeo_Type'), '4');
  assert.equal(col(signing, 'SOURCEURL'), 'https://example.org/story');
  assert.equal(col(signing, 'GLOBALEVENTID'), '', 'khabar assigns no global id');
  assert.equal(col(signing, 'DATEADDED'), '', 'the core reads no clock');
  const condemn = rows.find((r) => col(r, 'EventRootCode') === '11');
  if (condemn) {
    assert.equal(col(condemn, 'QuadClass'), '3');
    assert.equal(col(condemn, 'SQLDATE'), '20250711', 'an undated present perfect takes the anchor date');
  }
});

test('GDELT export: nothing for no events; CAMEO country codes are ISO alpha-3', () => {
  assert.equal(formatGdelt(analyze('आज मौसम अच्छा रहा.'), {}), '');
  assert.equal(cameoCountry('PK'), 'PAK');
  assert.equal(cameoCountry('SU'), 'USR');
});
