/**
 * The Analysis document — khabar's output contract (schema `khabar.analysis/1`, see DESIGN.md) —
 * and the layers the stages of the pure analysis core hand to each other.
 *
 * Every span (`start`/`end`) indexes `Analysis.body` with JavaScript string indices, and every
 * `text` field of a span equals `body.slice(start, end)`.
 */

/** A half-open range `[start, end)` of JavaScript string indices into the cleaned body. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === body.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

/** A sub-heading inside the body. */
export type Heading = TextSpan;

/** A related-story link lifted out of the body ("यह भी पढ़ें: …"). */
export interface Related {
  title: string;
  url: string | null;
}

/** Why the cleaner took a piece of text out of the body. */
export type RemovalReason = 'trailer' | 'related' | 'share' | 'boilerplate' | 'control';

/** A piece of raw text the cleaner removed, with the reason and the id of the pattern. */
export interface Removed {
  text: string;
  reason: RemovalReason;
  rule?: string;
}

/** A sentence of the body. `heading` marks titles and sub-headings. */
export interface Sentence extends Span {
  heading?: boolean;
}

/** What a token is made of. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A token of the body with its sentence index. `text === body.slice(start, end)`. */
export interface Token extends TextSpan {
  kind: TokenKind;
  sentence: number;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

/** A typed span that names a person, organisation or place, before linking. */
export interface Mention extends TextSpan {
  type: EntityType;
  /** Where the mention came from: the statistical tagger, a gazetteer, a rule. */
  source: 'ner' | 'gazetteer' | 'rule';
  confidence: number;
}

/** A linked entity: all mentions of one person, organisation or place in the article. */
export interface Entity {
  id: string;
  type: EntityType;
  /** For places: `country`, `city`, `region`, `continent`, … */
  kind: string | null;
  /** Best Latin-script name. */
  name: string;
  /** ISO 3166-1 alpha-2 code where the entity is a country. */
  code: string | null;
  /** Affiliation (people, organisations) or where a place lies, ISO 3166-1 alpha-2. */
  country: string | null;
  /** Offices as written in the text. */
  roles: string[];
  mentions: TextSpan[];
  confidence: number;
}

/** `early` / `mid` / `late` where the text qualifies a period. */
export type DateQualifier = 'early' | 'mid' | 'late';

/** A date expression with its ISO 8601 value at the granularity the text gives. */
export interface DateMention extends TextSpan {
  /** `2025-07-11`, `2025-07`, `1973`, `2020-W14`; null where a relative date had no anchor. */
  value: string | null;
  qualifier: DateQualifier | null;
  /** Id of the rule that read it. */
  rule?: string;
}

/** Where the anchor date came from. */
export type AnchorSource = 'option' | 'metadata' | 'text';

export interface Quote extends TextSpan {
  /** Entity id of the speaker, or null where no named entity speaks. */
  speaker: string | null;
  /** The words that name the speaker ("हारून अख्तर खान", "काना के चाचा"), or null. */
  speakerText: string | null;
  /** The reporting verb ("ने कहा", "बताया"), or null. */
  cue: string | null;
}

/** One side of an event. */
export interface EventActor {
  entity: string | null;
  country: string | null;
}

/** A CAMEO-coded event. */
export interface Event {
  code: string;
  root: string;
  label: string;
  quad: number;
  goldstein: number;
  source: EventActor | null;
  target: EventActor | null;
  date: string | null;
  place: string | null;
  sentence: number;
  evidence: Span[];
  rule: string;
  confidence: number;
  /** Set where the frame matched a negated verb (not reported as an event). */
  negated?: boolean;
}

/** A problem found while analysing, collected rather than thrown (vfile-style). */
export interface Message {
  stage: string;
  rule: string;
  message: string;
  start?: number;
  end?: number;
}

/** The Analysis document, schema `khabar.analysis/1`. */
export interface Analysis {
  schema: 'khabar.analysis/1';
  pipeline: string;
  language: { code: string; confidence: number };
  title: string | null;
  body: string;
  headings: Heading[];
  related: Related[];
  removed: Removed[];
  source: { site: string } | null;
  anchorDate: string | null;
  /** Which input gave `anchorDate`: the option, the article metadata, or the text itself. */
  anchorDateSource: AnchorSource | null;
  sentences: Sentence[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  events: Event[];
  messages: Message[];
}

/** Inputs of `analyze` besides the text. The core reads no clock: dates come in here. */
export interface AnalyzeOptions {
  /** Reference for relative dates, `YYYY-MM-DD`; wins over everything else. */
  anchorDate?: string;
  /** Force a language (ISO 639-1) instead of detecting it. */
  lang?: string;
  /** Article metadata, where the caller has it (feed item, HTML meta tags, file name). */
  meta?: ArticleMeta;
}

/** Metadata known about an article from outside its text. */
export interface ArticleMeta {
  url?: string | null;
  site?: string | null;
  title?: string | null;
  /** Publication time, ISO 8601 (a date or a date-time). */
  published?: string | null;
}
