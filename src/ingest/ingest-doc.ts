/** One RawDoc → analysed → stored (or recognised as a duplicate before any analysis). */
import { analyze } from '../analysis/pipeline.ts';
import type { Analysis } from '../analysis/types.ts';
import { KhabarError } from '../errors.ts';
import type { DedupKeys, PutResult, Store } from '../store/types.ts';
import { canonicalUrl, contentHash, siteOf } from './keys.ts';
import type { RawDoc } from './rawdoc.ts';
import { simhash } from './simhash.ts';

/** The dedup keys of a RawDoc. */
export function docKeys(doc: RawDoc): DedupKeys {
  return {
    canonicalUrl: canonicalUrl(doc.meta.canonicalUrl ?? doc.meta.url),
    guid: doc.meta.guid ?? null,
    contentHash: contentHash(doc.text),
  };
}

/** Runs the analyser over a stored or incoming text with its metadata. */
export function analyzeText(text: string, meta: { url?: string | null; site?: string | null; title?: string | null; published?: string | null }): Analysis {
  return analyze(text, { meta: { url: meta.url ?? null, site: meta.site ?? null, title: meta.title ?? null, published: meta.published ?? null } });
}

/**
 * Ingests one document: duplicate check by its keys, analysis, one atomic write.
 *
 * @example
 * await ingestDoc(store, { source: 'a.txt', raw, rawType: 'text/plain', text, meta: {} }); // { status: 'added', id: 1, storyId: 1 }
 */
export async function ingestDoc(store: Store, doc: RawDoc): Promise<PutResult> {
  if (!doc.text.trim()) throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', doc.source);
  const keys = docKeys(doc);
  const known = await store.findDuplicate(keys);
  if (known !== null) return { status: 'duplicate', id: known, storyId: known };
  const url = doc.meta.canonicalUrl ?? doc.meta.url ?? null;
  const site = doc.meta.site && !/\s/.test(doc.meta.site) ? doc.meta.site : siteOf(url) ?? doc.meta.site ?? null;
  const analysis = analyzeText(doc.text, { url, site, title: doc.meta.title, published: doc.meta.published });
  return store.putArticle({
    meta: {
      url: doc.meta.url ?? url, canonicalUrl: keys.canonicalUrl ?? null, guid: keys.guid ?? null, site: siteOf(url) ?? site,
      title: doc.meta.title ?? analysis.title, author: doc.meta.author ?? null, published: doc.meta.published ?? null,
      source: doc.source, feedId: doc.meta.feedId ?? null,
    },
    raw: doc.raw, rawType: doc.rawType, text: doc.text, analysis, simhash: simhash(analysis.body),
  }, keys);
}
