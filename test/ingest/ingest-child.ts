/** Child process for the kill -9 test: ingests a directory into a store, slowly enough to be killed mid-run. */
import { ingestInputs } from '../../src/ingest/run.ts';
import { openSqliteStore } from '../../src/store/sqlite/store.ts';

const [db, dir] = process.argv.slice(2);
const store = openSqliteStore(db);
const s = await ingestInputs(store, [dir]);
await store.close();
process.stdout.write(JSON.stringify({ added: s.added, duplicates: s.duplicates, failed: s.failed.length }));
