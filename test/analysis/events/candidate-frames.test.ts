import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { candidateFrames, frameLexicon } from '../../../src/analysis/events/frames.ts';
import { foldWord } from '../../../src/analysis/events/fold.ts';

/** The definition candidateFrames implements by a character scan: words by a Unicode regex. */
function byRegex(text: string): string[] {
  const { frames, byTrigger } = frameLexicon();
  const hit = new Set(frames.filter(() => false));
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)) for (const f of byTrigger.get(foldWord(m[0])) ?? []) hit.add(f);
  return frames.filter((f) => hit.has(f)).map((f) => f.id);
}

test('candidateFrames finds the frames of trigger words, folded for nukta and candrabindu', () => {
  const ids = candidateFrames('रूस और पाकिस्तान ने समझौते पर हस्ताक्षर किए.').map((f) => f.id);
  assert.ok(ids.length > 0);
  assert.deepEqual(ids, byRegex('रूस और पाकिस्तान ने समझौते पर हस्ताक्षर किए.'));
  assert.deepEqual(candidateFrames('१२३ ... 2024'), []);
});

test('candidateFrames splits words exactly as the Unicode word pattern does', () => {
  const { byTrigger } = frameLexicon();
  const triggers = [...byTrigger.keys()].slice(0, 60);
  const piece = fc.oneof(
    fc.constantFrom(...triggers, ' ', '-', '.', '।', '१', '5', 'ॐ', '\u200C', 'é', '𝐀', 'ñ', 'A-B', '--', '\u093C', 'ँ'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(fc.property(text, (t) => {
    assert.deepEqual(candidateFrames(t).map((f) => f.id), byRegex(t));
  }), { seed: 20261127, numRuns: 2000 });
});
