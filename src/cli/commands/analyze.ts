import { analyze } from '../../analysis/pipeline.ts';
import type { ArticleMeta } from '../../analysis/types.ts';
import { KhabarError } from '../../errors.ts';
import { checkDate, parse } from '../args.ts';
import { dateFromFileName, decodeText, DEFAULT_MAX_BYTES, parseSize, readArticleFile } from '../input.ts';
import { formatGdelt } from '../gdelt-format.ts';
import { formatSummary } from '../summary.ts';
import { fetchArticleText } from '../url-input.ts';

const HELP = `usage: khabar analyze <file | URL | -> [options]

Analyses one Hindi news article and prints the Analysis (schema khabar.analysis/1).

options:
  --json                 print the Analysis as JSON (default when stdout is not a terminal)
  --summary              print a readable summary (default on a terminal)
  --format FORMAT        json | summary | gdelt (GDELT Event 2.0 tab-separated rows, see docs/gdelt.md)
  --anchor-date DATE     reference for relative dates, YYYY-MM-DD
  --published DATE       publication date of the article (metadata), YYYY-MM-DD
  --lang CODE            force the language (ISO 639-1, e.g. hi) instead of detecting it
  --max-size SIZE        refuse inputs larger than this (default 5MB; e.g. 20MB)
  --allow-private        allow fetching a URL on a loopback, private or link-local address
  -h, --help             show this help
`;

/** `khabar analyze <file | URL | ->`: prints the Analysis as JSON or a summary. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    json: { type: 'boolean' },
    summary: { type: 'boolean' },
    format: { type: 'string' },
    'anchor-date': { type: 'string' },
    published: { type: 'string' },
    lang: { type: 'string' },
    'max-size': { type: 'string' },
    'allow-private': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new KhabarError('KHABAR_ERR_USAGE', 'analyze takes exactly one input: a file, a URL or - for standard input');
  const maxBytes = values['max-size'] ? parseSize(values['max-size']) : DEFAULT_MAX_BYTES;
  if (maxBytes === null || maxBytes <= 0) throw new KhabarError('KHABAR_ERR_USAGE', `--max-size: not a size: ${values['max-size']}`);
  if (values.lang !== undefined && !/^[a-z]{2}$/.test(values.lang)) throw new KhabarError('KHABAR_ERR_USAGE', `--lang wants an ISO 639-1 code such as hi, got ${values.lang}`);
  if (values.format !== undefined && !['json', 'summary', 'gdelt'].includes(values.format)) {
    throw new KhabarError('KHABAR_ERR_USAGE', `--format wants json, summary or gdelt, got ${values.format}`);
  }
  const anchorDate = values['anchor-date'] !== undefined ? checkDate(values['anchor-date']) : undefined;

  const input = positionals[0];
  let text: string;
  let meta: ArticleMeta = {};
  let warning: string | null;
  if (/^https?:\/\//i.test(input)) {
    ({ text, meta } = await fetchArticleText(input, { maxBytes, allowPrivate: values['allow-private'] ?? false }));
    warning = null;
  } else if (input === '-') {
    const bytes = await readStdin(maxBytes);
    ({ text, warning } = decodeText(bytes, 'standard input'));
    if (text.trim() === '') throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', 'standard input');
  } else {
    ({ text, warning } = readArticleFile(input, maxBytes));
    const published = dateFromFileName(input);
    if (published) meta.published = published;
  }
  if (values.published !== undefined) meta = { ...meta, published: checkDate(values.published) };
  if (warning) process.stderr.write(`khabar: warning: ${warning}\n`);

  const analysis = analyze(text, { anchorDate, lang: values.lang, meta });
  const format = values.format ?? (values.json ? 'json' : values.summary ? 'summary' : process.stdout.isTTY ? 'summary' : 'json');
  if (format === 'gdelt') process.stdout.write(formatGdelt(analysis, meta));
  else if (format === 'summary') process.stdout.write(formatSummary(analysis));
  else process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  return 0;
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new KhabarError('KHABAR_ERR_TOO_LARGE', `standard input is over the limit of ${maxBytes} bytes (raise it with --max-size)`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
