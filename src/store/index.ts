/** Opens the store a `--db` value or KHABAR_DB names (SQLite file by default; PostgreSQL later). */
import { KhabarError } from '../errors.ts';
import { openSqliteStore } from './sqlite/store.ts';
import type { Store } from './types.ts';

export type { Store } from './types.ts';

/** The store location from the flag, then KHABAR_DB, then `./khabar.db`. */
export function storeLocation(flag?: string | null): string {
  return flag || process.env.KHABAR_DB || './khabar.db';
}

/**
 * Opens a store by location: a file path or `sqlite:path`.
 *
 * @example
 * const store = await openStore('/tmp/k.db');
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:/.test(location)) {
    throw new KhabarError('KHABAR_ERR_USAGE', 'PostgreSQL stores are not supported yet (issue 7)');
  }
  return openSqliteStore(location.replace(/^sqlite:/, ''));
}
