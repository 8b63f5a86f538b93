/**
 * The Store interface: what the knowledge base, the API and the CLI use to keep and find
 * articles. Every method is async and speaks plain data, so a SQLite file (default) and a
 * PostgreSQL server (issue 7) can implement it the same way.
 */
import type { Analysis } from '../analysis/types.ts';

/** Everything known about an article from outside its analysed text. */
export interface ArticleMetaRecord {
  url: string | null;
  canonicalUrl: string | null;
  guid: string | null;
  site: string | null;
  title: string | null;
  author: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  /** Where it came from: a file path, a page URL, a feed URL. */
  source: string;
  /** Feed id when it came from a stored feed. */
  feedId?: number | null;
}

/** An article ready to be stored: raw bytes, the text that was analysed, metadata, analysis. */
export interface ArticleInput {
  meta: ArticleMetaRecord;
  /** The bytes as received (file contents, HTTP body, feed item content). */
  raw: Uint8Array;
  /** MIME type of `raw`: text/plain, text/html, application/json … */
  rawType: string;
  /** The text handed to the analyser (reanalyze re-reads this). */
  text: string;
  analysis: Analysis;
  /** 64-bit SimHash of the body (see src/ingest/simhash.ts), as a signed bigint. */
  simhash: bigint | null;
}

/** Keys an article is known by; any one matching an existing article makes it a duplicate. */
export interface DedupKeys {
  canonicalUrl?: string | null;
  guid?: string | null;
  /** SHA-256 of the normalised text. */
  contentHash: string;
}

export type PutStatus = 'added' | 'duplicate';

export interface PutResult {
  status: PutStatus;
  id: number;
  /** Story the article belongs to (the id of its first near-duplicate, or itself). */
  storyId: number;
}

/** Search filters; all optional. Dates are ISO `YYYY-MM-DD` (inclusive). */
export interface SearchFilters {
  from?: string;
  to?: string;
  site?: string;
  /** Entity name (Latin, case-insensitive) or a mention's surface text. */
  entity?: string;
  /** CAMEO root code, e.g. `05`. */
  eventRoot?: string;
}

export interface SearchOptions extends SearchFilters {
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: number;
  title: string | null;
  url: string | null;
  site: string | null;
  published: string | null;
  storyId: number;
  /** bm25 score: lower is better (FTS5 convention). */
  score: number;
  /** A window of the body with matched words wrapped in `[` `]`. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

/** A stored article, as read back. */
export interface StoredArticle {
  id: number;
  meta: ArticleMetaRecord;
  rawType: string;
  text: string;
  pipeline: string;
  analysis: Analysis;
  storyId: number;
  ingestedAt: string;
}

/** A feed being watched, with the state that makes polling polite. */
export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Seconds between polls, adapted to how often the feed publishes. */
  intervalSeconds: number;
  /** ISO date-time of the next poll due. */
  nextPollAt: string;
  lastPolledAt: string | null;
  errorCount: number;
  lastError: string | null;
}

/** The polling outcome to record for a feed. */
export interface FeedPollUpdate {
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  intervalSeconds: number;
  nextPollAt: string;
  polledAt: string;
  errorCount: number;
  lastError: string | null;
}

export interface StoreCounts {
  articles: number;
  stories: number;
  entities: number;
  mentions: number;
  events: number;
  quotes: number;
  dates: number;
  feeds: number;
}

/** The store every consumer talks to. */
export interface Store {
  /** Which backend this is (`sqlite`, `postgres`). */
  readonly kind: string;
  /** Id of an article already known by one of these keys, or null. */
  findDuplicate(keys: DedupKeys): Promise<number | null>;
  /** Stores an article and its analysis atomically (all or nothing); a known key → duplicate. */
  putArticle(input: ArticleInput, keys: DedupKeys): Promise<PutResult>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Replaces the analysis of an article (reanalyze), atomically. */
  replaceAnalysis(id: number, analysis: Analysis, simhash: bigint | null): Promise<void>;
  /** How many articles each stored pipeline version analysed. */
  pipelineVersions(): Promise<{ version: string; count: number }[]>;
  /** Ids of articles analysed by one of `versions`, in id order after `afterId`. */
  articlesByPipeline(versions: string[], afterId: number, limit: number): Promise<number[]>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Articles of one story (near-duplicates). */
  storyArticles(storyId: number): Promise<number[]>;
  addFeed(url: string, title?: string | null): Promise<{ feed: FeedRecord; added: boolean }>;
  listFeeds(): Promise<FeedRecord[]>;
  /** Feeds whose next poll is due at `now` (ISO). */
  dueFeeds(now: string): Promise<FeedRecord[]>;
  updateFeed(id: number, update: FeedPollUpdate): Promise<void>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
