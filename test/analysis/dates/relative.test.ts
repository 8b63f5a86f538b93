import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairs } from './helpers.ts';

// 2025-07-11 is a Friday.
const A = { anchorDate: '2025-07-11' };

test('month-day without a year takes the most recent such day on or before the anchor', () => {
  assert.deepEqual(pairs('29 जनवरी को समझौता हुआ।', A), ['29 जनवरी → 2025-01-29']);
  assert.deepEqual(pairs('20 दिसंबर को बैठक हुई थी।', A), ['20 दिसंबर → 2024-12-20']);
});

test('month-day without a year points ahead with a future verb or just after the anchor', () => {
  assert.deepEqual(pairs('20 जनवरी को नई सरकार शपथ लेगी।', A), ['20 जनवरी → 2026-01-20']);
  assert.deepEqual(pairs('स्कूल 20 जुलाई तक बंद कर दिए गए।', A), ['20 जुलाई → 2025-07-20']);
});

test('a year beside a month-day comes from the expression before it', () => {
  assert.deepEqual(pairs('पिछले साल 17 नवंबर को पहला मामला मिला।', A), ['पिछले साल → 2024', '17 नवंबर → 2024-11-17']);
});

test('bare month names with a postposition', () => {
  assert.deepEqual(pairs('फरवरी में दाम बढ़े थे।', A), ['फरवरी → 2025-02']);
  assert.deepEqual(pairs('सितंबर में चुनाव होंगे।', A), ['सितंबर → 2025-09']);
  assert.deepEqual(pairs('लोगों ने मार्च निकाला।', A), []);
});

test('weekdays: the most recent such day, or ahead when the verb is future', () => {
  assert.deepEqual(pairs('मंत्री ने बुधवार को बयान दिया।', A), ['बुधवार → 2025-07-09']);
  assert.deepEqual(pairs('शुक्रवार को उन्होंने कहा।', A), ['शुक्रवार → 2025-07-11']);
  assert.deepEqual(pairs('शनिवार को बैठक होगी।', A), ['शनिवार → 2025-07-12']);
  assert.deepEqual(pairs('सोमवार को संसद में बिल पेश किया जाएगा।', A), ['सोमवार → 2025-07-14']);
  assert.deepEqual(pairs('पिछले शुक्रवार को रैली हुई।', A), ['पिछले शुक्रवार → 2025-07-04']);
  assert.deepEqual(pairs('अगले मंगलवार को फैसला आएगा।', A), ['अगले मंगलवार → 2025-07-15']);
  assert.deepEqual(pairs('बाजार हर रविवार को बंद रहता है।', A), []);
});

test('कल and परसों by the tense of the verb', () => {
  assert.deepEqual(pairs('कल उन्होंने यह बात कही थी।', A), ['कल → 2025-07-10']);
  assert.deepEqual(pairs('मंत्री ने कल दिल्ली में कहा।', A), ['कल → 2025-07-10']);
  assert.deepEqual(pairs('कल संसद का सत्र शुरू होगा।', A), ['कल → 2025-07-12']);
  assert.deepEqual(pairs('उन्होंने कहा कि कल सभी दुकानें खुलेंगी।', A), ['कल → 2025-07-12']);
  assert.deepEqual(pairs('परसों टीम रवाना हो गई।', A), ['परसों → 2025-07-09']);
  assert.deepEqual(pairs('परसों नतीजे आएंगे।', A), ['परसों → 2025-07-13']);
  assert.deepEqual(pairs('कल-कारखाने बंद हैं और आजकल काम कम है।', A), []);
});

test('the tense of another clause does not leak across the sentence end', () => {
  const out = pairs('कल बैठक हुई। नतीजे बाद में आएंगे।', A);
  assert.deepEqual(out, ['कल → 2025-07-10']);
});

test('relative days, months, years and weeks', () => {
  assert.deepEqual(pairs('आज सरकार ने घोषणा की।', A), ['आज → 2025-07-11']);
  assert.deepEqual(pairs('इस महीने की शुरुआत में समझौता हुआ।', A), ['इस महीने की शुरुआत में → 2025-07 (early)']);
  assert.deepEqual(pairs('इस महीने के अंत में चुनाव होंगे।', A), ['इस महीने के अंत में → 2025-07 (late)']);
  assert.deepEqual(pairs('पिछले महीने दाम बढ़े।', A), ['पिछले महीने → 2025-06']);
  assert.deepEqual(pairs('अगले महीने दाम घटेंगे।', A), ['अगले महीने → 2025-08']);
  assert.deepEqual(pairs('पिछले साल और पिछले वर्ष, इस साल, अगले साल।', A),
    ['पिछले साल → 2024', 'पिछले वर्ष → 2024', 'इस साल → 2025', 'अगले साल → 2026']);
  assert.deepEqual(pairs('इस सप्ताह और इस हफ्ते और पिछले हफ़्ते।', A),
    ['इस सप्ताह → 2025-W28', 'इस हफ्ते → 2025-W28', 'पिछले हफ़्ते → 2025-W27']);
  assert.deepEqual(pairs('तीन दिन पहले हादसा हुआ।', A), ['तीन दिन पहले → 2025-07-08']);
  assert.deepEqual(pairs('घटना के दो दिन पहले पुलिस आई।', A), []);
});

test('ISO weeks across a year boundary', () => {
  assert.deepEqual(pairs('इस सप्ताह बैठक हुई।', { anchorDate: '2021-01-01' }), ['इस सप्ताह → 2020-W53']);
  assert.deepEqual(pairs('इस सप्ताह बैठक हुई।', { anchorDate: '2020-04-01' }), ['इस सप्ताह → 2020-W14']);
});

test('month arithmetic across a year boundary', () => {
  assert.deepEqual(pairs('पिछले महीने दाम बढ़े।', { anchorDate: '2025-01-20' }), ['पिछले महीने → 2024-12']);
  assert.deepEqual(pairs('दिसंबर में दाम बढ़े।', { anchorDate: '2025-01-20' }), ['दिसंबर → 2024-12']);
});

test('a month takes its year from the year right before it', () => {
  assert.deepEqual(pairs('इस साल जून में हिंसा भड़की।', A), ['इस साल → 2025', 'जून → 2025-06']);
  assert.deepEqual(pairs('इसी वर्ष के नवंबर महीने में दौरा है।', A), ['इसी वर्ष → 2025', 'नवंबर → 2025-11']);
  assert.deepEqual(pairs('यह 2012 के अक्टूबर महीने की बात है।', A), ['2012 → 2012', 'अक्टूबर → 2012-10']);
});

test('पिछले / बीते / अगले with a month name', () => {
  assert.deepEqual(pairs('बीते मार्च में नियम बदला।', A), ['बीते मार्च → 2025-03']);
  assert.deepEqual(pairs('गत जुलाई में नियम बदला।', A), ['गत जुलाई → 2024-07']);
  assert.deepEqual(pairs('अगले जुलाई में चुनाव हैं।', A), ['अगले जुलाई → 2026-07']);
});

test('generic "nowadays" uses of आज are not dates', () => {
  assert.deepEqual(pairs('आज के दौर में और आज की पीढ़ी के लिए यह कठिन है।', A), []);
  assert.deepEqual(pairs('आज की बैठक में फैसला हुआ।', A), ['आज → 2025-07-11']);
});
