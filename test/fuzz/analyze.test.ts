import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/pipeline.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { runs, SEED } from './budget.ts';

/** Offsets within the body, `text` fields equal to their slices, JSON-serialisable. */
function checkInvariants(a: Analysis): void {
  const n = a.body.length;
  const span = (s: { start: number; end: number }) => assert.ok(Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= n, `span ${s.start}-${s.end} of ${n}`);
  const withText = (s: { start: number; end: number; text: string }) => { span(s); assert.equal(a.body.slice(s.start, s.end), s.text); };
  a.sentences.forEach(span);
  a.headings.forEach(withText);
  for (const e of a.entities) e.mentions.forEach(withText);
  a.dates.forEach(withText);
  a.quotes.forEach(withText);
  for (const e of a.events) e.evidence.forEach(span);
  JSON.parse(JSON.stringify(a));
}

// A real-looking article written for these tests (no corpus text).
const ARTICLE = [
  'भारत और नेपाल ने सीमा व्यापार पर समझौता किया',
  '',
  'नई दिल्ली, 12 मार्च 2024। भारत और नेपाल के विदेश मंत्रियों ने मंगलवार को काठमांडू में मुलाक़ात की और सीमा व्यापार पर एक समझौते पर हस्ताक्षर किए।',
  'विदेश मंत्री एस. जयशंकर ने कहा, "दोनों देशों के बीच रिश्ते मज़बूत हुए हैं।"',
  'नेपाल के प्रधानमंत्री ने भारत की यात्रा का न्योता स्वीकार किया. पाकिस्तान ने इस समझौते की आलोचना की।',
  '(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए यहाँ क्लिक करें.)',
].join('\n');

/** Mutations a scraper or a broken encoder inflicts on real text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom('"', '“', '”', '‘', "'", '(', ')', '।', '.', '\u0000', '\u0007', '\u200D', '\u094D', '\u093C', '\uFFFD', '\r', '\n\n', 'Ω', '😀', '\u202E', 'http://', '<b>') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 30 }), times: fc.integer({ min: 2, max: 60 }) }),
  fc.record({ kind: fc.constant('storm' as const), at: fc.nat(), mark: fc.constantFrom('\u094D', '\u0902', '\u093C', '\u0301', '\u200C'), times: fc.integer({ min: 10, max: 400 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, muts: readonly Mutation[]): string {
  let t = text;
  for (const m of muts) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    if (m.kind === 'insert') t = t.slice(0, at) + m.what + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.len);
    else if (m.kind === 'repeat') t = t.slice(0, at) + t.slice(at, at + m.len).repeat(m.times) + t.slice(at);
    else t = t.slice(0, at) + m.mark.repeat(m.times) + t.slice(at);
  }
  return t;
}

test('analyze keeps its invariants on mutated real-looking articles', () => {
  fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (muts) => checkInvariants(analyze(apply(ARTICLE, muts), { anchorDate: '2024-03-12' }))), { seed: SEED, numRuns: runs(150) });
});

test('analyze keeps its invariants on mixed-script soup with control characters', () => {
  const piece = fc.oneof(
    fc.constantFrom('रूस', 'ने', 'के साथ', 'समझौता किया', 'Moscow', 'ইসলামাবাদ', 'اسلام آباد', 'москва', '北京', '١٢', '१२ मार्च', '“', '"', '।', ' ', '\n', '\t', '\u0085', '\u2028'),
    fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x0900, max: 0x097f }).map((c) => String.fromCharCode(c)),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), (xs) => checkInvariants(analyze(xs.join('')))), { seed: SEED + 1, numRuns: runs(150) });
});

test('a 100 KB adversarial line is analysed in bounded time (no catastrophic backtracking)', () => {
  const lines = [
    // Unbalanced quotes and brackets with speech verbs: quote and speaker search.
    '"उन्होंने कहा ( “रूस ने कहा '.repeat(4000),
    // Names and postpositions with no sentence end: argument and mention search.
    'पाकिस्तान के विदेश मंत्री और रूस के साथ भारत की ओर से '.repeat(2000),
    // Dates and numbers without end: the date matcher.
    '12 मार्च 2024 से 13 '.repeat(5000),
    // Combining marks on every letter and dots between: segmenter and glue repair.
    'क्\u200Dष़.'.repeat(20000),
  ].map((l) => l.slice(0, 100_000));
  for (const line of lines) {
    const t0 = performance.now();
    checkInvariants(analyze(line));
    const ms = performance.now() - t0;
    assert.ok(ms < 10_000, `${line.slice(0, 20)}… took ${Math.round(ms)} ms`);
  }
});

test('a 1 MB line of mixed text keeps its invariants', { skip: process.env.FUZZ_RUNS ? false : 'runs under npm run fuzz (about 30 s)' }, () => {
  const unit = 'भारत ने 12 मार्च को Nepal के साथ “समझौता किया और कहा ';
  const line = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  const t0 = performance.now();
  checkInvariants(analyze(line));
  assert.ok(performance.now() - t0 < 120_000);
});
