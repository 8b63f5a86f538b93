import type { Doc } from '../doc.ts';
import { entityMentions, paragraphSpans, sentenceSpans, spanIndexAt } from '../quotes/layout.ts';
import type { Event, EventActor } from '../types.ts';
import { codeSentence } from './code-sentence.ts';
import { mergeEvents } from './merge.ts';

/** The two countries the article names most, as a default pair for `दोनों देशों`. */
function mainCountries(doc: Readonly<Doc>): [EventActor, EventActor] | null {
  const countries = doc.entities.filter((e) => e.code !== null).sort((a, b) => b.mentions.length - a.mentions.length);
  const [a, b] = countries;
  return a && b ? [{ entity: a.id, country: a.code }, { entity: b.id, country: b.code }] : null;
}

/**
 * CAMEO-coded events, driven by the verb frames of data/frames/frames.json: each sentence is
 * matched against the frames its words trigger; the sides come from Hindi syntax (ergative ने,
 * coordination, के साथ, को, पर, की ओर से), resolved to countries through the entities; place from
 * `X में`/`X स्थित`; date from the sentence, the paragraph before it, or the anchor date for a
 * present-perfect report. Restatements merge into one event with several evidence spans.
 * Negated events are kept with `negated: true` (the Analysis leaves them out).
 *
 * @example
 * // doc.body 'पाकिस्तान और रूस ने समझौते पर हस्ताक्षर किए हैं.' with both countries as entities:
 * codeEvents(doc)[0]; // { code: '057', root: '05', source: { country: 'PK' }, target: { country: 'RU' }, … }
 */
export function codeEvents(doc: Readonly<Doc>): Event[] {
  const sentences = sentenceSpans(doc);
  const paragraphs = paragraphSpans(doc);
  const mentions = entityMentions(doc.entities);
  const context: { lastPair: [EventActor, EventActor] | null } = { lastPair: mainCountries(doc) };
  const events = sentences.flatMap((span, index) => {
    const p = spanIndexAt(paragraphs, span.start);
    return codeSentence(doc, { index, span, paragraph: p >= 0 ? paragraphs[p]! : null, mentions }, context);
  });
  return mergeEvents(events);
}
