import { parseArgs } from 'node:util';
import { KhabarError } from '../../errors.ts';
import { ingestInputs } from '../../ingest/run.ts';
import { openStore, storeLocation } from '../../store/index.ts';

const HELP = `usage: khabar ingest [--db FILE] [--allow-private] [--timeout MS] [--delay MS] [--split-headlines] <file | dir | URL | feed URL | OPML>…

Analyses and stores articles. Directories are walked for .txt, .html and .json (lines of
{title, text, url, published}). Feeds and OPML lists found are also remembered for 'khabar watch'.
  --db FILE         store (default $KHABAR_DB or ./khabar.db)
  --allow-private   allow fetching from loopback/private/link-local addresses
  --timeout MS      per-request timeout (default 20000)
  --max-bytes N     response size cap (default 5242880)
  --delay MS        pause between two requests to the same host (default 1000; one at a time per host)
  --split-headlines cut .txt files into articles at their headline lines (newspaper day files)
  --json            print the summary as JSON
`;

/**
 * `khabar ingest`: files, directories, URLs, feeds and OPML lists into the store.
 *
 * @example
 * await run(['--db', '/tmp/k.db', '../shared/corpus/bbc-hindi']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: {
      db: { type: 'string' }, 'allow-private': { type: 'boolean' }, timeout: { type: 'string' }, 'max-bytes': { type: 'string' },
      json: { type: 'boolean' }, delay: { type: 'string' }, 'split-headlines': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message);
  }
  if (args.values.help) { process.stdout.write(HELP); return 0; }
  if (args.positionals.length === 0) throw new KhabarError('KHABAR_ERR_USAGE', 'ingest needs at least one file, directory, URL or OPML file');
  const num = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new KhabarError('KHABAR_ERR_USAGE', `--${name} wants a positive number, got ${v}`);
    return n;
  };
  const delay = args.values.delay === undefined ? 1000 : Number(args.values.delay);
  if (!Number.isFinite(delay) || delay < 0) throw new KhabarError('KHABAR_ERR_USAGE', `--delay wants a number of ms ≥ 0, got ${args.values.delay}`);
  const store = await openStore(storeLocation(args.values.db));
  try {
    const s = await ingestInputs(store, args.positionals, {
      hostDelayMs: delay,
      splitHeadlines: args.values['split-headlines'] ?? false,
      fetch: { allowPrivate: args.values['allow-private'] ?? false, timeoutMs: num(args.values.timeout, 'timeout'), maxBytes: num(args.values['max-bytes'], 'max-bytes') },
      progress: process.stderr,
      rememberFeeds: true,
    });
    if (args.values.json) process.stdout.write(`${JSON.stringify(s)}\n`);
    else {
      const rate = s.seconds > 0 ? (s.added + s.duplicates) / s.seconds : 0;
      process.stdout.write(`added ${s.added}, duplicates ${s.duplicates}, failed ${s.failed.length} in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)\n`);
      for (const f of s.failed) process.stdout.write(`  failed ${f.source}: ${f.reason}\n`);
    }
    return s.failed.length > 0 && s.added + s.duplicates === 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
