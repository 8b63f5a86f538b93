/**
 * The knowledge base: questions asked across all stored analyses — entity pages, pair
 * timelines, the relation graph, the country lens and event queries. Every method is async and
 * returns plain data, so SQLite (default) and PostgreSQL (issue 7) can implement it alike.
 */
import type { EntityType, Span } from '../analysis/types.ts';

/** An inclusive range of ISO days `YYYY-MM-DD`. */
export interface DayWindow {
  from: string;
  to: string;
}

/** Bucket size of a timeline. Weeks are ISO weeks (`2025-W28`), months `2025-07`. */
export type Granularity = 'day' | 'week' | 'month';

/** An article as other records point to it. */
export interface ArticleRef {
  id: number;
  title: string | null;
  site: string | null;
  url: string | null;
  /** Publication (or anchor) day, `YYYY-MM-DD`, or null. */
  day: string | null;
}

/**
 * An entity across articles. The key is the cross-article identity: `country:IN` for a
 * country, otherwise `<type>:<lower-case Latin name>` (`person:vadim velichko`).
 */
export interface EntityRef {
  key: string;
  type: EntityType;
  kind: string | null;
  name: string;
  code: string | null;
  country: string | null;
}

/** A hit of an entity lookup. */
export interface EntitySummary extends EntityRef {
  articles: number;
  mentions: number;
}

/** One side of a stored event. */
export interface EventSide {
  country: string | null;
  /** The actor entity (name and key), when the event named one. */
  entity: { key: string; name: string; type: EntityType } | null;
}

/** A stored event with the article that reports it. */
export interface EventRecord {
  articleId: number;
  /** Index of the event in its article's `analysis.events`. */
  index: number;
  code: string;
  root: string;
  label: string;
  quad: number;
  goldstein: number;
  source: EventSide | null;
  target: EventSide | null;
  /** The date the text gives (any granularity), or null. */
  date: string | null;
  /** The day used for windows and timelines: a full event date, else the article's day. */
  day: string | null;
  evidence: Span[];
  confidence: number;
  article: ArticleRef;
}

export interface EventQuery {
  /** Country codes. One: events with it on either side. Several: events among them. */
  actors?: string[];
  /** CAMEO roots (`05`) or codes (`057`); an event matches when its code starts with one. */
  codes?: string[];
  quad?: number;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface EventPage {
  total: number;
  events: EventRecord[];
}

/** Everything known about one entity across the store. */
export interface EntityPage {
  entity: EntitySummary;
  /** Surface forms as written, most frequent first. */
  surfaces: { text: string; count: number }[];
  /** Articles that mention it, newest first, with the mentions. */
  mentions: { article: ArticleRef; spans: { start: number; end: number; text: string }[] }[];
  /** Roles (offices) it was given, with the first and last day seen. */
  roles: { role: string; first: string | null; last: string | null; articles: number }[];
  /** Entities named in the same articles, by number of shared articles. */
  cooccurring: (EntityRef & { articles: number })[];
  /** Events it takes part in (as an actor, or as the country of an actor for countries). */
  events: EventRecord[];
}

export interface TimelineBucket {
  /** `2025-07-11`, `2025-W28` or `2025-07`. */
  period: string;
  /** First day of the period. */
  start: string;
  count: number;
  /** Counts per CAMEO QuadClass 1..4 (index 0 is QuadClass 1). */
  quad: [number, number, number, number];
  goldsteinSum: number;
  goldsteinMean: number;
}

export interface PairTimeline {
  a: string;
  b: string;
  by: Granularity;
  window: DayWindow;
  total: number;
  goldsteinMean: number | null;
  buckets: TimelineBucket[];
  /** The most recent events of the pair (up to 100). */
  events: EventRecord[];
}

export interface GraphNode {
  /** Country code (`IN`) or an organisation key (`organization:…`). */
  id: string;
  label: string;
  type: 'country' | 'organization';
  /** Events the node takes part in, within the window. */
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  count: number;
  goldsteinMean: number;
}

export interface RelationGraph {
  window: DayWindow;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphQuery {
  from?: string;
  to?: string;
  /** Keep the edges with the most events (default 150). */
  maxEdges?: number;
  /** Drop edges with fewer events (default 1). */
  minCount?: number;
}

/** How a country stands with the focus country, from their events in the window. */
export type Stance = 'partner' | 'rival' | 'neutral';

export interface Relation {
  country: string;
  name: string;
  events: number;
  goldsteinMean: number;
  stance: Stance;
}

/**
 * Why a lens item is listed: a rival of F acting with a partner of F, a rival of F acting with
 * another power, or an event between other powers reported in an article that names F.
 */
export type LensKind = 'rival-partner' | 'rival-third' | 'reported-with';

export interface LensItem {
  kind: LensKind;
  source: { country: string; name: string; stance: Stance | null };
  target: { country: string; name: string; stance: Stance | null };
  code: string;
  root: string;
  label: string;
  quad: number;
  goldstein: number;
  day: string | null;
  /** The ranking score (README.md, "The country lens, in plain words"): kind weight × |Goldstein|/10 × recency × reports. */
  score: number;
  /** 0.5^(age in days / half-life). */
  recency: number;
  /** Plain-words reason shown on the page. */
  why: string;
  reports: { article: ArticleRef; index: number; evidence: string }[];
}

export interface LensQuery {
  from?: string;
  to?: string;
  limit?: number;
}

export interface Lens {
  focus: string;
  name: string;
  window: DayWindow;
  method: { partnerAtLeast: number; rivalAtMost: number; halfLifeDays: number; weights: Record<LensKind, number> };
  partners: Relation[];
  rivals: Relation[];
  neutral: Relation[];
  items: LensItem[];
}

export interface ArticleQuery {
  from?: string;
  to?: string;
  site?: string;
  /** Entity key (`country:PK`, `person:…`). */
  entity?: string;
  /** CAMEO root. */
  root?: string;
  limit?: number;
  offset?: number;
}

export interface ArticleListItem extends ArticleRef {
  entities: number;
  events: number;
}

export interface ArticleList {
  total: number;
  articles: ArticleListItem[];
}

/** The knowledge base every consumer (API, web, CLI) talks to. */
export interface KnowledgeBase {
  articles(query: ArticleQuery): Promise<ArticleList>;
  /** Entity key of each entity id of one article (`e1` → `country:RU`). */
  articleEntityKeys(articleId: number): Promise<Record<string, string>>;
  findEntities(q: string, limit?: number): Promise<EntitySummary[]>;
  entity(key: string): Promise<EntityPage | null>;
  events(query: EventQuery): Promise<EventPage>;
  pairTimeline(a: string, b: string, by: Granularity, window?: Partial<DayWindow>): Promise<PairTimeline>;
  graph(query?: GraphQuery): Promise<RelationGraph>;
  lens(country: string, query?: LensQuery): Promise<Lens>;
  /** The latest article day in the store (the default end of every window), or null when empty. */
  latestDay(): Promise<string | null>;
}
