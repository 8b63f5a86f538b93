import { parseArgs } from 'node:util';
import { KhabarError } from '../../errors.ts';
import { DEFAULT_HOST_DELAY_MS, hostGate } from '../../ingest/politeness.ts';
import { pollDueFeeds, type PollOutcome } from '../../ingest/poll.ts';
import { openQueue } from '../../queue/queue.ts';
import { scheduleDueFeeds } from '../../queue/schedule.ts';
import { openStore, storeLocation } from '../../store/index.ts';
import type { PostgresStore } from '../../store/postgres/store.ts';

const HELP = `usage: khabar watch [--db FILE] [--once] [--allow-private] [--timeout MS] [--delay MS]

Polls the feeds added with 'khabar feeds add' as they fall due, politely (ETag, Last-Modified,
Retry-After, Cache-Control, TTL; 5 min – 24 h by how often each feed publishes), and ingests new
items. --once polls the due feeds one time and exits. Requests to one host go one at a time,
--delay MS apart (default 1000), feeds and article pages alike.

On a PostgreSQL store (--db postgres://…) watch does not poll in-process: it queues a
feed_poll job for each feed as it falls due, and 'khabar worker' processes run them.
`;

function line(o: PollOutcome): string {
  if (o.status === 'error') return `feed #${o.feedId} ${o.url}: error: ${o.error} (next ${o.update.nextPollAt})\n`;
  if (o.status === 'not-modified') return `feed #${o.feedId} ${o.url}: not modified (next ${o.update.nextPollAt})\n`;
  const fails = o.failed.map((f) => `\n   failed ${f.source}: ${f.reason}`).join('');
  return `feed #${o.feedId} ${o.url}: added ${o.added}, duplicates ${o.duplicates}, failed ${o.failed.length} (next ${o.update.nextPollAt})${fails}\n`;
}

/**
 * `khabar watch`: the polling loop (or one pass with --once).
 *
 * @example
 * await run(['--db', '/tmp/k.db', '--once']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: {
      db: { type: 'string' }, once: { type: 'boolean' }, 'allow-private': { type: 'boolean' }, timeout: { type: 'string' }, delay: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    } });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message);
  }
  if (args.values.help) { process.stdout.write(HELP); return 0; }
  const timeoutMs = args.values.timeout ? Number(args.values.timeout) : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new KhabarError('KHABAR_ERR_USAGE', '--timeout wants a positive number of ms');
  const delay = args.values.delay === undefined ? DEFAULT_HOST_DELAY_MS : Number(args.values.delay);
  if (!Number.isFinite(delay) || delay < 0) throw new KhabarError('KHABAR_ERR_USAGE', '--delay wants a number of ms ≥ 0');
  const location = storeLocation(args.values.db);
  const store = await openStore(location);
  if (store.kind === 'postgres') return scheduleLoop(store as PostgresStore, location, args.values.once ?? false);
  const fetch = { allowPrivate: args.values['allow-private'] ?? false, timeoutMs, gate: hostGate(delay) };
  let stop = false;
  const onSignal = () => { stop = true; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if ((await store.listFeeds()).length === 0) throw new KhabarError('KHABAR_ERR_USAGE', 'no feeds to watch; add one with khabar feeds add URL');
    do {
      await pollDueFeeds(store, { fetch, now: new Date(), onOutcome: (o) => process.stdout.write(line(o)) });
      if (args.values.once || stop) break;
      const next = (await store.listFeeds()).map((f) => Date.parse(f.nextPollAt)).reduce((a, b) => Math.min(a, b), Infinity);
      const wait = Math.min(60_000, Math.max(1000, next - Date.now()));
      for (let t = 0; t < wait && !stop; t += 250) await new Promise((r) => setTimeout(r, 250));
    } while (!stop);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

/** On PostgreSQL: queue a poll job for every feed as it falls due, until stopped (or once). */
async function scheduleLoop(store: PostgresStore, url: string, once: boolean): Promise<number> {
  let stop = false;
  const onSignal = () => { stop = true; };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const queue = await openQueue(url);
  try {
    if ((await store.listFeeds()).length === 0) throw new KhabarError('KHABAR_ERR_USAGE', 'no feeds to watch; add one with khabar feeds add URL');
    do {
      const n = await scheduleDueFeeds(store, queue);
      if (n > 0) process.stdout.write(`queued ${n} feed poll(s) for the workers\n`);
      if (once || stop) break;
      for (let t = 0; t < 30_000 && !stop; t += 250) await new Promise((r) => setTimeout(r, 250));
    } while (!stop);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.stop({ graceful: true, timeoutMs: 5000 }).catch(() => {});
    await store.close();
  }
}
