import { KhabarError } from '../../errors.ts';
import { knowledgeBaseFor } from '../../kb/index.ts';
import { createApp } from '../../server/app.ts';
import { listen } from '../../server/listen.ts';
import { openStore, storeLocation } from '../../store/index.ts';
import { parse } from '../args.ts';

const HELP = `usage: khabar serve [--host 127.0.0.1] [--port 8080] [--db FILE]

Serves the JSON API (/api/…, described at /api/openapi.json) and the web UI over a store.
  --host HOST   address to listen on (default 127.0.0.1)
  --port N      port (default 8080; 0 picks a free one)
  --db FILE     store (default $KHABAR_DB or ./khabar.db)
`;

/**
 * `khabar serve`: runs the API and web UI until SIGINT/SIGTERM.
 *
 * @example
 * await run(['--db', 'khabar.db', '--port', '8080']); // prints the URL, returns 0 on Ctrl-C
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { host: { type: 'string' }, port: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) { process.stdout.write(HELP); return 0; }
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new KhabarError('KHABAR_ERR_USAGE', `--port wants 0–65535, got ${values.port}`);
  return serveStore(storeLocation(values.db), values.host ?? '127.0.0.1', port);
}

/**
 * Opens a store, serves it, and waits for a signal; shared by `serve` and the demo.
 *
 * @example
 * await serveStore('khabar.db', '127.0.0.1', 8080);
 */
export async function serveStore(location: string, host: string, port: number): Promise<number> {
  const store = await openStore(location);
  let server;
  try {
    server = await listen(createApp({ store, kb: knowledgeBaseFor(store) }), host, port);
  } catch (err) {
    await store.close();
    throw new KhabarError('KHABAR_ERR_USAGE', `cannot listen on ${host}:${port}: ${(err as Error).message}`, { cause: err });
  }
  process.stdout.write(`khabar: serving ${location} at ${server.url}/\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await store.close();
  return 0;
}
