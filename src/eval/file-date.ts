/**
 * The publication date carried by an article's file name. The COVID-19 Hindi corpus names each
 * file by its paper-day (`AU-2020-05-14-03.txt`, `DH-2020-04-29.txt`): that is metadata about
 * the article, like a feed's date, so the evaluation passes it to `analyze` as `meta.published`.
 * The gold `anchorDate` is never passed: it is an answer.
 */

import { basename } from 'node:path';

const DATE_IN_NAME = /(?:^|[^0-9])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![0-9])/;

/**
 * Finds a real calendar date `YYYY-MM-DD` in the base name of a path, or returns null.
 *
 * @example
 * publishedFromFileName('../corpus/covid19-hindi-2020-articles/AU-2020-05-14-03.txt'); // '2020-05-14'
 * publishedFromFileName('0042-international.txt'); // null
 */
export function publishedFromFileName(path: string): string | null {
  const m = DATE_IN_NAME.exec(basename(path));
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}
