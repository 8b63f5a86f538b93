import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeSite, normalizeText } from '../../src/eval/normalize.ts';

test('ZWJ/ZWNJ/ZWSP after a virama are dropped', () => {
  assert.equal(normalizeText('पाकिस्\u200Dतान'), 'पाकिस्तान');
  assert.equal(normalizeText('पाकिस्\u200Cतान\u200B'), 'पाकिस्तान');
});

test('NBSP and other space runs fold to one space, ends trimmed', () => {
  assert.equal(normalizeText('\u00A0रूस\u00A0\u00A0 और\t\n पाकिस्तान\u202F '), 'रूस और पाकिस्तान');
});

test('NFC: precomposed and decomposed nukta letters compare equal', () => {
  assert.equal(normalizeText('\u095B'), normalizeText('\u091C\u093C')); // ज़
  assert.equal(normalizeText('फ़ेसबुक'.normalize('NFD')), normalizeText('फ़ेसबुक'));
});

test('case is kept (FORMAT.md does not fold it)', () => {
  assert.notEqual(normalizeText('PSM'), normalizeText('psm'));
});

test('sites compare without scheme, www. and trailing slash', () => {
  assert.equal(normalizeSite('https://www.ABPLive.com/'), 'abplive.com');
  assert.equal(normalizeSite('bbc.com/hindi'), 'bbc.com/hindi');
});
