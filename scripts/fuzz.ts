/**
 * `npm run fuzz`: the fuzz tests of test/fuzz and the analysis properties with a larger budget.
 *
 *   node --import tsx scripts/fuzz.ts [RUNS=2000] [SEED]
 *
 * Every property runs RUNS cases (FUZZ_RUNS) from a fixed seed (FUZZ_SEED, default as in the
 * suite), and the 1 MB-line test that `npm test` skips runs too. Exits non-zero on a failure,
 * printing fast-check's counterexample and the seed to replay it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const [runs = '2000', seed] = process.argv.slice(2);
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
const root = join(import.meta.dirname, '..');
const t0 = performance.now();
const r = spawnSync(process.execPath, [join(root, 'scripts/run-tests.mjs'), 'test/fuzz/'], { stdio: 'inherit', env, cwd: root });
console.log(`fuzz: ${runs} runs per property, seed ${seed ?? 'default'}, ${Math.round((performance.now() - t0) / 1000)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
