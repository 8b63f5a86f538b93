import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KhabarError } from '../errors.ts';

/**
 * `util.parseArgs` (strict) whose mistakes become one-line usage errors.
 *
 * @example
 * const { values, positionals } = parse(['a.txt', '--json'], { json: { type: 'boolean' } });
 */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new KhabarError('KHABAR_ERR_USAGE', (err as Error).message.split('\n')[0]);
  }
}

/** Checks a `YYYY-MM-DD` date option and returns it. */
export function checkDate(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new KhabarError('KHABAR_ERR_BAD_DATE', s);
  return s;
}
