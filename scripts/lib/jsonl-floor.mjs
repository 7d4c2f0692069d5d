// The I/O floor for `npm run bench:cli`: read JSON Lines, parse each line and write it
// back out, as `candor check` must, and nothing else. Plain JavaScript, run by Node
// itself, so it starts the way the built CLI does. Lines are found the way the CLI finds
// them (src/cli/lines.ts: line ends in the bytes, each line decoded alone; not
// node:readline), so that "beyond the floor" never counts a cheaper line splitter as
// engine speed. This copy handles "\n" only: the bench's input has no "\r".
import { createReadStream } from 'node:fs';

const out = (line) => {
  if (line.trim() === '') return;
  process.stdout.write(`${JSON.stringify(JSON.parse(line))}\n`);
};

let pending = null;
for await (const bytes of createReadStream(process.argv[2])) {
  let start = 0;
  for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, start)) {
    out(pending === null ? bytes.toString('utf8', start, end) : Buffer.concat([pending, bytes.subarray(start, end)]).toString('utf8'));
    pending = null;
    start = end + 1;
  }
  if (start < bytes.length) pending = pending === null ? Buffer.from(bytes.subarray(start)) : Buffer.concat([pending, bytes.subarray(start)]);
}
if (pending !== null) out(pending.toString('utf8'));
