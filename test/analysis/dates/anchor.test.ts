import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, pairs } from './helpers.ts';

test('the option wins over metadata and text', () => {
  const l = datesOf('शुक्रवार (11 जुलाई, 2025) को मंत्री ने कहा कि कल बैठक हुई।', { anchorDate: '2024-03-01', meta: { published: '2023-01-01' } });
  assert.equal(l.anchorDate, '2024-03-01');
  assert.equal(l.anchorDateSource, 'option');
});

test('metadata (date or date-time) is the second choice', () => {
  const l = datesOf('कल बैठक हुई।', { meta: { published: '2020-04-22T09:30:00+05:30' } });
  assert.equal(l.anchorDate, '2020-04-22');
  assert.equal(l.anchorDateSource, 'metadata');
  assert.equal(l.dates[0].value, '2020-04-21');
});

test('an invalid option or metadata date is ignored', () => {
  const l = datesOf('कल बैठक हुई।', { anchorDate: '2025-02-30', meta: { published: 'कल' } });
  assert.equal(l.anchorDate, null);
});

test('anchor from a weekday beside a full date', () => {
  const l = datesOf('मंत्री ने शुक्रवार (11 जुलाई, 2025) को कहा कि इस महीने की शुरुआत में समझौता हुआ।');
  assert.equal(l.anchorDate, '2025-07-11');
  assert.equal(l.anchorDateSource, 'text');
  // The weekday beside the full date is part of one expression: only the full date is reported.
  assert.deepEqual(l.dates.map((d) => [d.text, d.value, d.qualifier]), [
    ['11 जुलाई, 2025', '2025-07-11', null],
    ['इस महीने की शुरुआत में', '2025-07', 'early'],
  ]);
});

test('anchor from a full date before a reporting verb; the latest such date wins', () => {
  const body = 'मंत्री ने 3 मार्च 2021 को कहा कि योजना चलेगी। प्रवक्ता ने 9 मार्च 2021 को बताया कि पिछले महीने काम शुरू हुआ। 1 जनवरी 1990 को कंपनी बनी थी।';
  const l = datesOf(body);
  assert.equal(l.anchorDate, '2021-03-09');
  assert.ok(l.dates.some((d) => d.text === 'पिछले महीने' && d.value === '2021-02'));
});

test('anchor from a dateline', () => {
  const l = datesOf('नई दिल्ली, 4 अप्रैल 2020 कोरोना के मामले बढ़ रहे हैं। कल 200 नए मामले आए।');
  assert.equal(l.anchorDate, '2020-04-04');
  assert.ok(l.dates.some((d) => d.text === 'कल' && d.value === '2020-04-03'));
});

test('a historical date is not the anchor; without any anchor relative dates are kept with null', () => {
  const l = datesOf('15 अगस्त 1947 को देश आज़ाद हुआ। कल शुक्रवार को उत्सव होगा, 26 जनवरी को भी और पिछले साल भी हुआ था।');
  assert.equal(l.anchorDate, null);
  assert.equal(l.anchorDateSource, null);
  assert.deepEqual(l.dates.map((d) => [d.text, d.value]), [
    ['15 अगस्त 1947', '1947-08-15'], ['कल', null], ['शुक्रवार', null], ['26 जनवरी', null], ['पिछले साल', null],
  ]);
});

test('no dates, no anchor', () => {
  assert.deepEqual(pairs(''), []);
  assert.equal(datesOf('').anchorDate, null);
});

test('a weekday after the full date also marks it as now; a weekday apart from it is a date of its own', () => {
  const l = datesOf('11 जुलाई, 2025, शुक्रवार: संसद में बहस हुई। बुधवार को विपक्ष ने बहिष्कार किया था।');
  assert.equal(l.anchorDate, '2025-07-11');
  assert.deepEqual(l.dates.map((d) => [d.text, d.value]), [['11 जुलाई, 2025', '2025-07-11'], ['बुधवार', '2025-07-09']]);
});
