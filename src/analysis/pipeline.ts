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

/**
 * Runs the stages of the analysis core in flow order and returns the whole working document.
 * Pure: no I/O, no clock, no globals beyond data loaded once.
 */
export function runStages(raw: string, options: AnalyzeOptions = {}): Doc {
  const doc = emptyDoc(raw, options);
  Object.assign(doc, clean(raw, options.meta ?? {}));
  Object.assign(doc, segment(doc));
  doc.language = options.lang
    ? { code: options.lang, confidence: 1 }
    : detectLanguage(doc.body, doc.paragraphs);
  doc.mentions = findMentions(doc);
  doc.entities = linkEntities(doc);
  Object.assign(doc, findDates(doc));
  doc.quotes = findQuotes(doc);
  doc.events = codeEvents(doc);
  return doc;
}

/**
 * Analyses one article: raw text in, the Analysis document (schema `khabar.analysis/1`) out.
 *
 * @example
 * const a = analyze('रूस ने पाकिस्तान के साथ समझौता किया.', { anchorDate: '2025-07-11' });
 * a.schema; // 'khabar.analysis/1'
 */
export function analyze(raw: string, options: AnalyzeOptions = {}): Analysis {
  const doc = runStages(raw, options);
  return toAnalysis(doc);
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
