import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesOf, pairs } from './helpers.ts';

const A = { anchorDate: '2023-03-15' };

test('full dates with Hindi month names, with and without nukta, and number words', () => {
  assert.deepEqual(pairs('समिति की बैठक 5 फ़रवरी 2024 को हुई।', A), ['5 फ़रवरी 2024 → 2024-02-05']);
  assert.deepEqual(pairs('समिति की बैठक 7 फरवरी 2024 को हुई।', A), ['7 फरवरी 2024 → 2024-02-07']);
  assert.deepEqual(pairs('चुनाव 18 सितम्बर, 2019 और 3 सितंबर 2020 को हुए।', A),
    ['18 सितम्बर, 2019 → 2019-09-18', '3 सितंबर 2020 → 2020-09-03']);
  assert.deepEqual(pairs('कारखाना चार दिसंबर, 2012 को बंद हुआ।', A), ['चार दिसंबर, 2012 → 2012-12-04']);
  assert.deepEqual(pairs('वह पंद्रह अगस्त 1998 को लौटे।', A), ['पंद्रह अगस्त 1998 → 1998-08-15']);
});

test('zero-width joiners and the precomposed nukta letter are folded, offsets stay in the body', () => {
  const body = 'रिपोर्ट 9 अक्\u200Dटूबर 2021 को आई और 2 \u095Eरवरी 2022 को।';
  const { dates } = datesOf(body, A);
  assert.deepEqual(dates.map((d) => d.value), ['2021-10-09', '2022-02-02']);
  for (const d of dates) assert.equal(d.text, body.slice(d.start, d.end));
  assert.equal(dates[0].text, '9 अक्\u200Dटूबर 2021');
});

test('Devanagari digits', () => {
  assert.deepEqual(pairs('मेला १४ जुलाई २०२५ से शुरू हुआ।', A), ['१४ जुलाई २०२५ → 2025-07-14']);
});

test('numeric dates are read day-first; ISO dates year-first; impossible ones are dropped', () => {
  assert.deepEqual(pairs('आदेश 11/07/2025 को जारी हुआ, फिर 03-02-2024 को और 2025-07-11 को।', A),
    ['11/07/2025 → 2025-07-11', '03-02-2024 → 2024-02-03', '2025-07-11 → 2025-07-11']);
  assert.deepEqual(pairs('फॉर्म 31/02/2024 को भरा गया।', A), []);
  assert.deepEqual(pairs('कीमत 10.30 रुपये और अनुपात 3/4 रहा।', A), []);
});

test('English dates', () => {
  assert.deepEqual(pairs('The pact was signed on July 11, 2025 and ratified on 2 August 2025.', A),
    ['July 11, 2025 → 2025-07-11', '2 August 2025 → 2025-08-02']);
});

test('month and year', () => {
  assert.deepEqual(pairs('यह योजना दिसंबर 2011 में शुरू हुई और March 2015 तक चली।', A),
    ['दिसंबर 2011 → 2011-12', 'March 2015 → 2015-03']);
});

test('years only in a year context', () => {
  assert.deepEqual(pairs('साल 1973 में युद्ध हुआ।', A), ['1973 → 1973']);
  assert.deepEqual(pairs('2005 के चुनाव में वह हारे।', A), ['2005 → 2005']);
  assert.deepEqual(pairs('वर्ष 2011 की जनगणना और सन 1947 की आज़ादी।', A), ['2011 → 2011', '1947 → 1947']);
  assert.deepEqual(pairs('1990 से 2000 तक वह मंत्री रहे।', A), ['1990 → 1990', '2000 → 2000']);
});

test('numbers that are not years', () => {
  assert.deepEqual(pairs('राज्य में 2,700 मामले आए और 5000 लोग बीमार हुए।', A), []);
  assert.deepEqual(pairs('अब तक 2000 से ज्यादा लोग ठीक हो चुके हैं।', A), []);
  assert.deepEqual(pairs('संक्रमितों की संख्या 1900 के पार पहुंच गई।', A), []);
  assert.deepEqual(pairs('कुल 1800 लोग आए और 15,000 करोड़ रुपये खर्च हुए।', A), []);
});

test('qualifiers early / mid / late become part of the mention', () => {
  assert.deepEqual(pairs('2014 के मध्य में कंपनी बिकी।', A), ['2014 के मध्य में → 2014 (mid)']);
  assert.deepEqual(pairs('जून 2019 के अंत तक काम पूरा हुआ।', A), ['जून 2019 के अंत तक → 2019-06 (late)']);
  assert.deepEqual(pairs('मध्य जुलाई 2018 में बाढ़ आई।', A), ['मध्य जुलाई 2018 → 2018-07 (mid)']);
});

test('every mention has a rule id and text equal to its body slice', () => {
  const body = 'शुक्रवार (11 जुलाई, 2025) को मंत्री ने कहा कि पिछले साल 2,700 मामले थे।';
  for (const d of datesOf(body).dates) {
    assert.equal(d.text, body.slice(d.start, d.end));
    assert.ok(d.rule && d.rule.length > 0);
  }
});
