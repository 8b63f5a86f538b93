/** The store contract against the SQLite store. */
import { openSqliteStore } from '../../src/store/sqlite/store.ts';
import { tempDir } from '../store/helpers.ts';
import { runStoreContract } from './contract.ts';

runStoreContract('sqlite', async () => {
  const { dir, cleanup } = tempDir();
  const store = openSqliteStore(`${dir}/khabar.db`);
  return {
    store,
    setPipeline: async (id, version) => {
      store.db.prepare("UPDATE articles SET pipeline = ?, analysis = json_set(analysis, '$.pipeline', ?) WHERE id = ?").run(version, version, id);
    },
    cleanup: async () => { await store.close(); cleanup(); },
  };
});
