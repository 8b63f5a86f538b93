import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEdnil, scoreEdnilArticle, VIOLENT_TYPES } from '../../src/eval/ednil.ts';

// A document in the EDNIL format, written for this test.
const xml = '<?xml version="1.0" encoding="UTF-8"?><DOCUMENT><DESC/><TIME>1</TIME>'
  + '<P><W> शहर </W><W> में </W><W> कल </W><MAN_MADE_EVENT ID="1" TYPE="SUICIDE_ATTACK"><W> आत्मघाती </W><W> हमला </W></MAN_MADE_EVENT><W> हुआ। </W></P>'
  + '<P><W> गांव </W><W> में </W><NATURAL_EVENT ID="2" TYPE="FLOODS"><W> बाढ़ </W></NATURAL_EVENT><W> आई। </W><W> लोग </W><W> &#2360;&#2369;&#2352;&#2325;&#2381;&#2359;&#2367;&#2340; </W><W> हैं। </W></P></DOCUMENT>';

test('parseEdnil rebuilds the text from the tokens and finds each trigger span', () => {
  const a = parseEdnil(xml);
  assert.equal(a.text, 'शहर में कल आत्मघाती हमला हुआ।\n\nगांव में बाढ़ आई। लोग सुरक्षित हैं।');
  assert.equal(a.triggers.length, 2);
  const [attack, flood] = a.triggers;
  assert.equal(a.text.slice(attack!.start, attack!.end), 'आत्मघाती हमला');
  assert.equal(attack!.kind, 'MAN_MADE_EVENT');
  assert.equal(a.text.slice(flood!.start, flood!.end), 'बाढ़');
  assert.equal(VIOLENT_TYPES[attack!.type], '18');
  assert.equal(VIOLENT_TYPES[flood!.type], undefined);
});

test('scoreEdnilArticle counts violent sentences: the attack found, the flood not counted', () => {
  const c = scoreEdnilArticle(parseEdnil(xml));
  assert.equal(c.goldSentences, 1);
  assert.equal(c.tp, 1);
  assert.equal(c.fp, 0);
  assert.deepEqual(c.byType.SUICIDE_ATTACK, { found: 1, total: 1 });
});
