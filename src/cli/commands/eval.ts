import { fileURLToPath } from 'node:url';
import { KhabarError } from '../../errors.ts';
import { formatReport } from '../../eval/report-text.ts';
import { evaluate } from '../../eval/run.ts';

/** Where `npm run eval` looks when no path is given: ../shared/gold next to the repository. */
const DEFAULT_GOLD = fileURLToPath(new URL('../../../../shared/gold', import.meta.url));

const HELP = `usage: khabar eval [DIR|FILE…] [--json] [--brief]

Scores the analyser against gold articles (../shared/gold/FORMAT.md). A DIR stands for its
*.json gold files; with no path, ${DEFAULT_GOLD} is used.

  --json    print the machine-readable report (schema khabar.eval/1)
  --brief   one line per article and the totals, without the missed/spurious lists
`;

/**
 * `khabar eval [DIR|FILE…] [--json] [--brief]`: prints the per-article scores, what was missed
 * and spurious, and the totals. Exit 0 whatever the scores; errors only for bad usage or gold.
 *
 * @example
 * await run(['../shared/gold', '--json']); // 0
 */
export async function run(argv: string[]): Promise<number> {
  let json = false, brief = false;
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--brief') brief = true;
    else if (arg === '--help' || arg === '-h') { process.stdout.write(HELP); return 0; }
    else if (arg.startsWith('-') && arg !== '-') throw new KhabarError('KHABAR_ERR_USAGE', `unknown option ${arg} (see khabar eval --help)`);
    else paths.push(arg);
  }
  const report = evaluate(paths.length ? paths : [DEFAULT_GOLD]);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, brief));
  return 0;
}
