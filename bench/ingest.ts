/**
 * Ingest and search benchmark.
 *   node --import tsx bench/ingest.ts                 ingest bbc-hindi, the COVID articles and the COVID day files
 *                                                     (cut at headline lines) into temp stores, report rate, DB
 *                                                     size, re-ingest, and search p50/p95 on bbc-hindi + articles
 *   node --import tsx bench/ingest.ts --search DB     search latency only, on an existing store (e.g. the 100k one)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '../src/ingest/run.ts';
import { openSqliteStore } from '../src/store/sqlite/store.ts';
import type { Store } from '../src/store/types.ts';

const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
export const HINDI_QUERIES = ['भारत', 'सरकार', 'कोरोना', 'समझौता', 'चुनाव', 'प्रधानमंत्री मोदी', '"विश्व कप"', 'पुलिस OR अदालत', 'वैक्सीन', 'अमरीका -चीन'];
export const LATIN_QUERIES = ['Moscow', 'Trump', 'China', 'Pakistan', 'Corona'];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Bytes of a SQLite store file with its WAL. */
export function dbSize(path: string): number {
  return [path, `${path}-wal`].filter(existsSync).reduce((n, p) => n + statSync(p).size, 0);
}

/**
 * Search latency p50/p95 in ms per script, uncached: `reps` rounds, each running every query
 * once with a limit of its own (10 + round), so no store's result memo answers it.
 */
export async function searchLatency(store: Store, reps = 20): Promise<Record<string, { p50: number; p95: number; hits: number[] }>> {
  const out: Record<string, { p50: number; p95: number; hits: number[] }> = {};
  for (const [name, qs] of [['hindi', HINDI_QUERIES], ['latin', LATIN_QUERIES]] as const) {
    const times: number[] = [];
    const hits: number[] = [];
    for (const q of qs) hits.push((await store.search(q, { limit: 1 })).total);
    for (let round = 0; round < reps; round++) {
      for (const q of qs) {
        const t = performance.now();
        await store.search(q, { limit: 10 + round });
        times.push(performance.now() - t);
      }
    }
    out[name] = { p50: +pct(times, 50).toFixed(2), p95: +pct(times, 95).toFixed(2), hits };
  }
  return out;
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--search');
  if (i > 0) {
    const path = process.argv[i + 1];
    const store = openSqliteStore(path);
    const n = (await store.counts()).articles;
    console.log(JSON.stringify({ store: path, articles: n, bytes: dbSize(path), search: await searchLatency(store) }, null, 1));
    await store.close();
    return;
  }
  if (!existsSync(SHARED)) {
    console.log(`skipped: ${SHARED} is absent (the corpus lives in ../shared)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  try {
    const results: Record<string, unknown> = {};
    const combined = join(dir, 'all.db');
    const sources: [string, string, boolean][] = [
      ['bbc-hindi', join(SHARED, 'bbc-hindi'), false],
      ['covid19-hindi-2020-articles', join(SHARED, 'covid19-hindi-2020-articles'), false],
      ['covid19-hindi-2020 (day files, --split-headlines)', join(SHARED, 'covid19-hindi-2020'), true],
    ];
    for (const [name, src, splitHeadlines] of sources) {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.db`);
      const store = openSqliteStore(path);
      const s = await ingestInputs(store, [src], { splitHeadlines });
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      const rerun = await ingestInputs(store, [src], { splitHeadlines });
      results[name] = {
        added: s.added, failed: s.failed.length, seconds: +s.seconds.toFixed(2), articlesPerSecond: +(s.added / s.seconds).toFixed(1),
        dbBytes: dbSize(path), bytesPerArticle: Math.round(dbSize(path) / Math.max(1, s.added)),
        reingest: { added: rerun.added, duplicates: rerun.duplicates, seconds: +rerun.seconds.toFixed(2) },
      };
      await store.close();
    }
    const store = openSqliteStore(combined);
    await ingestInputs(store, [join(SHARED, 'bbc-hindi'), join(SHARED, 'covid19-hindi-2020-articles')]);
    results.combined = { articles: (await store.counts()).articles, search: await searchLatency(store) };
    await store.close();
    console.log(JSON.stringify(results, null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
