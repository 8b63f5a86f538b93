/** The store contract against a real PostgreSQL server (a throwaway cluster unless KHABAR_TEST_PG is set). */
import { after } from 'node:test';
import { openPostgresStore } from '../../src/store/postgres/open.ts';
import { pgTestDatabase, postgresSkipReason } from '../helpers/postgres.ts';
import { runStoreContract } from '../store-contract/contract.ts';

const skip = postgresSkipReason() ?? false;
if (skip) console.log(`# skipping PostgreSQL store contract: ${skip}`);

runStoreContract('postgres', async () => {
  const db = await pgTestDatabase();
  const store = await openPostgresStore(db.url);
  return {
    store,
    setPipeline: async (id, version) => {
      await store.pool.query("UPDATE articles SET pipeline = $1, analysis = jsonb_set(analysis, '{pipeline}', to_jsonb($1::text)) WHERE id = $2", [version, id]);
    },
    cleanup: async () => { await store.close(); await db.drop(); },
  };
}, skip);

after(async () => {
  if (!skip) await (await pgTestDatabase()).drop(true);
});
