/** Runs one khabar command module as a process (`node --import tsx run-command.ts worker …`), until main.ts registers it. */
const [name, ...rest] = process.argv.slice(2);
const mod = (await import(`../../src/cli/commands/${name}.ts`)) as { run: (argv: string[]) => Promise<number> };
const { reportError } = await import('../../src/cli/main.ts');
try {
  process.exitCode = await mod.run(rest);
} catch (err) {
  process.exitCode = reportError(err);
}
