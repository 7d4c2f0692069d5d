#!/usr/bin/env node
// Entry point for `npx candor`: runs the TypeScript CLI through tsx, so the CLI and
// the extension share one engine source with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const status = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = status;
