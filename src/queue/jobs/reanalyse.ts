/** The `article_reanalyse` job, and the scan that enqueues one per article from an older pipeline. */
import { PIPELINE_VERSION } from '../../analysis/version.ts';
import { analyzeText } from '../../ingest/ingest-doc.ts';
import { compareVersions } from '../../ingest/reanalyze.ts';
import { simhash } from '../../ingest/simhash.ts';
import type { Store } from '../../store/types.ts';
import { QUEUES } from '../names.ts';
import type { JobQueue } from '../queue.ts';
import type { JobContext } from './context.ts';

/**
 * Handles an `article_reanalyse` job: skipped when the article is already at this pipeline.
 *
 * @example
 * await reanalyseJob(ctx, { id: 12 }); // { status: 'reanalysed', id: 12 }
 */
export async function reanalyseJob(ctx: JobContext, data: { id: number }): Promise<{ status: 'reanalysed' | 'current' | 'missing'; id: number }> {
  const art = await ctx.store.getArticle(data.id);
  if (!art) return { status: 'missing', id: data.id };
  if (compareVersions(art.pipeline, PIPELINE_VERSION) >= 0) return { status: 'current', id: data.id };
  const m = art.meta;
  const analysis = analyzeText(art.text, { url: m.canonicalUrl ?? m.url, site: m.site, title: m.title, published: m.published });
  await ctx.store.replaceAnalysis(data.id, analysis, simhash(analysis.body));
  return { status: 'reanalysed', id: data.id };
}

/**
 * Enqueues a reanalyse job for every article analysed by an older pipeline; returns how many.
 *
 * @example
 * await enqueueReanalysis(store, queue); // 345 after an upgrade
 */
export async function enqueueReanalysis(store: Store, queue: JobQueue): Promise<number> {
  const older = (await store.pipelineVersions()).filter((v) => compareVersions(v.version, PIPELINE_VERSION) < 0).map((v) => v.version);
  let after = 0;
  let n = 0;
  for (;;) {
    const ids = await store.articlesByPipeline(older, after, 500);
    if (ids.length === 0) return n;
    for (const id of ids) await queue.send(QUEUES.reanalyse, { id }, { singletonKey: `reanalyse:${id}` });
    n += ids.length;
    after = ids[ids.length - 1];
  }
}
