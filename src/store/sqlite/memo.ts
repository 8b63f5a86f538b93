import type { Database } from 'better-sqlite3';

/**
 * Memoises query results until the database changes: the key's entry is reused while SQLite's
 * `data_version` (writes by other connections) and `total_changes()` (writes by this one) stay
 * the same. Bounded: past `max` entries the memo starts afresh.
 *
 * @example
 * const memo = new VersionedMemo(db);
 * const n = memo.get('count', () => db.prepare('SELECT count(*) FROM articles').pluck().get());
 */
export class VersionedMemo {
  private readonly entries = new Map<string, { version: string; value: unknown }>();
  private readonly db: Database;
  private readonly max: number;

  constructor(db: Database, max = 500) {
    this.db = db;
    this.max = max;
  }

  /** The cached value for `key`, or `compute()` stored under the database's current version. */
  get<T>(key: string, compute: () => T): T {
    const version = `${this.db.pragma('data_version', { simple: true }) as number}:${this.db.prepare('SELECT total_changes()').pluck().get() as number}`;
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(key, { version, value });
    return value;
  }
}
