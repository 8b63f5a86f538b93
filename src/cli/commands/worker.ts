import { KhabarError } from '../../errors.ts';
import { openPostgresStore, redact } from '../../store/postgres/open.ts';
import { enqueueReanalysis } from '../../queue/jobs/reanalyse.ts';
import { openQueue } from '../../queue/queue.ts';
import { queueStatus } from '../../queue/status.ts';
import { runWorker } from '../../queue/worker.ts';
import { parse } from '../args.ts';

const HELP = `usage: khabar worker [--db postgres://…] [options]

Runs jobs from the PostgreSQL job queue: feed polls, article fetches, analyses and
reanalyses. Start as many workers as you like, on as many machines, against one database;
each article is stored once, and the jobs of a worker that dies go to the others.
  --concurrency N     jobs in flight in this process (default 1; for more CPU run more workers)
  --host-delay MS     pause between two requests to one host, over all workers (default 1000)
  --schedule          also queue polls of the feeds that fall due (run it on one or more workers)
  --reanalyze         first queue a reanalysis of every article from an older pipeline
  --until-idle        exit once no job is queued, retrying or active
  --status            print jobs per queue and state and the latest failures, then exit
  --allow-private     permit loopback/private addresses   --timeout MS   request timeout
  --max-chars N       refuse articles longer than N characters (default 200000)
Environment: KHABAR_DB, KHABAR_JOB_RETRIES (3), KHABAR_JOB_RETRY_DELAY (5 s, doubling),
KHABAR_JOB_TIMEOUT (300 s: an active job older than this is retried), KHABAR_QUEUE_SWEEP (30 s).
`;

const num = (s: string | undefined, name: string, d: number) => {
  if (s === undefined) return d;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new KhabarError('KHABAR_ERR_USAGE', `${name} wants a non-negative number`);
  return n;
};

/**
 * \`khabar worker\`: serve the job queue (or print its status).
 *
 * @example
 * await run(['--db', 'postgres://khabar@127.0.0.1/khabar', '--concurrency', '2']); // runs until SIGTERM, then 0
 */
export async function run(argv: string[]): Promise<number> {
  const { values: v } = parse(argv, {
    db: { type: 'string' }, concurrency: { type: 'string' }, 'host-delay': { type: 'string' }, schedule: { type: 'boolean' },
    reanalyze: { type: 'boolean' }, 'until-idle': { type: 'boolean' }, status: { type: 'boolean' }, 'allow-private': { type: 'boolean' },
    timeout: { type: 'string' }, 'max-chars': { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (v.help) { process.stdout.write(HELP); return 0; }
  const url = v.db ?? process.env.KHABAR_DB ?? '';
  if (!/^postgres(ql)?:\/\//i.test(url)) throw new KhabarError('KHABAR_ERR_USAGE', 'khabar worker needs a PostgreSQL store: --db postgres://… or KHABAR_DB');
  const concurrency = Math.max(1, Math.floor(num(v.concurrency, '--concurrency', 1)));
  if (v.status) {
    const store = await openPostgresStore(url);
    try {
      await (await openQueue(url, { max: 1 })).stop({ graceful: false });
      const s = await queueStatus(store.pool);
      process.stdout.write(`queue at ${redact(url)}\n`);
      for (const [q, states] of Object.entries(s.counts)) {
        process.stdout.write(`  ${q.padEnd(18)} ${['created', 'retry', 'active', 'completed', 'failed'].map((k) => `${k} ${states[k] ?? 0}`).join('  ')}\n`);
      }
      for (const f of s.failed) process.stdout.write(`failed ${f.queue} ${f.id} after ${f.retries} retries: ${f.error}\n   ${JSON.stringify(f.data).slice(0, 200)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  }
  if (v.reanalyze) {
    const store = await openPostgresStore(url);
    const queue = await openQueue(url, { max: 2 });
    try {
      process.stdout.write(`queued ${await enqueueReanalysis(store, queue)} reanalysis jobs\n`);
    } finally {
      await queue.stop({ graceful: false });
      await store.close();
    }
  }
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const timeoutMs = v.timeout === undefined ? undefined : num(v.timeout, '--timeout', 20_000);
    const r = await runWorker({
      url, concurrency, hostDelayMs: num(v['host-delay'], '--host-delay', 1000), schedule: v.schedule ?? false, untilIdle: v['until-idle'] ?? false,
      fetch: { allowPrivate: v['allow-private'] ?? false, ...(timeoutMs === undefined ? {} : { timeoutMs }) }, maxArticleChars: num(v['max-chars'], '--max-chars', 200_000),
      maintenanceIntervalSeconds: num(process.env.KHABAR_QUEUE_SWEEP, 'KHABAR_QUEUE_SWEEP', 30), signal: abort.signal,
    });
    process.stdout.write(`${r.completed} jobs completed, ${r.failed} attempts failed\n`);
    return 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
