/** Builds a real SQLite store for KB, API and browser tests by ingesting example articles. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestInputs } from '../../src/ingest/run.ts';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The seed article (not redistributable: only present where ../shared is). */
export const SEED = resolve(ROOT, '../shared/gold/articles/abp-ru-pk-steel.txt');
export const HAS_SEED = existsSync(SEED);
export const SEED_SKIP = HAS_SEED ? false : 'needs ../shared/gold/articles/abp-ru-pk-steel.txt (the seed article is not redistributable)';

export interface FixtureStore {
  store: SqliteStore;
  path: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh store with examples/ and, when present, the seed article.
 *
 * @example
 * const { store, cleanup } = await fixtureStore();
 */
export async function fixtureStore(extra: string[] = []): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-kb-'));
  const path = join(dir, 'k.db');
  const store = openSqliteStore(path);
  const inputs = [join(ROOT, 'examples'), ...(HAS_SEED ? [SEED] : []), ...extra];
  const s = await ingestInputs(store, inputs);
  if (s.failed.length) throw new Error(`fixture ingest failed: ${JSON.stringify(s.failed)}`);
  return { store, path, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
