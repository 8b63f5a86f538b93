import { parseArgs } from 'node:util';
import { KhabarError } from '../../errors.ts';
import { openStore, storeLocation } from '../../store/index.ts';

const HELP = `usage: khabar search [--db FILE] [filters] "query"

Searches titles and bodies (Devanagari and Latin script: 'Moscow' finds मॉस्को).
Words are ANDed; OR joins alternatives; "…" is a phrase; -word excludes; word* is a prefix.
  --from YYYY-MM-DD --to YYYY-MM-DD   published date range
  --site SITE                         e.g. bbc.com
  --entity NAME                       entity name or mention text
  --event ROOT                        CAMEO root code, e.g. 05
  --limit N (default 10)  --offset N  --json
`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `khabar search`: ranked results with highlighted snippets.
 *
 * @example
 * await run(['--db', '/tmp/k.db', 'मॉस्को']); // 0, prints hits
 */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: {
      db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, site: { type: 'string' }, entity: { type: 'string' },
      event: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message);
  }
  const v = args.values;
  if (v.help) { process.stdout.write(HELP); return 0; }
  const query = args.positionals.join(' ');
  if (!query.trim()) throw new KhabarError('KHABAR_ERR_USAGE', 'search needs a query');
  for (const d of [v.from, v.to]) if (d !== undefined && !DATE.test(d)) throw new KhabarError('KHABAR_ERR_BAD_DATE', d);
  const limit = v.limit === undefined ? 10 : Number(v.limit);
  const offset = v.offset === undefined ? 0 : Number(v.offset);
  if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) throw new KhabarError('KHABAR_ERR_USAGE', '--limit/--offset want whole numbers');
  const store = await openStore(storeLocation(v.db));
  try {
    const r = await store.search(query, { from: v.from, to: v.to, site: v.site, entity: v.entity, eventRoot: v.event, limit, offset });
    if (v.json) { process.stdout.write(`${JSON.stringify(r)}\n`); return 0; }
    process.stdout.write(`${r.total} article${r.total === 1 ? '' : 's'}\n`);
    r.hits.forEach((h, i) => {
      const head = [h.published?.slice(0, 10), h.site, h.title].filter(Boolean).join(' · ');
      process.stdout.write(`\n${offset + i + 1}. #${h.id} ${head || '(untitled)'}\n   ${h.snippet}\n${h.url ? `   ${h.url}\n` : ''}`);
    });
    return 0;
  } finally {
    await store.close();
  }
}
