import { KhabarError } from '../../errors.ts';
import { copySqliteToPostgres, DEFAULT_BATCH } from '../../store/postgres/copy-from-sqlite.ts';
import { isPostgresLocation, openPostgresStore, redact } from '../../store/postgres/open.ts';
import { openSqliteStore } from '../../store/sqlite/store.ts';
import { parse } from '../args.ts';

const HELP = `usage: khabar migrate --from sqlite:FILE --to postgres://USER@HOST:PORT/DB [--batch N]

Copies a SQLite store into a PostgreSQL store (created and migrated if new): feeds with their
polling state, then every article with its raw bytes, analysis, story and dedup keys, keeping
ids, in batches of --batch N articles (default 500) per transaction; run it again after an
interruption and it carries on (only the batch in flight is written again).
Prints the counts of both stores at the end; they must match.
`;

/**
 * \`khabar migrate\`: SQLite store → PostgreSQL store.
 *
 * @example
 * await run(['--from', 'sqlite:khabar.db', '--to', 'postgres://khabar@127.0.0.1/khabar']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  const { values: v } = parse(argv, { from: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (v.help) { process.stdout.write(HELP); return 0; }
  if (!v.from || !v.to) throw new KhabarError('KHABAR_ERR_USAGE', 'migrate needs --from sqlite:FILE and --to postgres://…');
  if (!isPostgresLocation(v.to)) throw new KhabarError('KHABAR_ERR_USAGE', `--to must be a postgres:// URL, not ${v.to}`);
  if (isPostgresLocation(v.from)) throw new KhabarError('KHABAR_ERR_USAGE', '--from must be a SQLite store (sqlite:FILE)');
  const batch = v.batch === undefined ? DEFAULT_BATCH : Number(v.batch);
  if (!Number.isInteger(batch) || batch < 1) throw new KhabarError('KHABAR_ERR_USAGE', `--batch must be a positive integer, not ${v.batch}`);
  const path = v.from.replace(/^sqlite:/, '');
  const from = openSqliteStore(path);
  try {
    const to = await openPostgresStore(v.to);
    try {
      const s = await copySqliteToPostgres(from, to, (done, total) => process.stderr.write(`${done}/${total}\n`), batch);
      const [a, b] = [await from.counts(), await to.counts()];
      process.stdout.write(`copied ${s.copied} articles (${s.skipped} already there) and ${s.feeds} feeds from ${path} to ${redact(v.to)} in ${s.seconds.toFixed(1)} s (${(s.copied / Math.max(s.seconds, 1e-3)).toFixed(0)} articles/s)\n`);
      for (const k of Object.keys(a) as (keyof typeof a)[]) process.stdout.write(`  ${k.padEnd(9)} ${String(a[k]).padStart(8)} ${String(b[k]).padStart(8)}${a[k] === b[k] ? '' : '  MISMATCH'}\n`);
      const same = (Object.keys(a) as (keyof typeof a)[]).every((k) => a[k] === b[k]);
      if (!same) process.stderr.write('khabar: the stores differ after the copy (was the PostgreSQL store not empty?)\n');
      return same ? 0 : 1;
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}
