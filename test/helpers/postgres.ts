/**
 * A PostgreSQL server for tests. With KHABAR_TEST_PG (a `postgres://` URL of a server where the
 * test user may CREATE DATABASE) it uses that server; otherwise it starts a throwaway cluster
 * with initdb/pg_ctl on a free loopback port in a temp directory and tears it down afterwards.
 * As root the cluster runs as the `postgres` user (via runuser), never as root. When the
 * PostgreSQL binaries are absent, {@link postgresSkipReason} says so and tests skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Directory holding initdb/pg_ctl, or null. */
function findBinDir(): string | null {
  const fromEnv = process.env.KHABAR_PG_BIN;
  if (fromEnv && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

/**
 * Why PostgreSQL tests cannot run here, or null when they can.
 *
 * @example
 * test('x', { skip: postgresSkipReason() ?? false }, async () => {});
 */
export function postgresSkipReason(): string | null {
  if (process.env.KHABAR_TEST_PG) return null;
  if (!findBinDir()) return 'PostgreSQL binaries not found (install Debian\'s postgresql package or set KHABAR_TEST_PG)';
  if (userInfo().uid === 0 && spawnSync('id', ['-u', 'postgres']).status !== 0) return 'running as root without a postgres user to run the server';
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

interface Cluster {
  url: string;
  stop: () => void;
}

let cluster: Promise<Cluster> | null = null;

/** Starts (once per process) a throwaway cluster, or wraps KHABAR_TEST_PG. */
function server(): Promise<Cluster> {
  if (cluster) return cluster;
  cluster = (async () => {
    if (process.env.KHABAR_TEST_PG) return { url: process.env.KHABAR_TEST_PG, stop: () => {} };
    const bin = findBinDir();
    if (!bin) throw new Error(postgresSkipReason() ?? 'no PostgreSQL');
    const asRoot = userInfo().uid === 0;
    const dir = mkdtempSync(join(tmpdir(), 'khabar-pg-'));
    const data = join(dir, 'data');
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, uid, gid);
      chmodSync(dir, 0o700);
    }
    const as = (cmd: string, args: string[]) => (asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' }));
    as('initdb', ['-D', data, '-U', 'khabar', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    const opts = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'", '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off',
      '-c shared_buffers=32MB', '-c max_connections=120'].join(' ');
    as('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      try { as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already down */ }
      rmSync(dir, { recursive: true, force: true });
    };
    process.once('exit', stop);
    return { url: `postgres://khabar@127.0.0.1:${port}/postgres`, stop };
  })();
  return cluster;
}

let counter = 0;

/**
 * A fresh, empty database on the test server; `drop` removes it (and the throwaway cluster
 * when `stopServer` is set, i.e. from the last `after` hook of a test file).
 *
 * @example
 * const db = await pgTestDatabase();
 * const store = await openPostgresStore(db.url);
 * await db.drop();
 */
export async function pgTestDatabase(): Promise<{ url: string; drop: (stopServer?: boolean) => Promise<void> }> {
  const { url: base, stop } = await server();
  const name = `khabar_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async (stopServer = false) => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try { await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } finally { await c.end(); }
      if (stopServer) stop();
    },
  };
}
