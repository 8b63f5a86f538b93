/**
 * Copies a SQLite store into a PostgreSQL store: feeds with their polling state, then every
 * article in id order with its raw bytes, analysis, story, ingest time and dedup keys, one
 * transaction per article. Ids are kept, so story links and feed links stay valid; an article
 * already copied is skipped, so an interrupted copy simply resumes.
 */
import type { Analysis } from '../../analysis/types.ts';
import type { SqliteStore } from '../sqlite/store.ts';
import type { PostgresStore } from './store.ts';

export interface CopySummary {
  feeds: number;
  copied: number;
  skipped: number;
  seconds: number;
}

type Row = Record<string, unknown>;

/**
 * Copies `from` into `to`; `onProgress` hears (done, total) every 100 articles.
 *
 * @example
 * const s = await copySqliteToPostgres(openSqliteStore('k.db'), await openPostgresStore(url));
 * s.copied; // 345
 */
export async function copySqliteToPostgres(from: SqliteStore, to: PostgresStore, onProgress?: (done: number, total: number) => void): Promise<CopySummary> {
  const t0 = performance.now();
  const db = from.db;
  const feeds = db.prepare('SELECT id, added_at FROM feeds ORDER BY id').all() as Row[];
  const byId = new Map((await from.listFeeds()).map((f) => [f.id, f]));
  for (const r of feeds) await to.importFeed(byId.get(r.id as number)!, r.added_at as string);
  const ids = db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
  const rowStmt = db.prepare('SELECT raw, content_hash, simhash FROM articles WHERE id = ?').safeIntegers(false);
  const simStmt = db.prepare('SELECT simhash FROM articles WHERE id = ?').pluck().safeIntegers(true);
  const keyStmt = db.prepare('SELECT key FROM dedup_keys WHERE article_id = ? ORDER BY key').pluck();
  const summary: CopySummary = { feeds: feeds.length, copied: 0, skipped: 0, seconds: 0 };
  for (const [i, id] of ids.entries()) {
    const art = (await from.getArticle(id))!;
    const r = rowStmt.get(id) as Row;
    const sim = simStmt.get(id) as bigint | null;
    const added = await to.importArticle({
      id, storyId: art.storyId, ingestedAt: art.ingestedAt, contentHash: r.content_hash as string, keys: keyStmt.all(id) as string[],
      input: { meta: art.meta, raw: r.raw as Buffer, rawType: art.rawType, text: art.text, analysis: art.analysis as Analysis, simhash: sim },
    });
    if (added) summary.copied++; else summary.skipped++;
    if ((i + 1) % 100 === 0) onProgress?.(i + 1, ids.length);
  }
  await to.syncSequences();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
