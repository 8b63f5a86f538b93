import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { forEachLetterWord } from '../../src/text/letter-words.ts';

const spans = (t: string): [number, number][] => {
  const out: [number, number][] = [];
  forEachLetterWord(t, (s, e) => out.push([s, e]));
  return out;
};
const byRegex = (t: string): [number, number][] => [...t.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)].map((m) => [m.index, m.index + m[0].length]);

test('letter words: Devanagari words, hyphen compounds, no digits or dandas', () => {
  const t = 'रूस-पाक संधि २०२५, 2025। U.S.-led';
  assert.deepEqual(spans(t).map(([s, e]) => t.slice(s, e)), ['रूस-पाक', 'संधि', 'U', 'S', 'led']);
  assert.deepEqual(spans(t), byRegex(t));
});

test('letter words equal the Unicode regex on random mixed-script text', () => {
  const piece = fc.oneof(
    fc.constantFrom('रूस', ' ', '-', '--', '.', '।', '॰', '१', '5', 'é', '𝐀', '\u200C', '\uD800', '\uDC00', 'ां', 'ज़'),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 25 }).map((xs) => xs.join('')), (t) => {
    assert.deepEqual(spans(t), byRegex(t));
  }), { seed: 20261127, numRuns: 3000 });
});
