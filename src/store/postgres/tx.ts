import type pg from 'pg';

/**
 * Runs `work` in one transaction on one pooled connection: `begin` opens it (`BEGIN`, or
 * `BEGIN READ ONLY` so SET LOCAL applies to this connection alone), COMMIT on success,
 * ROLLBACK on any error (which is rethrown), and the connection goes back to the pool.
 *
 * @example
 * const n = await inTransaction(pool, 'BEGIN READ ONLY', (c) => c.query('SELECT 1'));
 */
export async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
