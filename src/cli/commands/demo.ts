import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_VERSION } from '../../analysis/version.ts';
import { KhabarError } from '../../errors.ts';
import { ingestInputs } from '../../ingest/run.ts';
import { openStore } from '../../store/index.ts';
import { parse } from '../args.ts';
import { serveStore } from './serve.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const HELP = `usage: khabar demo [--host 127.0.0.1] [--port 8080] [--db FILE]

Builds a demo store from the bundled examples (examples/, the seed article
when ../shared is present, and the folders in KHABAR_DEMO_DIRS separated by '${delimiter}'), then serves it.
The store is rebuilt when it was made by another analyser version.
`;

/**
 * The inputs of the demo store.
 *
 * @example
 * demoInputs({ KHABAR_DEMO_DIRS: '../shared/corpus/bbc-hindi' }); // ['…/examples', …, '../shared/corpus/bbc-hindi']
 */
export function demoInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  const out = [join(ROOT, 'examples')];
  const seed = resolve(ROOT, '../shared/gold/articles/abp-ru-pk-steel.txt');
  if (existsSync(seed)) out.push(seed);
  for (const d of (env.KHABAR_DEMO_DIRS ?? '').split(delimiter)) if (d.trim()) out.push(d.trim());
  return out.filter((p) => /^https?:/.test(p) || existsSync(p));
}

/**
 * `khabar demo` (what `npm start` runs): build the demo store, serve it, print the URL.
 *
 * @example
 * await run(['--port', '8080']);
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { host: { type: 'string' }, port: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) { process.stdout.write(HELP); return 0; }
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new KhabarError('KHABAR_ERR_USAGE', `--port wants 0–65535, got ${values.port}`);
  const location = values.db ?? process.env.KHABAR_DB ?? join(tmpdir(), 'khabar-demo.db');
  let store = await openStore(location);
  const stale = (await store.pipelineVersions()).some((v) => v.version !== PIPELINE_VERSION);
  if (stale) {
    await store.close();
    for (const s of ['', '-wal', '-shm']) rmSync(`${location}${s}`, { force: true });
    store = await openStore(location);
  }
  const inputs = demoInputs();
  process.stderr.write(`khabar demo: building ${location} from ${inputs.join(', ')}\n`);
  const s = await ingestInputs(store, inputs, { progress: process.stderr });
  process.stderr.write(`khabar demo: added ${s.added}, already there ${s.duplicates}, failed ${s.failed.length}\n`);
  await store.close();
  return serveStore(location, values.host ?? '127.0.0.1', port);
}
