/** Opening a PostgreSQL store from a `postgres://` (or `postgresql://`) URL; the store factory calls this. */
import pg from 'pg';
import { KhabarError } from '../../errors.ts';
import { migratePostgres } from './migrations.ts';
import { PostgresStore } from './store.ts';

/**
 * True when a store location names a PostgreSQL server.
 *
 * @example
 * isPostgresLocation('postgres://khabar@db/khabar'); // true
 */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Pool size from `?pool=N` (removed from the URL pg sees), default 10. */
function poolOptions(location: string): pg.PoolConfig {
  const u = new URL(location);
  const max = Number(u.searchParams.get('pool') ?? 10);
  u.searchParams.delete('pool');
  return { connectionString: u.toString(), max: Number.isInteger(max) && max > 0 ? max : 10, application_name: 'khabar' };
}

/**
 * Connects to a PostgreSQL store and migrates its schema to the newest version.
 *
 * @example
 * const store = await openPostgresStore('postgres://khabar@127.0.0.1:5432/khabar');
 * await store.counts(); // { articles: 0, … }
 */
export async function openPostgresStore(location: string): Promise<PostgresStore> {
  const pool = new pg.Pool(poolOptions(location));
  pool.on('error', () => { /* an idle client lost its server: the next query reconnects */ });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new KhabarError('KHABAR_ERR_USAGE', `cannot connect to store ${redact(location)}: ${(err as Error).message}`, { cause: err });
  }
  try {
    await migratePostgres(client);
  } catch (err) {
    client.release();
    await pool.end().catch(() => {});
    throw new KhabarError('KHABAR_ERR_USAGE', `store ${redact(location)}: ${(err as Error).message}`, { cause: err });
  }
  client.release();
  return new PostgresStore(pool);
}

/**
 * A store URL without its password (for messages).
 *
 * @example
 * redact('postgres://u:secret@h/db'); // 'postgres://u:***@h/db'
 */
export function redact(location: string): string {
  return location.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
