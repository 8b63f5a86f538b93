import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KhabarError } from '../../errors.ts';
import { decodeText } from '../../ingest/charset.ts';
import { looksLikeOpml, opmlFeedUrls } from '../../ingest/feeds.ts';
import { openStore, storeLocation } from '../../store/index.ts';

const HELP = `usage: khabar feeds add [--db FILE] <feed URL | OPML file>…
       khabar feeds list [--db FILE] [--json]

Remembers feeds for 'khabar watch' (an OPML file adds every feed it lists).
`;

/**
 * `khabar feeds`: add feeds (URLs or OPML files) and list them with their polling state.
 *
 * @example
 * await run(['add', '--db', '/tmp/k.db', 'https://feeds.bbci.co.uk/hindi/rss.xml']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') { process.stdout.write(HELP); return sub ? 0 : 2; }
  let args;
  try {
    args = parseArgs({ args: rest, allowPositionals: true, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message);
  }
  if (sub !== 'add' && sub !== 'list') throw new KhabarError('KHABAR_ERR_USAGE', `unknown feeds subcommand '${sub}' (add, list)`);
  if (sub === 'add' && args.positionals.length === 0) throw new KhabarError('KHABAR_ERR_USAGE', 'feeds add needs a feed URL or an OPML file');
  const store = await openStore(storeLocation(args.values.db));
  try {
    if (sub === 'list') {
      const feeds = await store.listFeeds();
      if (args.values.json) { process.stdout.write(`${JSON.stringify(feeds)}\n`); return 0; }
      for (const f of feeds) {
        const state = f.lastError ? `errors ${f.errorCount}: ${f.lastError}` : `every ${Math.round(f.intervalSeconds / 60)} min`;
        process.stdout.write(`#${f.id} ${f.url}${f.title ? ` (${f.title})` : ''}\n   next ${f.nextPollAt} · ${state}\n`);
      }
      if (feeds.length === 0) process.stdout.write('no feeds; add one with khabar feeds add URL\n');
      return 0;
    }
    let failed = 0;
    for (const input of args.positionals) {
      const entries: { url: string; title: string | null }[] = [];
      if (/^https?:\/\//i.test(input)) entries.push({ url: input, title: null });
      else {
        let text: string;
        try { text = decodeText(readFileSync(input), null); } catch { throw new KhabarError('KHABAR_ERR_NOT_FOUND', input); }
        if (!looksLikeOpml(text)) { process.stderr.write(`khabar: ${input} is not an OPML file\n`); failed++; continue; }
        entries.push(...opmlFeedUrls(text, input));
      }
      for (const e of entries) {
        if (!/^https?:\/\//i.test(e.url)) { process.stderr.write(`khabar: not an http(s) feed URL: ${e.url}\n`); failed++; continue; }
        const { feed, added } = await store.addFeed(e.url, e.title);
        process.stdout.write(`${added ? 'added' : 'already there'} #${feed.id} ${feed.url}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
