import { parseArgs } from 'node:util';
import { PIPELINE_VERSION } from '../../analysis/version.ts';
import { KhabarError } from '../../errors.ts';
import { reanalyze } from '../../ingest/reanalyze.ts';
import { openStore, storeLocation } from '../../store/index.ts';

const HELP = `usage: khabar reanalyze [--db FILE] [--all]

Re-runs the current analyser (pipeline ${PIPELINE_VERSION}) over the stored text of every article
analysed by an older pipeline version (--all: every article).
`;

/**
 * `khabar reanalyze`: bring stored analyses up to the current pipeline version.
 *
 * @example
 * await run(['--db', '/tmp/k.db']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { db: { type: 'string' }, all: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message);
  }
  if (args.values.help) { process.stdout.write(HELP); return 0; }
  const store = await openStore(storeLocation(args.values.db));
  try {
    const s = await reanalyze(store, { all: args.values.all ?? false, progress: process.stderr });
    process.stdout.write(`reanalyzed ${s.reanalyzed} (from ${s.from.join(', ') || 'nothing older'} to ${s.to}), failed ${s.failed.length}\n`);
    for (const f of s.failed) process.stdout.write(`  failed #${f.id}: ${f.reason}\n`);
    return s.failed.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
