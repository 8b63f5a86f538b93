import assert from 'node:assert/strict';
import { test } from 'node:test';
import { domesticCountry } from '../../../src/analysis/events/domestic.ts';
import { codeEvents } from '../../../src/analysis/events/index.ts';
import type { Event } from '../../../src/analysis/types.ts';
import { makeDoc, type EntitySpec } from '../quotes/make-doc.ts';

// Sentences written for these tests (round 5 of the event coder).
const country = (id: string, code: string, name: string): EntitySpec => ({ id, type: 'LOCATION', kind: 'country', code, mentions: [name] });
const world: EntitySpec[] = [
  country('np', 'NP', 'नेपाल'), country('in', 'IN', 'भारत'), country('cn', 'CN', 'चीन'),
  { id: 'ktm', type: 'LOCATION', kind: 'city', country: 'NP', mentions: ['काठमांडू'] },
  { id: 'party', type: 'ORGANIZATION', country: 'NP', mentions: ['नेपाली कांग्रेस'] },
  { id: 'rebels', type: 'ORGANIZATION', country: 'NP', mentions: ['माओवादी संगठन'] },
];
function code(body: string): Event[] {
  const named = (m: string): boolean => new RegExp(`(?<![\\p{L}\\p{M}])${m}(?![\\p{L}\\p{M}])`, 'u').test(body);
  return codeEvents(makeDoc(body, { entities: world.filter((e) => e.mentions.some(named)) }));
}
const sides = (e: Event | undefined): string[] => [e?.source?.country ?? '', e?.target?.country ?? ''].sort();
/** Background sentences that make नेपाल the article's only country. */
const NEPAL = 'नेपाल में राजनीतिक संकट गहरा गया है. नेपाल की संसद भंग है. काठमांडू में तनाव है. नेपाल के लोग परेशान हैं. ';

test('in a one-country story, a demand with no named addressee is between two parties of that country', () => {
  const e = code(`${NEPAL}नेपाली कांग्रेस ने नए चुनाव की मांग की है.`).find((x) => x.root === '10');
  assert.ok(e, 'the demand');
  assert.deepEqual(sides(e), ['NP', 'NP']);
});

test('a one-sided event in a story between countries stays out of the Analysis', () => {
  const body = 'भारत और चीन के बीच तनाव है. चीन ने भारत पर आरोप लगाया. भारत ने चीन की निंदा की. भारत ने नए नियमों की मांग की है.';
  assert.deepEqual(code(body).filter((x) => x.root === '10'), []);
});

test('a sentence naming another country gives no domestic pair (the unnamed side may be that country)', () => {
  const body = `${NEPAL}नेपाली कांग्रेस ने भारत के बयान के बाद नए चुनाव की मांग की है.`;
  assert.deepEqual(code(body).filter((x) => x.root === '10'), []);
});

test('travel inside the home country is no domestic event', () => {
  const body = `${NEPAL}नेपाली कांग्रेस के नेता पोखरा के दौरे पर हैं.`;
  assert.deepEqual(code(body).filter((x) => x.root === '04'), []);
});

test('a release called for in a subjunctive passive is a demand (1053), not a release', () => {
  const events = code(`${NEPAL}नेपाली कांग्रेस की शर्त है कि माओवादी संगठन के नेताओं को रिहा किया जाए.`);
  assert.equal(events.filter((x) => x.code === '0841').length, 0);
  const e = events.find((x) => x.code === '1053');
  assert.ok(e, 'the demand for release');
  assert.deepEqual(sides(e), ['NP', 'NP']);
});

test('an obligative passive (किया जाना चाहिए) calls for the act', () => {
  const e = code(`${NEPAL}नेपाली कांग्रेस का कहना है कि युद्धविराम लागू किया जाना चाहिए.`).find((x) => x.root === '10' || x.root === '08');
  assert.ok(e, 'the call for a ceasefire');
  assert.equal(e.code, '107');
  assert.equal(e.source?.entity, 'party');
});

test('a release done (रिहा कर दिया) stays a release', () => {
  const e = code('चीन ने भारत के दो मछुआरों को रिहा कर दिया है.').find((x) => x.root === '08');
  assert.equal(e?.code, '0841');
  assert.deepEqual(sides(e), ['CN', 'IN']);
});

test('a city freed of infection (संक्रमण मुक्त करने) is no release', () => {
  const body = `${NEPAL}नेपाल सरकार ने काठमांडू को संक्रमण मुक्त करने का अभियान शुरू किया.`;
  assert.deepEqual(code(body).filter((x) => x.root === '08' || x.root === '10'), []);
});

test('domesticCountry needs one country three times as often as any other', () => {
  const e = (code: string, n: number) => ({ id: code, type: 'LOCATION' as const, kind: 'country', name: code, code, country: null, roles: [], confidence: 1,
    mentions: Array.from({ length: n }, () => ({ start: 0, end: 1, text: code })) });
  assert.equal(domesticCountry([e('NP', 6), e('IN', 2)]), 'NP');
  assert.equal(domesticCountry([e('NP', 5), e('IN', 2)]), null);
  assert.equal(domesticCountry([e('NP', 2)]), null);
});

test('a person named by surname alone acts for the country of the full names ending in it', () => {
  const people: EntitySpec[] = [
    country('ss', 'SS', 'दक्षिण सूडान'), country('sd', 'SD', 'सूडान'),
    { id: 'p1', type: 'PERSON', country: 'SS', mentions: ['हियाल डेंग'] },
    { id: 'p2', type: 'PERSON', country: 'SS', mentions: ['तबन डेंग'] },
    { id: 'p3', type: 'PERSON', mentions: ['डेंग'] },
  ];
  const body = 'हियाल डेंग और तबन डेंग वार्ताकार हैं. बाद में डेंग ने सूडान पर घुसपैठ का आरोप लगाया.';
  const e = codeEvents(makeDoc(body, { entities: people })).find((x) => x.root === '11');
  assert.equal(e?.source?.entity, 'p3');
  assert.deepEqual(sides(e), ['SD', 'SS']);
});

test('a surname shared by full names of two countries gives no country', () => {
  const people: EntitySpec[] = [
    country('sd', 'SD', 'सूडान'),
    { id: 'p1', type: 'PERSON', country: 'SS', mentions: ['हियाल डेंग'] },
    { id: 'p2', type: 'PERSON', country: 'KE', mentions: ['जॉन डेंग'] },
    { id: 'p3', type: 'PERSON', mentions: ['डेंग'] },
  ];
  const body = 'हियाल डेंग और जॉन डेंग वार्ताकार हैं. बाद में डेंग ने सूडान पर घुसपैठ का आरोप लगाया.';
  const e = codeEvents(makeDoc(body, { entities: people }), { keepSideless: true }).find((x) => x.root === '11');
  assert.ok(e, 'the accusation');
  assert.equal(e.source?.country ?? null, null);
});

test('in a war, a generic attack between the fighting sides is fighting (190) and merges with it', () => {
  const war: EntitySpec[] = [country('am', 'AM', 'आर्मीनिया'), country('az', 'AZ', 'अज़रबैजान')];
  const body = 'अज़रबैजान ने आर्मीनिया पर सैकड़ों रॉकेट दाग़े हैं. अज़रबैजान ने आर्मीनिया पर हमला किया है.';
  const events = codeEvents(makeDoc(body, { entities: war })).filter((x) => ['18', '19'].includes(x.root));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.code, '190');
  assert.equal(events[0]!.evidence.length, 2);
});

test('an attack with no fighting reported stays an assault (180)', () => {
  const war: EntitySpec[] = [country('am', 'AM', 'आर्मीनिया'), country('az', 'AZ', 'अज़रबैजान')];
  const e = codeEvents(makeDoc('अज़रबैजान ने आर्मीनिया पर हमला किया है.', { entities: war })).find((x) => x.root === '18');
  assert.equal(e?.code, '180');
});
