/**
 * Per-host politeness shared by every worker: at most one request at a time to a host, and a
 * delay between the end of one request and the start of the next, whichever machine makes
 * them. A session advisory lock per host serialises the requests (it is released by the
 * server if the worker dies), and the `host_politeness` table holds when the host may next be
 * asked (created by the store's migration 2), in the database's clock so machines with skewed clocks agree.
 */
import pg from 'pg';

export interface Politeness {
  /** Runs `request` when `host` is free and due; records the next allowed time after it. */
  run<T>(host: string, request: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the politeness gate on a PostgreSQL URL; `delayMs` between requests to one host.
 *
 * @example
 * const gate = await openPoliteness(url, 1000);
 * const page = await gate.run('bbc.com', () => fetchText('https://bbc.com/hindi/x', {}));
 */
export async function openPoliteness(url: string, delayMs: number, max = 4): Promise<Politeness> {
  const u = new URL(url);
  u.searchParams.delete('pool');
  const pool = new pg.Pool({ connectionString: u.toString(), max, application_name: 'khabar-politeness' });
  pool.on('error', () => {});
  return {
    async run<T>(host: string, request: () => Promise<T>): Promise<T> {
      const c = await pool.connect();
      const key = `host:${host}`;
      try {
        await c.query('SELECT pg_advisory_lock(hashtextextended($1, 11))', [key]);
        const { rows } = await c.query('SELECT greatest(0, extract(epoch FROM next_at - clock_timestamp()) * 1000)::float8 AS wait FROM host_politeness WHERE host = $1', [host]);
        const wait = rows.length ? (rows[0].wait as number) : 0;
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        try {
          return await request();
        } finally {
          await c.query(`INSERT INTO host_politeness (host, next_at, requests) VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond', 1)
            ON CONFLICT (host) DO UPDATE SET next_at = EXCLUDED.next_at, requests = host_politeness.requests + 1`, [host, delayMs]);
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock(hashtextextended($1, 11))', [key]).catch(() => {});
        c.release();
      }
    },
    close: () => pool.end(),
  };
}
