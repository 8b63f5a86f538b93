/** Shared test helpers: temp SQLite stores and synthetic Hindi articles written for the tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/pipeline.ts';
import { contentHash } from '../../src/ingest/keys.ts';
import { simhash } from '../../src/ingest/simhash.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.ts';
import type { ArticleMetaRecord, PutResult, Store } from '../../src/store/types.ts';

export function tempDir(prefix = 'khabar-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempStore(): { store: SqliteStore; path: string; cleanup: () => Promise<void> } {
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'khabar.db');
  const store = openSqliteStore(path);
  return { store, path, cleanup: async () => { await store.close(); cleanup(); } };
}

const WORDS = ['सरकार', 'बैठक', 'मंत्री', 'शहर', 'लोग', 'बारिश', 'किसान', 'बाज़ार', 'स्कूल', 'अस्पताल', 'नदी', 'सड़क', 'चुनाव', 'अदालत', 'पुलिस',
  'खिलाड़ी', 'टीम', 'मैच', 'फ़िल्म', 'गाना', 'रेल', 'बिजली', 'पानी', 'गांव', 'दफ़्तर', 'योजना', 'बजट', 'कंपनी', 'मज़दूर', 'छात्र'];

/** A deterministic pseudo-article of `n` sentences made from common words (seeded). */
export function syntheticArticle(seed: number, n = 12): string {
  let x = seed * 2654435761 % 4294967296 || 1;
  const rnd = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const ws = Array.from({ length: 6 + Math.floor(rnd() * 6) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    out.push(`${ws.join(' ')} के बारे में खबर ${seed}-${i} है।`);
  }
  return out.join(' ');
}

/** Analyses a text and stores it directly (no ingest layer), with optional metadata. */
export async function putText(store: Store, text: string, meta: Partial<ArticleMetaRecord> = {}, edit?: (a: ReturnType<typeof analyze>) => void): Promise<PutResult> {
  const analysis = analyze(text, { meta: { title: meta.title ?? null, published: meta.published ?? null, url: meta.url ?? null } });
  edit?.(analysis);
  return store.putArticle({
    meta: { url: null, canonicalUrl: null, guid: null, site: null, title: null, author: null, published: null, source: 'test', ...meta },
    raw: Buffer.from(text), rawType: 'text/plain', text, analysis, simhash: simhash(analysis.body),
  }, { contentHash: contentHash(text), canonicalUrl: meta.canonicalUrl ?? null, guid: meta.guid ?? null });
}
