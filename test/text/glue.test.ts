import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyGluePoint, findGluePoints, splitGlued } from '../../src/text/glue.ts';
import { countDocument, knownSpelling, parseWordStats, variantKey, wordStats } from '../../src/text/glue-vocab.ts';

/** `word` cut at its glue points, joined with `|`. */
function parts(word: string): string {
  let from = 0;
  const out: string[] = [];
  for (const c of [...splitGlued(word), word.length]) {
    out.push(word.slice(from, c));
    from = c;
  }
  return out.join('|');
}

describe('splitGlued', () => {
  test('splits words glued where markup was stripped', () => {
    assert.equal(parts('मंत्रीजॉन'), 'मंत्री|जॉन');
    assert.equal(parts('तस्वीरेंलगभग'), 'तस्वीरें|लगभग');
    assert.equal(parts('राज़ीदोनों'), 'राज़ी|दोनों');
    assert.equal(parts('भारतऔरपाकिस्तान'), 'भारत|और|पाकिस्तान');
  });

  test('splits a postposition off a name', () => {
    assert.equal(parts('केरीने'), 'केरी|ने');
  });

  test('keeps frequent words and real words whole', () => {
    for (const w of ['राष्ट्रपति', 'अमरीका', 'पाकिस्तान', 'प्रधानमंत्री', 'उन्होंने', 'सामने', 'कोरोना']) assert.equal(parts(w), w);
  });

  test('keeps verb forms, pronoun forms, acronyms and bound affixes whole', () => {
    for (const w of ['पहुँचने', 'सुलझाने', 'किसका', 'एमआरआई', 'पहुंचाकर', 'कलाकार', 'उपवास', 'मिलीमीटर']) assert.equal(parts(w), w);
  });

  test('keeps short-part compounds and names whole (held-out words)', () => {
    for (const w of ['कहलाने', 'करकट', 'हरवंश', 'गिरगांव', 'मरकाम', 'द्वाराहाट', 'बड़ागांव']) assert.equal(parts(w), w);
  });

  test('leaves non-Devanagari and short tokens alone', () => {
    for (const w of ['JohnKerry', 'कि', '2020', 'abc.com', '']) assert.deepEqual(splitGlued(w), []);
  });
});

describe('classifyGluePoint', () => {
  const at = (s: string) => ({ text: s.replace('|', ''), at: s.indexOf('|') });

  test('a link title run into the next sentence is a boundary', () => {
    for (const s of ['शादी की तस्वीरें|लगभग दो साल बाद', 'भयावह मंज़र|इस बीच सेना', 'संघर्ष विराम को राज़ी|दोनों पक्षों ने']) {
      const { text, at: i } = at(s);
      const v = classifyGluePoint(text, i);
      assert.equal(v.boundary, true, `${s}: ${v.reason} ${v.score}`);
    }
  });

  test('a missing space inside a sentence is not a boundary', () => {
    for (const [s, reason] of [['विदेश मंत्री|जॉन केरी', 'inside'], ['केरी|ने कहा', 'clitic'], ['कोरोना|वायरस के मामले', 'bigram'], ['राष्ट्रपति|ट्रंप ने', 'bigram']]) {
      const { text, at: i } = at(s);
      const v = classifyGluePoint(text, i);
      assert.equal(v.boundary, false, s);
      assert.equal(v.reason, reason, s);
    }
  });

  test('an index off a word says no boundary and does not throw', () => {
    assert.equal(classifyGluePoint('क ख', 1).boundary, false);
    assert.equal(classifyGluePoint('', 5).boundary, false);
  });

  test('findGluePoints returns seams with verdicts and offsets into the text', () => {
    const text = 'विदेश मंत्रीजॉन केरीने कहा';
    const g = findGluePoints(text);
    assert.deepEqual(g.map((p) => [text.slice(0, p.at).split(' ').pop(), p.verdict.right, p.verdict.boundary]), [
      ['मंत्री', 'जॉन', false],
      ['केरी', 'ने', false],
    ]);
  });
});

describe('word statistics', () => {
  test('the committed table loads and holds frequent words', () => {
    const s = wordStats();
    assert.ok(s.count.size > 20000);
    assert.ok((s.count.get('है') ?? 0) > 10000);
    assert.ok(s.bigrams.has('के लिए'));
  });

  test('malformed lines are rejected with the line number', () => {
    assert.throws(() => parseWordStats('# (tokens=1 files=1)\nके\tx\t0\t0\t0\n', '# h\n'), /unigrams.tsv:2/);
    assert.throws(() => parseWordStats('# (tokens=1 files=1)\n', '# h\nकेलिए\t3\n'), /bigrams.tsv:2/);
    assert.throws(() => parseWordStats('# no header\n', ''), /tokens=N/);
  });
});

test('an independent vowel inside a rare token marks a lost space; letter-name acronyms stay whole', () => {
  const nfc = (s: string) => s.normalize('NFC');
  assert.deepEqual(splitGlued(nfc('पुलिसइस')), [5]);
  assert.deepEqual(splitGlued(nfc('प्रोटोकॉलऔर')), [9]);
  for (const w of ['एमआरआई', 'आईआईटी', 'सीआईए', 'डीआईजी']) assert.deepEqual(splitGlued(nfc(w)), [], w);
});

describe('spelling variants and document counts', () => {
  test('a nukta or candrabindu variant is looked up under the spelling the corpus knows', () => {
    const s = wordStats();
    assert.equal(variantKey('ज़िंदग़ी'), variantKey('जिंदगी'));
    assert.equal(variantKey('पहुँच'), 'पहुंच');
    assert.ok(s.count.has(knownSpelling(s, 'ज़िंदग़ी')), 'the variant maps to a counted spelling');
    assert.equal(knownSpelling(s, 'रख़ा'), 'रख़ा', 'short words are taken as written');
  });

  test('countDocument counts words and sentence starts as the word statistics do', () => {
    const d = countDocument('इसराइली सेना आई. इसराइली दल गया.\nफिर इसराइली लौटे।');
    assert.equal(d.count.get('इसराइली'), 3);
    assert.equal(d.starts.get('इसराइली'), 2);
    assert.equal(d.starts.get('फिर'), 1);
  });
});

describe('memoize', () => {
  test('computes once per text and starts afresh past its bound', async () => {
    const { memoize } = await import('../../src/text/memo.ts');
    let calls = 0;
    const f = memoize((w: string) => { calls++; return w.length; }, 2);
    assert.equal(f('क'), 1);
    assert.equal(f('क'), 1);
    assert.equal(calls, 1);
    f('ख'); f('गग');
    assert.equal(f('गग'), 2);
    assert.equal(calls, 3);
  });
});
