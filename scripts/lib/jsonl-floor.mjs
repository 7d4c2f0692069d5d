// The I/O floor for `npm run bench:cli`: read JSON Lines, parse each line and write it
// back out, as `candor check` must, and nothing else. Plain JavaScript, run by Node
// itself, so it starts the way the built CLI does.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const rl = createInterface({ input: createReadStream(process.argv[2], { encoding: 'utf8' }), crlfDelay: Infinity });
for await (const line of rl) {
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(JSON.parse(line))}\n`);
}
