/** Helpers for the store contract: put a synthetic article into any Store backend. */
import { analyze } from '../../src/analysis/pipeline.ts';
import { contentHash } from '../../src/ingest/keys.ts';
import { simhash } from '../../src/ingest/simhash.ts';
import type { ArticleMetaRecord, PutResult, Store } from '../../src/store/types.ts';

export { syntheticArticle } from '../store/helpers.ts';

/** Analyses a text and stores it directly (no ingest layer), with optional metadata. */
export async function putText(store: Store, text: string, meta: Partial<ArticleMetaRecord> = {}, edit?: (a: ReturnType<typeof analyze>) => void): Promise<PutResult> {
  const analysis = analyze(text, { meta: { title: meta.title ?? null, published: meta.published ?? null, url: meta.url ?? null } });
  edit?.(analysis);
  return store.putArticle({
    meta: { url: null, canonicalUrl: null, guid: null, site: null, title: null, author: null, published: null, source: 'test', ...meta },
    raw: Buffer.from(text), rawType: 'text/plain', text, analysis, simhash: simhash(analysis.body),
  }, { contentHash: contentHash(text), canonicalUrl: meta.canonicalUrl ?? null, guid: meta.guid ?? null });
}

/** A store opened for one test file, with the one backend-specific hook the contract needs. */
export interface ContractStore {
  store: Store;
  /** Marks an article as analysed by another pipeline version (as an older khabar would have left it). */
  setPipeline(id: number, version: string): Promise<void>;
  cleanup(): Promise<void>;
}
