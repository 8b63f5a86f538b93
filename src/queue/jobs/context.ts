/** What every job handler works with: the store, the queue, the politeness gate, fetch options. */
import type { FetchOptions } from '../../ingest/fetch.ts';
import type { PostgresStore } from '../../store/postgres/store.ts';
import type { Politeness } from '../politeness.ts';
import type { JobQueue } from '../queue.ts';

export interface JobContext {
  store: PostgresStore;
  queue: JobQueue;
  polite: Politeness;
  fetch: FetchOptions;
  /** Articles longer than this many characters are refused before analysis (a poison guard). */
  maxArticleChars: number;
}

/** The host a URL's requests are counted against (lower case, port kept). */
export function hostOf(url: string): string {
  return new URL(url).host.toLowerCase();
}
