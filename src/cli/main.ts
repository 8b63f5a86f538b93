import { KhabarError } from '../errors.ts';

/** A CLI command: parses its own argv, writes to stdout/stderr, returns the exit code. */
export type Command = (argv: string[]) => Promise<number>;

/** Commands by name, loaded lazily so that `khabar analyze` does not load the store. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  analyze: { summary: 'analyse one article (file, URL or -) and print the Analysis', load: async () => (await import('./commands/analyze.ts')).run },
  eval: { summary: 'score the analyser against gold articles', load: async () => (await import('./commands/eval.ts')).run },
  ner: { summary: 'tag a CoNLL file with the NER tagger', load: async () => (await import('./commands/ner.ts')).run },
  ingest: { summary: 'analyse and store files, folders, pages, feeds or OPML', load: async () => (await import('./commands/ingest.ts')).run },
  search: { summary: 'search the store in Hindi or Latin script', load: async () => (await import('./commands/search.ts')).run },
  feeds: { summary: 'add, list or import (OPML) the feeds to watch', load: async () => (await import('./commands/feeds.ts')).run },
  watch: { summary: 'poll the stored feeds politely and ingest what is new', load: async () => (await import('./commands/watch.ts')).run },
  serve: { summary: 'serve the JSON API and web UI over a store', load: async () => (await import('./commands/serve.ts')).run },
  demo: { summary: 'build the demo store from the examples and serve it', load: async () => (await import('./commands/demo.ts')).run },
  worker: { summary: 'run queued jobs on PostgreSQL: feed polls, fetches, analyses', load: async () => (await import('./commands/worker.ts')).run },
  migrate: { summary: 'copy a SQLite store into PostgreSQL (--from sqlite:FILE --to postgres://…)', load: async () => (await import('./commands/migrate.ts')).run },
  reanalyze: { summary: 're-run the current analyser over stored articles', load: async () => (await import('./commands/reanalyze.ts')).run },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  return `usage: khabar <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'khabar <command> --help' for a command's options.\n`;
}

/**
 * Runs the `khabar` command line and returns the exit code. Expected failures print one line
 * `khabar: <message> (<code>)`; nothing prints a stack trace unless KHABAR_DEBUG is set.
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    const { PIPELINE_VERSION } = await import('../analysis/version.ts');
    process.stdout.write(`khabar ${PIPELINE_VERSION}\n`);
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`khabar: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await cmd.load())(rest);
  } catch (err) {
    return reportError(err);
  }
}

/** Prints an error as one line (a stack trace only with KHABAR_DEBUG=1) and returns its exit code. */
export function reportError(err: unknown): number {
  if (process.env.KHABAR_DEBUG) console.error(err);
  if (err instanceof KhabarError) {
    process.stderr.write(`khabar: ${err.message} (${err.code})\n`);
    return err.code === 'KHABAR_ERR_USAGE' ? 2 : 1;
  }
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`khabar: internal error: ${msg.split('\n')[0]} (KHABAR_ERR_INTERNAL)\n`);
  return 70;
}
