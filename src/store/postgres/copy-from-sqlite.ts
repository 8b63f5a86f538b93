/**
 * Copies a SQLite store into a PostgreSQL store: feeds with their polling state, then every
 * article in id order with its raw bytes, analysis, story, ingest time and dedup keys, in
 * batches of `batchSize` articles, one transaction per batch (one multi-row insert per table,
 * the search vectors travelling with the article rows). Ids are kept, so story links and feed links stay
 * valid; articles already copied are skipped, so an interrupted copy simply resumes: a killed
 * copy loses at most its open batch, which the next run writes again.
 */
import type { Analysis } from '../../analysis/types.ts';
import type { SqliteStore } from '../sqlite/store.ts';
import type { ImportRecord } from './bulk-import.ts';
import type { PostgresStore } from './store.ts';

export interface CopySummary {
  feeds: number;
  copied: number;
  skipped: number;
  seconds: number;
}

type Row = Record<string, unknown>;

/** Articles per transaction unless told otherwise (measured: 250–1000 are equally fast; memory grows with it). */
export const DEFAULT_BATCH = 500;

/**
 * Copies `from` into `to`; `onProgress` hears (done, total) after every batch.
 *
 * @example
 * const s = await copySqliteToPostgres(openSqliteStore('k.db'), await openPostgresStore(url));
 * s.copied; // 345
 */
export async function copySqliteToPostgres(from: SqliteStore, to: PostgresStore, onProgress?: (done: number, total: number) => void,
  batchSize = DEFAULT_BATCH): Promise<CopySummary> {
  const t0 = performance.now();
  const db = from.db;
  const feeds = db.prepare('SELECT id, added_at FROM feeds ORDER BY id').all() as Row[];
  const byId = new Map((await from.listFeeds()).map((f) => [f.id, f]));
  for (const r of feeds) await to.importFeed(byId.get(r.id as number)!, r.added_at as string);
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  const rowStmt = db.prepare('SELECT raw, content_hash FROM articles WHERE id = ?').safeIntegers(false);
  const simStmt = db.prepare('SELECT simhash FROM articles WHERE id = ?').pluck().safeIntegers(true);
  // dedup_keys has no index on article_id in SQLite: one scan up front, not one per article.
  const keysOf = new Map<number, string[]>();
  for (const k of db.prepare('SELECT article_id, key FROM dedup_keys ORDER BY key').iterate() as Iterable<Row>) {
    const list = keysOf.get(k.article_id as number);
    if (list) list.push(k.key as string); else keysOf.set(k.article_id as number, [k.key as string]);
  }
  const summary: CopySummary = { feeds: feeds.length, copied: 0, skipped: 0, seconds: 0 };
  const record = async (id: number): Promise<ImportRecord> => {
    const art = (await from.getArticle(id))!;
    const r = rowStmt.get(id) as Row;
    return {
      id, storyId: art.storyId, ingestedAt: art.ingestedAt, contentHash: r.content_hash as string, keys: keysOf.get(id) ?? [],
      input: { meta: art.meta, raw: r.raw as Buffer, rawType: art.rawType, text: art.text, analysis: art.analysis as Analysis, simhash: simStmt.get(id) as bigint | null },
    };
  };
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const present = await to.presentIds(batch);
    const records: ImportRecord[] = [];
    for (const id of batch) if (!present.has(id)) records.push(await record(id));
    const added = await to.importArticles(records);
    summary.copied += added;
    summary.skipped += batch.length - added;
    onProgress?.(Math.min(ids.length, i + batchSize), ids.length);
  }
  await to.syncSequences();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
