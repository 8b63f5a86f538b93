import { existsSync, readFileSync, statSync } from 'node:fs';
import { KhabarError } from '../../errors.ts';
import { tagWords } from '../../ner/index.ts';

const HELP = `usage: khabar ner --conll FILE

Tags a CoNLL file with the NER tagger. FILE has one token a line (token<TAB>anything; the
rest of the line is ignored) and a blank line between sentences; '-' reads stdin. Prints
token<TAB>TAG for every token, in the same order, with the blank lines kept. Tags are BIO
over PER, LOC and ORG (B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, O).
`;

/**
 * Tags CoNLL text: every token line becomes `token<TAB>TAG`; blank lines stay where they were.
 * @example tagConllText('रूस\tO\nने\tO\n') // 'रूस\tB-LOC\nने\tO\n'
 */
export function tagConllText(text: string): string {
  const out: string[] = [];
  let sentence: string[] = [];
  const flush = () => {
    const tags = tagWords(sentence);
    sentence.forEach((token, i) => out.push(`${token}\t${tags[i]}`));
    sentence = [];
  };
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // the final newline ends the last line, it is not a blank line
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      out.push('');
      continue;
    }
    const tab = line.indexOf('\t');
    sentence.push(tab < 0 ? line : line.slice(0, tab));
  }
  flush();
  return out.length ? out.join('\n') + '\n' : '';
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new KhabarError('KHABAR_ERR_NOT_FOUND', file);
  if (statSync(file).isDirectory()) throw new KhabarError('KHABAR_ERR_IS_DIRECTORY', file);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new KhabarError('KHABAR_ERR_EMPTY_INPUT', file);
  if (bytes.includes(0)) throw new KhabarError('KHABAR_ERR_BINARY_INPUT', file);
  return bytes.toString('utf8');
}

/**
 * `khabar ner --conll FILE`: prints the file's tokens with the tagger's BIO tags.
 * @example
 * await run(['--conll', 'sentences.conll']); // 0, and token<TAB>TAG lines on stdout
 */
export async function run(argv: string[]): Promise<number> {
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP);
      return 0;
    }
    if (arg === '--conll') {
      if (i + 1 >= argv.length) throw new KhabarError('KHABAR_ERR_USAGE', '--conll needs a FILE (see khabar ner --help)');
      file = argv[++i];
    } else throw new KhabarError('KHABAR_ERR_USAGE', `unknown argument ${arg} (see khabar ner --help)`);
  }
  if (file === null) throw new KhabarError('KHABAR_ERR_USAGE', 'give a file: khabar ner --conll FILE (see khabar ner --help)');
  process.stdout.write(tagConllText(readInput(file)));
  return 0;
}
