/**
 * How hard the fuzz tests push: a small fixed budget inside `npm test`, a larger one from
 * `npm run fuzz` (FUZZ_RUNS), always with a fixed seed (FUZZ_SEED) so a failure replays.
 */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 0) || 0);

/**
 * The number of runs for one property: its in-suite default, or FUZZ_RUNS when set.
 * @example runs(100) // 100 in npm test, FUZZ_RUNS under npm run fuzz
 */
export function runs(inSuite: number): number {
  return process.env.FUZZ_RUNS ? FUZZ_RUNS : inSuite;
}

/** The seed of every property (fixed, so a failure replays). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20251127);
