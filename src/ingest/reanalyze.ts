/** Re-runs the current analyser over stored text where the stored pipeline version is older. */
import { PIPELINE_VERSION } from '../analysis/version.ts';
import type { Store } from '../store/types.ts';
import { analyzeText } from './ingest-doc.ts';
import { Progress, type ProgressSink } from './progress.ts';
import { simhash } from './simhash.ts';

/**
 * Compares dotted version strings numerically (`0.10.0` > `0.9.1`); non-numeric parts compare as text.
 *
 * @example
 * compareVersions('0.1.0', '0.2.0'); // -1
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? Math.sign(nx - ny) : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

export interface ReanalyzeSummary {
  reanalyzed: number;
  failed: { id: number; reason: string }[];
  /** Versions that were older than the current one. */
  from: string[];
  to: string;
}

/**
 * Reanalyses every article whose pipeline version is older than `version` (default: the current
 * analyser), each in its own transaction, so an interrupted run simply carries on next time.
 *
 * @example
 * const s = await reanalyze(store); s.reanalyzed; // 345 after a pipeline upgrade
 */
export async function reanalyze(store: Store, options: { version?: string; all?: boolean; progress?: ProgressSink } = {}): Promise<ReanalyzeSummary> {
  const to = options.version ?? PIPELINE_VERSION;
  const versions = await store.pipelineVersions();
  const older = versions.filter((v) => options.all || compareVersions(v.version, to) < 0);
  const summary: ReanalyzeSummary = { reanalyzed: 0, failed: [], from: older.map((v) => v.version), to };
  const progress = new Progress(options.progress ?? { isTTY: false, write: () => true }, older.reduce((n, v) => n + v.count, 0));
  let after = 0;
  for (;;) {
    const ids = await store.articlesByPipeline(summary.from, after, 200);
    if (ids.length === 0) break;
    for (const id of ids) {
      after = id;
      try {
        const art = await store.getArticle(id);
        if (!art) continue;
        const m = art.meta;
        const analysis = analyzeText(art.text, { url: m.canonicalUrl ?? m.url, site: m.site, title: m.title, published: m.published });
        await store.replaceAnalysis(id, analysis, simhash(analysis.body));
        summary.reanalyzed++;
        progress.tick('reanalyzed', `#${id}`);
      } catch (err) {
        summary.failed.push({ id, reason: err instanceof Error ? err.message : String(err) });
        progress.tick('failed', `#${id}`);
      }
    }
  }
  progress.finish();
  return summary;
}
