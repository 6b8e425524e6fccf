#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx dossier` works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api';

register();
// `dossier list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
