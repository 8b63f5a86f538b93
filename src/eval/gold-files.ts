/**
 * Which corpus files hold articles that ../shared/gold evaluates. Anything learned from the
 * corpus (word statistics, clusters) must leave these files out, so the evaluation never scores
 * the analyser on text it was built from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * The paper-day file each split newspaper article comes from, read from the split's SOURCE.txt
 * (`covid19-hindi-2020/…/DH-2020-ARP-29.txt  -> 2 articles` then `    DH-2020-04-29-02.txt  lines …`):
 * split-article stem → paper-day stem. The file names do not always follow one pattern.
 */
function paperDays(sourceTxt: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(sourceTxt)) return out;
  let day: string | null = null;
  for (const line of readFileSync(sourceTxt, 'utf8').split('\n')) {
    const head = /^covid19-hindi-2020\/.*?([^/]+)\.txt\s+->/.exec(line);
    if (head) { day = head[1]; continue; }
    const item = /^\s+(\S+)\.txt\s+lines\b/.exec(line);
    if (item && day) out.set(item[1], day);
  }
  return out;
}

/**
 * File-name stems of the corpus files behind the gold articles in `goldDir`: the BBC number
 * (`0208`), each split newspaper article (`AU-2020-05-14-03`) and its whole paper-day
 * (`AU-2020-MAY-14`, as ../shared/corpus/covid19-hindi-2020-articles/SOURCE.txt names it, or
 * from the date when that file is absent). An absent folder gives an empty set.
 *
 * @example
 * goldStems('../shared/gold').has('0208'); // true when gold/bbc-0208.json exists
 */
export function goldStems(goldDir: string): Set<string> {
  const stems = new Set<string>();
  if (!existsSync(goldDir)) return stems;
  const days = paperDays(join(goldDir, '..', 'corpus', 'covid19-hindi-2020-articles', 'SOURCE.txt'));
  for (const f of readdirSync(goldDir)) {
    const bbc = /^bbc-(\d+)\.json$/.exec(f);
    if (bbc) stems.add(bbc[1]);
    const paper = /^([A-Z]+)-(\d{4})-(\d{2})-(\d{2})-\d+\.json$/.exec(f);
    if (paper) {
      const stem = f.replace(/\.json$/, '');
      stems.add(stem);
      stems.add(days.get(stem) ?? `${paper[1]}-${paper[2]}-${MONTHS[Number(paper[3]) - 1]}-${paper[4]}`);
    }
  }
  return stems;
}

/**
 * True when the corpus file at `file` holds a gold article (see goldStems).
 *
 * @example
 * isGoldFile('corpus/bbc-hindi/0208-international.txt', new Set(['0208'])); // true
 */
export function isGoldFile(file: string, stems: Set<string>): boolean {
  const name = basename(file).replace(/(\.(txt|xml))+$/, '');
  const bbc = /^(\d{4})-/.exec(name);
  return stems.has(name) || (bbc !== null && stems.has(bbc[1]));
}
