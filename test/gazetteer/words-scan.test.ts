import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { words } from '../../src/gazetteer/tokens.ts';
import { matchKey } from '../../src/text/normalize.ts';

/** The definition words() implements by a character scan. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+(?:-[\p{L}\p{M}\p{N}\u200C\u200D]+)*/gu;
function byRegex(text: string, from: number, to: number): { text: string; start: number; end: number; key: string }[] {
  const out = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const t = text.slice(m.index, end);
    out.push({ text: t, start: m.index, end, key: matchKey(t) });
  }
  return out;
}

/** words() without the shared lexeme records, to compare with the regex's words. */
const plain = (ws: ReturnType<typeof words>) => ws.map(({ text, start, end, key }) => ({ text, start, end, key }));

test('words() splits as the Unicode word pattern, with offsets and keys', () => {
  const t = 'रूस ने ११ जुलाई को पाकिस्तान-रूस समझौता किया॰ U.S.-led 2025 ज़ि\u200Dन्दगी!';
  assert.deepEqual(plain(words(t)), byRegex(t, 0, t.length));
  assert.deepEqual(words(t).map((w) => w.text).slice(0, 3), ['रूस', 'ने', '११']);
  // Equal texts share one lexeme record, where later stages keep what they learnt of the word.
  const [a, , b] = words('रूस ने रूस');
  assert.equal(a.lexeme, b.lexeme);
  assert.equal(a.lexeme?.key, 'रूस');
});

test('words() equals the regex on random mixed-script text and ranges', () => {
  const piece = fc.oneof(
    fc.constantFrom('रूस', 'ने', ' ', '-', '--', '.', '।', '॰', '१२', '5', 'é', '𝐀', '\u200C', '\u200D', '\uD800', '\uDC00', 'A-B', 'ां', 'ज़'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );
  const input = fc.array(piece, { maxLength: 25 }).map((xs) => xs.join('')).chain((t) =>
    fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const));
  fc.assert(fc.property(input, ([t, from, to]) => {
    assert.deepEqual(plain(words(t, from, to)), byRegex(t, from, to));
  }), { seed: 20261127, numRuns: 3000 });
});

test('cachedWordFlag answers once per distinct word and afresh for new data', async () => {
  const { cachedWordFlag } = await import('../../src/gazetteer/tokens.ts');
  let calls = 0;
  const long = (w: { text: string }) => { calls++; return w.text.length > 2; };
  const [a, b, c] = words('पाकिस्तान ने पाकिस्तान');
  const owner = {};
  assert.equal(cachedWordFlag(a, owner, 1 << 20, 1 << 21, long), true);
  assert.equal(cachedWordFlag(c, owner, 1 << 20, 1 << 21, long), true);
  assert.equal(cachedWordFlag(b, owner, 1 << 20, 1 << 21, long), false);
  assert.equal(calls, 2, 'the repeated word shares its answer');
  cachedWordFlag(a, {}, 1 << 20, 1 << 21, long);
  assert.equal(calls, 3, 'another owner asks again');
  assert.equal(cachedWordFlag({ text: 'xy', start: 0, end: 2, key: 'xy' }, owner, 1 << 20, 1 << 21, long), false);
});
