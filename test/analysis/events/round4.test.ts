import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeEvents } from '../../../src/analysis/events/index.ts';
import type { Event } from '../../../src/analysis/types.ts';
import { makeDoc, type EntitySpec } from '../quotes/make-doc.ts';

// Sentences written for these tests (round 4 of the event coder).
const country = (id: string, code: string, name: string): EntitySpec => ({ id, type: 'LOCATION', kind: 'country', code, mentions: [name] });
const world: EntitySpec[] = [
  country('in', 'IN', 'भारत'), country('pk', 'PK', 'पाकिस्तान'), country('qa', 'QA', 'क़तर'), country('us', 'US', 'अमेरिका'),
  { id: 'doha', type: 'LOCATION', kind: 'city', country: 'QA', mentions: ['दोहा'] },
  { id: 'lahore', type: 'LOCATION', kind: 'city', country: 'PK', mentions: ['लाहौर'] },
];
function code(body: string): Event[] {
  const named = (m: string): boolean => new RegExp(`(?<![\\p{L}\\p{M}])${m}(?![\\p{L}\\p{M}])`, 'u').test(body);
  return codeEvents(makeDoc(body, { entities: world.filter((e) => e.mentions.some(named)) }));
}
const sides = (e: Event | undefined): string[] => [e?.source?.country ?? '', e?.target?.country ?? ''].sort();

test('talks announced for a third-country venue are the pair\'s talks, coded as intent (036)', () => {
  const body = 'भारत ने पाकिस्तान पर घुसपैठ का आरोप लगाया. पाकिस्तान ने भारत की निंदा की. '
    + 'कहा गया है कि क़तर की राजधानी दोहा में अगले हफ़्ते से बातचीत शुरू होगी.';
  const e = code(body).find((x) => x.root === '03' || x.root === '04');
  assert.ok(e, 'the talks');
  assert.equal(e.code, '036');
  assert.deepEqual(sides(e), ['IN', 'PK']);
});

test('the main pair counts a conflict\'s places for their country, and a capital phrase once', () => {
  // By names alone क़तर (3) would outrank पाकिस्तान (2); its capital phrases say where, Pakistan's city where the conflict is.
  const body = 'भारत ने पाकिस्तान पर आरोप लगाया. पाकिस्तान ने भारत की निंदा की. भारत ने चेतावनी दी. लाहौर में तनाव है. '
    + 'लाहौर में लोग डरे हुए हैं. क़तर ने चिंता जताई. क़तर की राजधानी दोहा में बैठक हुई. '
    + 'क़तर की राजधानी दोहा में आख़िरकार युद्धविराम का ऐलान हुआ.';
  const e = code(body).find((x) => x.root === '08');
  assert.ok(e, 'the ceasefire');
  assert.deepEqual(sides(e), ['IN', 'PK']);
});

test('talks with an unnamed plural party give no event between the article\'s countries', () => {
  const body = 'भारत ने पाकिस्तान की निंदा की. पाकिस्तान ने भारत पर आरोप लगाया. मैंने दोहा में कई अधिकारियों से बातचीत की.';
  assert.deepEqual(code(body).filter((e) => e.root === '04'), []);
});

// Round 4 frames, one sentence each (written for this test): [sentence, root, source, target].
const frames: [string, string, string | null, string | null][] = [
  ['पाकिस्तान के मंत्री ने संसद में भारत पर निशाना साधा.', '11', 'PK', 'IN'],
  ['अमेरिका ने व्यापार घाटे के लिए पाकिस्तान को ज़िम्मेदार ठहराया है.', '11', 'US', 'PK'],
  ['भारत और पाकिस्तान के बीच अगले दौर की बातचीत सोमवार को होगी.', '03', 'IN', 'PK'],
];
for (const [sentence, root, source, target] of frames) {
  test(`round 4 frame: ${root} ← ${sentence}`, () => {
    const e = code(sentence).find((x) => x.root === root && !x.negated);
    assert.ok(e, `expected root ${root}, got ${code(sentence).map((x) => x.code).join(', ') || 'nothing'}`);
    assert.deepEqual([e.source?.country ?? null, e.target?.country ?? null], [source, target]);
  });
}

test('aiming a gun (पिस्तौल से निशाना साधा) is no criticism', () => {
  assert.deepEqual(code('भारत के एक सिपाही ने पाकिस्तान के सैनिक पर पिस्तौल से निशाना साधा.').filter((e) => e.root === '11'), []);
});

test('talks postponed (बातचीत स्थगित) are not talks halted (164)', () => {
  const es = code('भारत और पाकिस्तान के बीच बातचीत स्थगित कर दी गई है.');
  assert.deepEqual(es.filter((e) => e.root === '16'), []);
});
