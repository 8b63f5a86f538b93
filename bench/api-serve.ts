// Child process of bench/api.ts: serves a store (same code path as `khabar serve`).
import { serveStore } from '../src/cli/commands/serve.ts';

const [db, port] = process.argv.slice(2);
process.exitCode = await serveStore(db, '127.0.0.1', Number(port));
