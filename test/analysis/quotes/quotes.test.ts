import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../../src/analysis/quotes/index.ts';
import { makeDoc, type EntitySpec } from './make-doc.ts';

const people: EntitySpec[] = [
  { id: 'e1', type: 'PERSON', mentions: ['सुनीता वर्मा'], country: 'IN' },
  { id: 'e2', type: 'PERSON', mentions: ['अमित राय'] },
  { id: 'e3', type: 'PERSON', mentions: ['काना'] },
  { id: 'e4', type: 'ORGANIZATION', mentions: ['विदेश मंत्रालय'] },
];
const quotes = (body: string) => findQuotes(makeDoc(body, { entities: people }));

test('speaker before: X ने कहा, “…”', () => {
  const [q, ...rest] = quotes('विदेश मंत्री सुनीता वर्मा ने कहा, “हमारे रिश्ते मज़बूत हैं.”');
  assert.equal(rest.length, 0);
  assert.equal(q!.text, 'हमारे रिश्ते मज़बूत हैं.');
  assert.equal(q!.speaker, 'e1');
  assert.equal(q!.speakerText, 'सुनीता वर्मा');
  assert.equal(q!.cue, 'ने कहा');
});

test('speaker before with कि, and every text equals its body slice', () => {
  const body = 'सुनीता वर्मा ने कहा कि "दोनों देश मिलकर काम करेंगे."';
  const [q] = quotes(body);
  assert.equal(q!.speaker, 'e1');
  assert.equal(body.slice(q!.start, q!.end), q!.text);
});

test('speaker after: “…,” X ने कहा', () => {
  const [q] = quotes('“हम किसी दबाव में नहीं झुकेंगे,” अमित राय ने कहा.');
  assert.equal(q!.speaker, 'e2');
  assert.equal(q!.cue, 'ने कहा');
});

test('speaker named in the sentence before, quote over two sentences', () => {
  const [q] = quotes('अमित राय ने संवाददाताओं से बात की. “बातचीत अच्छी रही. हम फिर मिलेंगे.”');
  assert.equal(q!.speaker, 'e2');
  assert.ok(q!.text.includes('बातचीत अच्छी रही') && q!.text.endsWith('हम फिर मिलेंगे.'));
});

test('का कहना है, के मुताबिक and a pronoun resolve to the speaker', () => {
  assert.equal(quotes('विदेश मंत्रालय का कहना है, “सीमा पर हालात सामान्य हैं.”')[0]!.speaker, 'e4');
  assert.equal(quotes('अमित राय के मुताबिक, “सीमा पर हालात सामान्य हैं.”')[0]!.cue, 'के मुताबिक');
  const qs = quotes('सुनीता वर्मा आज दिल्ली पहुंचीं. उन्होंने कहा, “यह यात्रा अहम है.”');
  assert.equal(qs[0]!.speaker, 'e1');
});

test('a speaker described, not named, keeps the words and no entity', () => {
  const [q] = quotes('काना के चाचा ने कहा, “वह जल्द घर लौट आएगा.”');
  assert.equal(q!.speaker, null);
  assert.equal(q!.speakerText, 'काना के चाचा');
});

test('an unattributable quotation is kept with speaker null', () => {
  const qs = quotes('गांव में एक पोस्टर लगा था: “हम अपनी ज़मीन नहीं छोड़ेंगे.” लोग उसे पढ़ते रहे.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, null);
  assert.equal(qs[0]!.speakerText, null);
});

test('single-quoted titles are names, not quotations; single-quoted speech with a cue is', () => {
  assert.deepEqual(quotes("सेना ने 'ऑपरेशन शक्ति' शुरू किया और 'बसीज' दस्ते तैनात किए."), []);
  const [q] = quotes("अमित राय ने कहा, 'हम यहां से नहीं जाएंगे.'");
  assert.equal(q!.speaker, 'e2');
  assert.equal(q!.text, 'हम यहां से नहीं जाएंगे.');
});

test('an apostrophe inside a word is no quotation mark', () => {
  const qs = quotes("ओ'ब्रायन ने कहा, “यह रिपोर्ट सही नहीं है.” उन्होंने 'ओ'नील' का नाम नहीं लिया.");
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'यह रिपोर्ट सही नहीं है.');
});

test('a quotation that goes on right after another keeps its speaker', () => {
  const qs = quotes('अमित राय ने कहा, “हम तैयार हैं.” “सरकार को भी तैयार रहना होगा.”');
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.speaker, 'e2');
});
