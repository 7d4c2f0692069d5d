#!/usr/bin/env node
// Entry point for `npx candor`: the CLI built ahead of time into plain JavaScript
// (dist/cli/, by `npm run build:cli`, which `npm install` runs through `prepare`).
// Nothing here compiles TypeScript.
try {
  await import('../dist/cli/candor.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli/candor.mjs')) throw error;
  process.stderr.write('candor: the CLI is not built yet: run `npm run build:cli` (npm install does it)\n');
  process.exitCode = 2;
}
