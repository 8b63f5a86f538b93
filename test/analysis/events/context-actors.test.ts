import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPassive } from '../../../src/analysis/events/context-actors.ts';
import { codeEvents } from '../../../src/analysis/events/index.ts';
import type { Event } from '../../../src/analysis/types.ts';
import { makeDoc, type EntitySpec } from '../quotes/make-doc.ts';

// Sentences written for these tests. Demonyms are chosen so that no country name is a substring
// of them (makeDoc marks every occurrence of a mention text).
const country = (id: string, code: string, name: string): EntitySpec => ({ id, type: 'LOCATION', kind: 'country', code, mentions: [name] });
const all: EntitySpec[] = [
  country('in', 'IN', 'भारत'), country('ir', 'IR', 'ईरान'), country('us', 'US', 'अमेरिका'), country('ru', 'RU', 'रूस'),
  { id: 'smith', type: 'PERSON', country: 'US', mentions: ['जॉन स्मिथ'] },
  { id: 'fbi', type: 'ORGANIZATION', country: 'US', mentions: ['एफ़बीआई'] },
];
/** Only the entities the body names, as the entities stage would give them. */
function code(body: string): Event[] {
  const entities = all.filter((e) => e.mentions.some((m) => body.includes(m)));
  return codeEvents(makeDoc(body, { entities }));
}
const pair = (e: Event | undefined): [string | null, string | null] => [e?.source?.country ?? null, e?.target?.country ?? null];

test('passive verbs are recognised after the trigger and inside it', () => {
  const body = 'उन्हें रिहा कर दिया गया है';
  assert.equal(isPassive(body, { start: 7, end: 20 }, body.length), true);
  const b2 = 'उन्हें हिरासत में लिया जाएगा';
  assert.equal(isPassive(b2, { start: 7, end: 22 }, b2.length), true);
  const b3 = 'ईरान ने उन्हें रिहा कर दिया';
  assert.equal(isPassive(b3, { start: 15, end: b3.length }, b3.length), false);
});

test('an agentless passive takes its actor from the sentence: the other country named, not the ने of the reporting verb', () => {
  const es = code('ईरान के प्रवक्ता ने कहा कि भारत के राष्ट्रपति से बातचीत के बाद अमेरिकी नाविकों को रिहा कर दिया गया है.');
  const e = es.find((x) => x.root === '08');
  assert.ok(e, 'the release');
  assert.deepEqual(pair(e), ['IN', 'US']);
});

test('a passive with only the target\'s own country around gives no self-directed event', () => {
  assert.deepEqual(code('अमेरिका के प्रवक्ता ने कहा कि अमेरिकी नाविकों को रिहा कर दिया गया है.'), []);
});

test('an object pronoun stands for the person named before; the actor of a passive comes from the sentence before', () => {
  const es = code('अमेरिकी राजनयिक जॉन स्मिथ को रूस में पकड़ा गया. उन्हें बाद में देश छोड़ने का आदेश दिया गया.');
  const e = es.find((x) => x.root === '17');
  assert.ok(e, es.map((x) => x.rule).join(','));
  assert.equal(e.code, '174');
  assert.deepEqual(pair(e), ['RU', 'US']);
  assert.equal(e.target?.entity, 'smith');
});

test('an arrest and an expulsion of the same person stay two events', () => {
  const es = code('रूस ने जॉन स्मिथ को हिरासत में लिया. उसे देश से निकाल दिया गया.');
  assert.deepEqual(es.map((e) => e.code).sort(), ['173', '174']);
  for (const e of es) assert.deepEqual(pair(e), ['RU', 'US']);
});

test('particles between the parts of a phrase do not hide it (हिरासत में भी लिया)', () => {
  const [e] = code('रूस ने जॉन स्मिथ को हिरासत में भी लिया.');
  assert.equal(e?.code, '173');
});

test('के मुताबिक names a source of the report, not a side', () => {
  const es = code('एफ़बीआई के मुताबिक ईरान ने अमेरिका पर प्रतिबंध लगाए.');
  assert.deepEqual(pair(es[0]), ['IR', 'US']);
});

const mid: EntitySpec[] = [
  country('il', 'IL', 'इसराइल'), country('ps', 'PS', 'फ़लस्तीन'), country('sy', 'SY', 'सीरिया'),
];
/** Entities named as whole words only: makeDoc would also mark सीरिया inside सीरियाई. */
function codeMid(body: string): Event[] {
  const named = (m: string): boolean => new RegExp(`(?<![\\p{L}\\p{M}])${m}(?![\\p{L}\\p{M}])`, 'u').test(body);
  return codeEvents(makeDoc(body, { entities: mid.filter((e) => e.mentions.some(named)) }));
}

test('a demonym before an event noun says who did it (इसराइली बमबारी); the victims\' demonym is the target', () => {
  const [e] = codeMid('दक्षिणी इलाक़े में तीन सीरियाई किसानों की इसराइली बमबारी में मौत हो गई.');
  assert.equal(e?.root, '19');
  assert.deepEqual(pair(e), ['IL', 'SY']);
});

test('a violent act takes the other party the sentence names (रॉकेट दाग़े जिनमें एक इसराइली मारा गया)', () => {
  const [e] = codeMid('सीरियाई सेना ने सौ से ज़्यादा रॉकेट दाग़े जिनमें दो इसराइली घायल हुए.');
  assert.deepEqual(pair(e), ['SY', 'IL']);
});

test('two acts of one root with opposite directions stay apart', () => {
  const es = codeMid('सीरियाई गांवों पर इसराइली बमबारी में पांच लोगों की मौत हो गई. सीरियाई सेना ने सौ रॉकेट दाग़े जिनमें दो इसराइली घायल हुए.');
  assert.deepEqual(es.filter((e) => e.root === '19').map(pair).sort(), [['IL', 'SY'], ['SY', 'IL']]);
});

test('the target inside an object phrase: X की मौत को … क़रार दिया', () => {
  const [e] = codeMid('सीरियाई हमले में हुई सैनिकों की मौत को इसराइल ने युद्ध अपराध क़रार दिया है.');
  assert.equal(e?.code, '1124');
  assert.deepEqual(pair(e), ['IL', 'SY']);
});

test('a symmetric event whose sentence names no side is about the pair the article follows', () => {
  const body = 'इसराइल और सीरिया के बीच तनाव बना हुआ है. इसराइल ने सीरिया पर आरोप लगाया. सीरियाई सेना ने इसराइल की निंदा की. आख़िरकार रविवार को युद्धविराम की घोषणा की गई.';
  const e = codeMid(body).find((x) => x.root === '08');
  assert.ok(e, 'the ceasefire');
  assert.deepEqual([e.source?.country, e.target?.country].sort(), ['IL', 'SY']);
});

test('दोनों पक्ष in an article about one country: the two sides of its conflict', () => {
  const body = 'सीरिया में हालात ख़राब हैं. सीरिया के उत्तर में लड़ाई जारी है. सीरिया सरकार चिंतित है. दोनों पक्षों ने समझौते पर हस्ताक्षर किए.';
  const e = codeMid(body).find((x) => x.root === '05');
  assert.deepEqual(pair(e), ['SY', 'SY']);
});

// Round 3 frames, one sentence each (written for this test).
const round3: [string, string, string | null, string | null][] = [
  ['ईरान और अमेरिका के अधिकारी लगातार एक दूसरे के संपर्क में हैं.', '04', 'IR', 'US'],
  ['रूस ने ईरान को पचास करोड़ डॉलर की सहायता मंज़ूर की है.', '07', 'RU', 'IR'],
  ['ईरान ने अमेरिका के सम्मेलन का बहिष्कार किया.', '16', 'IR', 'US'],
  ['रूस के सैनिकों ने अमेरिका के जहाज़ पर गोलियां चलाईं.', '19', 'RU', 'US'],
];
for (const [sentence, root, source, target] of round3) {
  test(`round 3 frame: ${root} ← ${sentence}`, () => {
    const e = code(sentence).find((x) => x.root === root);
    assert.ok(e, `expected root ${root}`);
    assert.deepEqual(pair(e), [source, target]);
  });
}

test('a negated approval gives no aid event', () => {
  assert.equal(code('रूस ने ईरान को सहायता मंज़ूर नहीं की.').filter((e) => e.root === '07').length, 0);
});

test('contact with an unnamed party gives no consultation between the article\'s countries', () => {
  assert.deepEqual(code('ईरान और अमेरिका में तनाव है. ईरान ने अमेरिका की निंदा की. कंपनी का कहना है कि वह परिवार के संपर्क में है.').filter((e) => e.root === '04'), []);
});
