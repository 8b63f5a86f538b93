#!/usr/bin/env node
// Entry point of the `khabar` command: runs the TypeScript CLI through tsx, so that
// `npx khabar …` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
