/** The `article_analyse` job, and the analyse-and-store step the fetch job ends with. */
import { KhabarError } from '../../errors.ts';
import { ingestDoc } from '../../ingest/ingest-doc.ts';
import type { RawDoc } from '../../ingest/rawdoc.ts';
import type { PutResult } from '../../store/types.ts';
import type { JobContext } from './context.ts';

/** A RawDoc as a job carries it (raw bytes in base64). */
export interface DocPayload {
  source: string;
  rawBase64: string;
  rawType: string;
  text: string;
  meta: RawDoc['meta'];
}

/**
 * A RawDoc as a job payload.
 *
 * @example
 * docPayload({ source: 'a.txt', raw: Buffer.from('x'), rawType: 'text/plain', text: 'x', meta: {} }).rawBase64; // 'eA=='
 */
export function docPayload(doc: RawDoc): DocPayload {
  return { source: doc.source, rawBase64: Buffer.from(doc.raw).toString('base64'), rawType: doc.rawType, text: doc.text, meta: doc.meta };
}

/**
 * Analyses and stores one document exactly once (the store's dedup keys decide), refusing
 * texts over the size limit so one huge page cannot hold a worker for minutes.
 *
 * @example
 * await analyseAndStore(ctx, doc); // { status: 'added', id: 7, storyId: 7 }
 */
export async function analyseAndStore(ctx: JobContext, doc: RawDoc): Promise<PutResult> {
  if (doc.text.length > ctx.maxArticleChars) {
    throw new KhabarError('KHABAR_ERR_TOO_LARGE', `${doc.source}: ${doc.text.length} characters is more than the ${ctx.maxArticleChars} an article may have`);
  }
  return ingestDoc(ctx.store, doc);
}

/**
 * Handles an `article_analyse` job.
 *
 * @example
 * await analyseJob(ctx, { doc: docPayload(doc) });
 */
export async function analyseJob(ctx: JobContext, data: { doc: DocPayload }): Promise<PutResult> {
  const d = data.doc;
  return analyseAndStore(ctx, { source: d.source, raw: Buffer.from(d.rawBase64, 'base64'), rawType: d.rawType, text: d.text, meta: d.meta });
}
