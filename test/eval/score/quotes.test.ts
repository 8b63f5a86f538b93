import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreQuotes } from '../../../src/eval/score/quotes.ts';
import { analysis, entity, quote } from '../fixtures.ts';

const body = 'मंत्री अनिल वर्मा ने कहा, “हम अगले महीने तक सड़क पूरी कर देंगे.” गांव के मुखिया ने कहा, “हमें भरोसा नहीं है कि काम होगा.”';
const q1 = '“हम अगले महीने तक सड़क पूरी कर देंगे.”';
const q2 = '“हमें भरोसा नहीं है कि काम होगा.”';
const gold = [
  { speaker: 'अनिल वर्मा', starts: 'हम अगले', ends: 'पूरी कर देंगे' },
  { speaker: 'गांव के मुखिया', starts: 'हमें भरोसा', ends: 'काम होगा' },
];

test('speaker right through the speaker entity mentions or through speakerText', () => {
  const out = analysis(body, {
    entities: [entity(body, 'e1', 'PERSON', ['अनिल वर्मा'])],
    quotes: [quote(body, q1, 'e1', null), quote(body, q2, null, 'गांव के मुखिया')],
  });
  const s = scoreQuotes(gold, out);
  assert.deepEqual([s.gold, s.found, s.speakerRight, s.spurious], [2, 2, 2, 0]);
});

test('found with the wrong speaker, and a quote lacking the end words is not found', () => {
  const cut = 'हम अगले महीने तक सड़क';
  const out = analysis(body, { quotes: [quote(body, cut, null, 'अनिल वर्मा'), quote(body, q2, null, 'मंत्री')] });
  const s = scoreQuotes(gold, out);
  assert.deepEqual([s.found, s.speakerRight, s.spurious], [1, 0, 1]);
  assert.equal(s.missed.length, 1);
  assert.match(s.wrongSpeaker[0], /गांव के मुखिया.*≠ मंत्री/);
});
