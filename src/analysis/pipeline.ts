import { clean } from './clean/index.ts';
import { findDates } from './dates/index.ts';
import { emptyDoc, type Doc } from './doc.ts';
import { linkEntities } from './entities/index.ts';
import { codeEvents } from './events/index.ts';
import { detectLanguage } from './language/index.ts';
import { findMentions } from './mentions/index.ts';
import { findQuotes } from './quotes/index.ts';
import { segment } from './segment/index.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';
import { PIPELINE_VERSION } from './version.ts';

/** The stages of the analysis core in flow order; each adds its layer to the document. */
export const STAGES: ReadonlyArray<readonly [name: string, run: (doc: Doc) => void]> = [
  ['clean', (doc) => Object.assign(doc, clean(doc.raw, doc.options.meta ?? {}))],
  ['segment', (doc) => Object.assign(doc, segment(doc))],
  ['language', (doc) => {
    doc.language = doc.options.lang ? { code: doc.options.lang, confidence: 1 } : detectLanguage(doc.body, doc.paragraphs);
  }],
  ['mentions', (doc) => { doc.mentions = findMentions(doc); }],
  ['entities', (doc) => { doc.entities = linkEntities(doc); }],
  ['dates', (doc) => Object.assign(doc, findDates(doc))],
  ['quotes', (doc) => { doc.quotes = findQuotes(doc); }],
  ['events', (doc) => { doc.events = codeEvents(doc); }],
];

/** Milliseconds spent per stage, summed over calls (for benchmarks). */
export type StageTimings = Record<string, number>;

/**
 * Runs the stages of the analysis core in flow order and returns the whole working document.
 * Pure: no I/O, no clock (except when `timings` asks for stage durations), no globals beyond
 * data loaded once.
 *
 * @example
 * const doc = runStages('रूस ने कहा.', {});
 * doc.sentences.length; // 1
 */
export function runStages(raw: string, options: AnalyzeOptions = {}, timings?: StageTimings): Doc {
  const doc = emptyDoc(raw, options);
  for (const [name, run] of STAGES) {
    if (!timings) {
      run(doc);
      continue;
    }
    const t0 = performance.now();
    run(doc);
    timings[name] = (timings[name] ?? 0) + performance.now() - t0;
  }
  return doc;
}

/**
 * Analyses one article: raw text in, the Analysis document (schema `khabar.analysis/1`) out.
 *
 * @example
 * const a = analyze('रूस ने पाकिस्तान के साथ समझौता किया.', { anchorDate: '2025-07-11' });
 * a.schema; // 'khabar.analysis/1'
 */
export function analyze(raw: string, options: AnalyzeOptions = {}, timings?: StageTimings): Analysis {
  return toAnalysis(runStages(raw, options, timings));
}

/** Projects the working document onto the output contract. */
export function toAnalysis(doc: Doc): Analysis {
  return {
    schema: 'khabar.analysis/1',
    pipeline: PIPELINE_VERSION,
    language: doc.language,
    title: doc.title,
    body: doc.body,
    headings: doc.headings,
    related: doc.related,
    removed: doc.removed,
    source: doc.source,
    anchorDate: doc.anchorDate,
    anchorDateSource: doc.anchorDateSource,
    sentences: doc.sentences.map((s) => (s.heading ? { start: s.start, end: s.end, heading: true } : { start: s.start, end: s.end })),
    entities: doc.entities,
    dates: doc.dates,
    quotes: doc.quotes,
    events: doc.events.filter((e) => !e.negated),
    messages: doc.messages,
  };
}
