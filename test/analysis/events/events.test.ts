import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cameo, cameoCodes, quadClass } from '../../../src/analysis/events/cameo.ts';
import { codeEvents, reportable } from '../../../src/analysis/events/index.ts';
import type { Event } from '../../../src/analysis/types.ts';
import { makeDoc, type EntitySpec } from '../quotes/make-doc.ts';

const country = (id: string, code: string, name: string): EntitySpec => ({ id, type: 'LOCATION', kind: 'country', code, mentions: [name] });
const world: EntitySpec[] = [
  country('pk', 'PK', 'पाकिस्तान'), country('ru', 'RU', 'रूस'), country('in', 'IN', 'भारत'),
  country('cn', 'CN', 'चीन'), country('us', 'US', 'अमेरिका'), country('ir', 'IR', 'ईरान'),
  { id: 'bj', type: 'LOCATION', kind: 'city', country: 'CN', mentions: ['बीजिंग'] },
  { id: 'mo', type: 'LOCATION', kind: 'city', country: 'RU', mentions: ['मॉस्को'] },
  { id: 'karim', type: 'PERSON', country: 'PK', mentions: ['अहमद करीम'] },
  { id: 'petrov', type: 'PERSON', country: 'RU', mentions: ['इगोर पेत्रोव'] },
  { id: 'un', type: 'ORGANIZATION', mentions: ['संयुक्त राष्ट्र'] },
];

function code(body: string, opts: { dates?: { text: string; value: string }[]; anchorDate?: string } = {}): Event[] {
  return codeEvents(makeDoc(body, { entities: world, ...opts }), { keepSideless: true });
}
const reported = (body: string): Event[] => codeEvents(makeDoc(body, { entities: world }));
const actors = (e: Event | undefined) => [e?.source?.country ?? null, e?.target?.country ?? null];
const positive = (es: Event[]) => es.filter((e) => !e.negated);

// One sentence per frame family: [sentence, expected code, expected source, expected target].
const families: [string, string, string | null, string | null][] = [
  ['रूस ने भारत में हुए हादसे पर शोक व्यक्त किया.', '018', 'RU', null],
  ['संयुक्त राष्ट्र ने भारत से संयम बरतने की अपील की.', '0256', null, 'IN'],
  ['चीन ने पाकिस्तान को सहायता देने का वादा किया.', '033', 'CN', 'PK'],
  ['भारत और ईरान ने बंदरगाह परियोजना पर साथ काम करने पर सहमति जताई.', '031', 'IN', 'IR'],
  ['अहमद करीम ने बीजिंग में इगोर पेत्रोव से मुलाकात की.', '044', 'PK', 'RU'],
  ['अहमद करीम ने मॉस्को में इगोर पेत्रोव से भेंट की.', '042', 'PK', 'RU'],
  ['चीन ने बीजिंग में पाकिस्तान के साथ बैठक की.', '043', 'CN', 'PK'],
  ['भारत ने चीन के साथ सीमा विवाद पर बातचीत की.', '040', 'IN', 'CN'],
  ['अहमद करीम चीन के दौरे पर हैं.', '042', 'PK', 'CN'],
  ['पाकिस्तान और रूस ने व्यापार समझौते पर दस्तख़त किए.', '057', 'PK', 'RU'],
  ['भारत ने ईरान की तारीफ़ की.', '051', 'IN', 'IR'],
  ['भारत और अमेरिका ने संयुक्त सैन्य अभ्यास शुरू किया.', '062', 'IN', 'US'],
  ['चीन ने पाकिस्तान को आर्थिक मदद दी.', '071', 'CN', 'PK'],
  ['भारत और पाकिस्तान के बीच संघर्ष विराम का ऐलान हुआ.', '0871', 'IN', 'PK'],
  ['संयुक्त राष्ट्र ने भारत में हुई घटनाओं की जांच शुरू की.', '090', null, null],
  ['ईरान ने अमेरिका से प्रतिबंध हटाने की मांग की.', '1054', 'IR', 'US'],
  ['भारत ने पाकिस्तान की कड़ी निंदा की.', '111', 'IN', 'PK'],
  ['भारत ने पाकिस्तान पर जासूसी का आरोप लगाया.', '1125', 'IN', 'PK'],
  ['चीन ने भारत के प्रस्ताव को ख़ारिज कर दिया.', '120', 'CN', 'IN'],
  ['ईरान ने अमेरिका को सैन्य हमले की धमकी दी.', '138', 'IR', 'US'],
  ['पाकिस्तान में हज़ारों लोगों ने विरोध प्रदर्शन किया.', '141', null, null],
  ['चीन ने सीमा पर सैनिक तैनात किए.', '154', 'CN', null],
  ['अमेरिका ने ईरान पर नए प्रतिबंध लगाए.', '163', 'US', 'IR'],
  ['रूस ने अमेरिका के दो राजनयिकों को निष्कासित कर दिया.', '174', 'RU', 'US'],
  ['पाकिस्तान ने भारत के दो नागरिकों को गिरफ़्तार किया.', '173', 'PK', 'IN'],
  ['चरमपंथियों ने पाकिस्तान में एक बस पर आत्मघाती हमला किया.', '1831', null, null],
  ['रूस की सेना ने शहर पर मिसाइल हमला किया.', '195', 'RU', null],
  ['सीमा पर दोनों सेनाओं के बीच गोलीबारी हुई.', '193', null, null],
  ['रिपोर्ट के अनुसार वहां जातीय सफ़ाया हुआ.', '203', null, null],
  // Round 2: more general phrasings.
  ['ईरान ने अमेरिका के हमलों को युद्ध अपराध क़रार दिया.', '1124', 'IR', null],
  ['भारत ने चीन को इस संकट के लिए ज़िम्मेदार क़रार दिया.', '112', 'IN', 'CN'],
  ['अदालत ने अहमद करीम को धोखाधड़ी का दोषी ठहराया.', '116', null, 'PK'],
  ['ईरान ने अमेरिका के ठिकानों पर दर्जनों रॉकेट दाग़े.', '190', 'IR', null],
  ['रूस की सेना ने शहर पर गोले दागे.', '190', 'RU', null],
  ['पाकिस्तान ने चीन का प्रस्ताव स्वीकार कर लिया.', '019', 'PK', 'CN'],
  ['ईरान ने रूस की बात मान ली है.', '019', 'IR', 'RU'],
  ['पाकिस्तान ने रूस के साथ बातचीत की पेशकश की है.', '036', 'PK', null],
  ['भारत की सेना ने पाकिस्तान के क़ब्ज़े से दो चौकियों को आज़ाद कराया.', '190', 'IN', 'PK'],
  ['भारत और पाकिस्तान की सेनाएं लड़ाई बंद कर देंगी.', '0871', null, null],
  ['भारत और पाकिस्तान ने कल से गोलीबारी रोक दी.', '0871', 'IN', 'PK'],
  ['संयुक्त राष्ट्र ने भारत से हिंसा रोकने के लिए कहा.', '0256', null, 'IN'],
  ['अमेरिका ने ईरान से कहा कि वह परमाणु कार्यक्रम रोके.', '020', 'US', 'IR'],
  ['रूस ने अमेरिका के राजदूत को तलब किया.', '114', 'RU', 'US'],
  ['पाकिस्तान ने विपक्ष के प्रस्ताव पर अपनी रज़ामंदी ज़ाहिर कर दी है.', '030', 'PK', null],
  ['रूस ने अमेरिकी राजनयिक को परसोना नॉन ग्राटा घोषित कर दिया.', '174', 'RU', 'US'],
];

for (const [sentence, expected, source, target] of families) {
  test(`frame: ${expected} ← ${sentence}`, () => {
    const es = positive(code(sentence));
    const e = es.find((x) => x.code === expected);
    assert.ok(e, `expected ${expected}, got ${es.map((x) => `${x.code}/${x.rule}`).join(', ') || 'nothing'}`);
    if (source) assert.equal(e.source?.country, source);
    if (target) assert.equal(e.target?.country, target);
    assert.equal(e.root, expected.slice(0, 2));
  });
}

test('every event carries its CAMEO table values, sentence, evidence and rule', () => {
  const body = 'पाकिस्तान और रूस ने समझौते पर हस्ताक्षर किए.';
  const [e] = code(body);
  assert.equal(e!.label, 'Sign formal agreement');
  assert.equal(e!.quad, 1);
  assert.equal(e!.goldstein, 8);
  assert.equal(e!.sentence, 0);
  assert.equal(body.slice(e!.evidence[0]!.start, e!.evidence[0]!.end), 'समझौते पर हस्ताक्षर किए');
  assert.equal(e!.rule, 'sign-agreement/पर-दस्तखत');
  assert.ok(e!.confidence > 0 && e!.confidence <= 1);
});

test('negation never gives the positive event', () => {
  for (const s of ['रूस ने पाकिस्तान के साथ समझौते पर हस्ताक्षर नहीं किए.', 'भारत ने पाकिस्तान पर हमला करने से इनकार किया.',
    'अहमद करीम ने इगोर पेत्रोव से मुलाकात नहीं की.', 'अमेरिका ने ईरान पर प्रतिबंध नहीं लगाए.']) {
    const es = code(s);
    const roots = positive(es).map((e) => e.root);
    assert.ok(!roots.some((r) => ['05', '18', '19', '04', '16'].includes(r)), `${s} → ${roots.join(',')}`);
    assert.ok(es.some((e) => e.negated), `${s} should keep a negated event`);
  }
});

test('coordination: पाकिस्तान और रूस ने gives both sides; X के साथ gives the other', () => {
  assert.deepEqual(actors(code('पाकिस्तान और रूस ने समझौते पर हस्ताक्षर किए.')[0]), ['PK', 'RU']);
  assert.deepEqual(actors(code('पाकिस्तान ने रूस के साथ समझौते पर हस्ताक्षर किए.')[0]), ['PK', 'RU']);
});

test('a person acts for their country; a genitive country stands in for one without', () => {
  const doc = makeDoc('ईरान के विदेश मंत्री हसन ने अमेरिका की आलोचना की.', { entities: [...world, { id: 'h', type: 'PERSON', mentions: ['हसन'] }] });
  assert.deepEqual(actors(codeEvents(doc)[0]), ['IR', 'US']);
});

test('one event, one record: headline, lead and body restating a signing merge', () => {
  const body = 'रूस और पाकिस्तान ने समझौते पर हस्ताक्षर किए\nपाकिस्तान ने रूस के साथ एक अहम समझौते पर दस्तख़त किए हैं. 11 जुलाई को मॉस्को में दोनों देशों ने इस समझौते पर हस्ताक्षर किए.';
  const es = code(body, { anchorDate: '2025-07-11', dates: [{ text: '11 जुलाई', value: '2025-07-11' }] });
  const signings = es.filter((e) => e.root === '05');
  assert.equal(signings.length, 1);
  assert.equal(signings[0]!.evidence.length, 3);
  assert.equal(signings[0]!.date, '2025-07-11');
  assert.equal(signings[0]!.place, 'mo');
  assert.equal(signings[0]!.sentence, 0);
});

test('events with different dates stay apart', () => {
  const body = 'जनवरी में भारत ने चीन के साथ बातचीत की. मार्च में भारत ने चीन के साथ फिर बातचीत की.';
  const es = code(body, { dates: [{ text: 'जनवरी', value: '2024-01' }, { text: 'मार्च', value: '2024-03' }] });
  assert.equal(es.filter((e) => e.root === '04').length, 2);
});

test('date: the sentence, else the paragraph before it, else the anchor for a present perfect', () => {
  const dates = [{ text: '5 मई', value: '2024-05-05' }];
  assert.equal(code('5 मई को भारत ने ईरान की तारीफ़ की.', { dates })[0]!.date, '2024-05-05');
  assert.equal(code('बैठक 5 मई को हुई. भारत ने ईरान की तारीफ़ की.', { dates })[0]!.date, '2024-05-05');
  assert.equal(code('भारत ने ईरान पर प्रतिबंध लगाए हैं.', { anchorDate: '2024-06-01' })[0]!.date, '2024-06-01');
  assert.equal(code('भारत ने ईरान पर प्रतिबंध लगाए थे.', { anchorDate: '2024-06-01' })[0]!.date, null);
});

test('intent versus deed: future aid is 03x, given aid 07x', () => {
  assert.equal(code('चीन पाकिस्तान को आर्थिक मदद देगा.')[0]!.root, '03');
  assert.equal(code('चीन ने पाकिस्तान को आर्थिक मदद दी.')[0]!.root, '07');
});

test('a pronoun agent takes the last person acting before it', () => {
  const [e] = code('अहमद करीम ने कल भाषण दिया. उन्होंने भारत की आलोचना की.');
  assert.deepEqual(actors(e), ['PK', 'IN']);
});

test('sport performance is no protest', () => {
  assert.deepEqual(code('भारत की टीम ने मैच में शानदार प्रदर्शन किया.'), []);
});

test('QuadClass follows GDELT: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict', () => {
  assert.equal(quadClass('01'), 1);
  assert.equal(quadClass('05'), 1);
  assert.equal(quadClass('06'), 2);
  assert.equal(quadClass('08'), 2);
  assert.equal(quadClass('09'), 3);
  assert.equal(quadClass('13'), 3);
  assert.equal(quadClass('14'), 4);
  assert.equal(quadClass('20'), 4);
  assert.equal(cameo('090')!.quad, 3);
  assert.equal(cameo('0871')!.quad, 2);
  for (const c of cameoCodes()) assert.equal(c.quad, quadClass(c.root), c.code);
  assert.throws(() => quadClass('21'));
});

test('reported events need both sides and a country; side-less ones only with keepSideless', () => {
  assert.deepEqual(reported('पाकिस्तान में हज़ारों लोगों ने विरोध प्रदर्शन किया.'), []);
  assert.deepEqual(reported('शहर में एक बम धमाका हुआ.'), []);
  assert.deepEqual(reported('रूस ने इस आरोप से इनकार किया.'), [], 'one side only');
  assert.equal(code('शहर में एक बम धमाका हुआ.')[0]?.root, '18');
  assert.equal(reported('भारत ने पाकिस्तान की कड़ी निंदा की.').length, 1);
  assert.equal(reportable({ source: { entity: 'un', country: null }, target: { entity: null, country: 'IN' }, rule: 'x' }), true);
  assert.equal(reportable({ source: { entity: 'un', country: null }, target: null, rule: 'x' }), false);
});

test('demonyms and generic actors give sides: इसराइली सेना, फ़लस्तीनी संगठन X, पाकिस्तान की सेना', () => {
  assert.deepEqual(actors(reported('इसराइली सेना ने ईरान पर हमला किया.')[0]), ['IL', 'IR']);
  const doc = makeDoc('फ़लस्तीनी संगठन हरकत ने भारत की निंदा की.', { entities: [...world, { id: 'h', type: 'ORGANIZATION', mentions: ['हरकत'] }] });
  const [e] = codeEvents(doc);
  assert.deepEqual(actors(e), ['PS', 'IN']);
  assert.equal(e!.source?.entity, 'h', 'the named organisation stays the actor');
  assert.deepEqual(actors(reported('पाकिस्तान की सेना ने भारत पर गोले दागे.')[0]), ['PK', 'IN']);
  assert.equal(reported('सेना ने गांव पर गोले दागे.').length, 0, 'a generic actor with no country is no side');
});

test('an article about one country lends it to its government, army and rebels', () => {
  const body = 'पाकिस्तान में हालात बिगड़े. पाकिस्तान के उत्तर में लड़ाई जारी है. पाकिस्तान के अधिकारी चिंतित हैं. सरकारी सेनाओं ने विद्रोहियों के क़ब्ज़े से दो शहरों को आज़ाद कराया.';
  const [e] = codeEvents(makeDoc(body, { entities: world }));
  assert.equal(e?.root, '19');
  assert.deepEqual(actors(e), ['PK', 'PK']);
});

test('place: the event restated with its place (यह समझौता X में किया गया) wins; X स्थित names a venue only before में', () => {
  const body = 'पाकिस्तान और रूस ने बीजिंग स्थित एक कारखाने को चलाने के लिए समझौते पर हस्ताक्षर किए. यह समझौता मॉस्को स्थित दूतावास में किया गया.';
  const [e] = code(body);
  assert.equal(e!.root, '05');
  assert.equal(e!.place, 'mo');
  assert.equal(e!.evidence.length, 2);
  const [f] = code('पाकिस्तान और रूस ने बीजिंग स्थित एक कारखाने को चलाने के लिए समझौते पर हस्ताक्षर किए.');
  assert.equal(f!.place, null, 'where the factory lies is not where the signing happened');
  assert.equal(code('अहमद करीम ने बीजिंग स्थित दूतावास में इगोर पेत्रोव से मुलाकात की.')[0]!.code, '044');
});

test('an attack named by its noun is detected for event detection but never reported', () => {
  const s = 'पाकिस्तान में आत्मघाती हमले के बाद भारत ने सुरक्षा बढ़ाई.';
  const es = code(s);
  assert.ok(es.some((e) => e.code === '1831' && e.rule.startsWith('mention/')), es.map((e) => e.rule).join(','));
  assert.ok(code('सीमा पर मुठभेड़ में दो जवान घायल हुए.').some((e) => e.root === '19'));
  assert.deepEqual(code('फ़ैक्ट्री में सिलेंडर विस्फोट के बाद आग लग गई.').filter((e) => e.root === '18'), [], 'an industrial blast is no bombing');
  assert.ok(reported(s).every((e) => !e.rule.startsWith('mention/')));
});
