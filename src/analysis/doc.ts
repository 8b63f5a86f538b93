import type {
  AnalyzeOptions, AnchorSource, DateMention, Entity, Event, Heading, Mention, Message, Quote,
  Related, Removed, Sentence, Span, Token,
} from './types.ts';

/**
 * The working document that travels through the stages of the analysis core (unified/vfile
 * style): each stage reads the layers earlier stages produced and returns its own, which
 * `analyze` adds. Stages never mutate layers they did not produce.
 */
export interface Doc {
  options: AnalyzeOptions;
  /** The input text as given (before cleaning). */
  raw: string;
  // clean
  title: string | null;
  /** The cleaned text: title (if any) as its first paragraph, then the article body. */
  body: string;
  /** Where the title stands in `body`, or null. */
  titleSpan: Span | null;
  headings: Heading[];
  related: Related[];
  removed: Removed[];
  source: { site: string } | null;
  // segment
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  // language
  language: { code: string; confidence: number };
  // mentions, entities
  mentions: Mention[];
  entities: Entity[];
  // dates
  anchorDate: string | null;
  anchorDateSource: AnchorSource | null;
  dates: DateMention[];
  // quotes, events
  quotes: Quote[];
  events: Event[];
  messages: Message[];
}

/** A fresh document holding only the input; every layer empty. */
export function emptyDoc(raw: string, options: AnalyzeOptions): Doc {
  return {
    options, raw,
    title: null, body: '', titleSpan: null, headings: [], related: [], removed: [], source: null,
    paragraphs: [], sentences: [], tokens: [],
    language: { code: 'und', confidence: 0 },
    mentions: [], entities: [],
    anchorDate: null, anchorDateSource: null, dates: [],
    quotes: [], events: [], messages: [],
  };
}
