/** Opens the store a `--db` value or KHABAR_DB names (SQLite file by default, or PostgreSQL). */
import { isPostgresLocation, openPostgresStore } from './postgres/open.ts';
import { openSqliteStore } from './sqlite/store.ts';
import type { Store } from './types.ts';

export type { Store } from './types.ts';

/** The store location from the flag, then KHABAR_DB, then `./khabar.db`. */
export function storeLocation(flag?: string | null): string {
  return flag || process.env.KHABAR_DB || './khabar.db';
}

/**
 * Opens a store by location: a file path or `sqlite:path`, or a `postgres://…` URL.
 *
 * @example
 * const store = await openStore('/tmp/k.db');
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresLocation(location)) return openPostgresStore(location);
  return openSqliteStore(location.replace(/^sqlite:/, ''));
}
