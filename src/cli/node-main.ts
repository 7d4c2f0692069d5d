/**
 * The `candor` command as built into dist/cli/candor.mjs (npm run build:cli, run by
 * `npm install` through `prepare`): plain JavaScript, no TypeScript compiler at run time.
 * Wires main() to the process: stdio, exit status, worker threads.
 */
import { main } from './main';
import { startCheckWorkers } from './worker-pool';

/** Built next to this file; a variable, so the bundler leaves the URL alone. */
const WORKER_FILE = './check-worker.mjs';

// The reader went away (`candor check big.jsonl | head`): stop quietly, the way cat does,
// instead of dying with a stack trace. Anything else is a real error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  startWorkers: (count, sensitivity) => startCheckWorkers(count, sensitivity, new URL(WORKER_FILE, import.meta.url)),
});
