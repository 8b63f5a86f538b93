import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  scoreBoilerplate, scoreHeadings, scoreLanguage, scoreRelated, scoreSource, scoreTitle,
} from '../../../src/eval/score/cleaning.ts';
import { analysis, gold, spanOf } from '../fixtures.ts';

const body = 'नेपाल में नई सड़क बनी\n\nगांव के लोग खुश हैं.\n\nआगे क्या होगा?\n\nकाम अगले साल पूरा होगा.';

test('title null in gold is right only when the output has none', () => {
  assert.equal(scoreTitle(gold({ title: null }), analysis(body)).right, true);
  assert.equal(scoreTitle(gold({ title: null }), analysis(body, { title: 'नेपाल में नई सड़क बनी' })).right, false);
  assert.equal(scoreTitle(gold({ title: 'नेपाल में नई सड़क बनी' }), analysis(body)).right, false);
});

test('title compares after normalisation (NBSP, ZWJ, spaces)', () => {
  const s = scoreTitle(gold({ title: 'नेपाल\u00A0में  नई सड़क बनी ' }), analysis(body, { title: 'नेपाल में नई सड़\u200Dक बनी' }));
  assert.equal(s.right, true);
});

test('headings: precision and recall over the sets', () => {
  const out = analysis(body, { headings: [spanOf(body, 'आगे क्या होगा?'), spanOf(body, 'गांव के लोग खुश हैं.')] });
  const s = scoreHeadings(gold({ headings: ['आगे क्या होगा?', 'कौन जिम्मेदार?'] }), out);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  assert.deepEqual(s.missed, ['कौन जिम्मेदार?']);
  assert.deepEqual(s.spurious, ['गांव के लोग खुश हैं.']);
});

test('boilerplate: strings absent from the normalised body count as removed; the rest are listed', () => {
  const s = scoreBoilerplate(gold({ boilerplate: ['यहां क्लिक करें', 'लोग\u00A0खुश'] }), analysis(body));
  assert.deepEqual([s.removed, s.total], [1, 2]);
  assert.deepEqual(s.remaining, ['लोग\u00A0खुश']);
});

test('related: an output title equal to or starting with the gold title (prefix) finds it', () => {
  const out = analysis(body, { related: [
    { title: 'पुल गिरने पर मंत्री बोले- ‘जांच होगी…’', url: null },
    { title: 'बारिश से फसल खराब', url: null },
    { title: 'एक और खबर', url: null },
  ] });
  const s = scoreRelated(gold({ related: ['पुल गिरने पर मंत्री बोले', 'बारिश से फसल खराब', 'नदी में बाढ़'] }), out);
  assert.deepEqual([s.found, s.total], [2, 3]);
  assert.deepEqual(s.missed, ['नदी में बाढ़']);
  assert.deepEqual(s.extra, ['एक और खबर']);
  // a gold title is not found by an output title that is only a prefix of it
  assert.equal(scoreRelated(gold({ related: ['बारिश से फसल खराब'] }), analysis(body, { related: [{ title: 'बारिश से', url: null }] })).found, 0);
});

test('source: site equality, not scored where the gold has none', () => {
  assert.equal(scoreSource(gold({ source: 'example.com' }), analysis(body, { source: { site: 'www.example.com' } })).right, true);
  assert.equal(scoreSource(gold({ source: 'example.com' }), analysis(body)).right, false);
  assert.equal(scoreSource(gold({ source: null }), analysis(body, { source: { site: 'x.in' } })).right, null);
});

test('language: code equality', () => {
  assert.equal(scoreLanguage(gold({ language: 'hi' }), analysis(body)).right, true);
  assert.equal(scoreLanguage(gold({ language: 'ur' }), analysis(body)).right, false);
});
