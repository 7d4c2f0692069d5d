/** lineBatches splits lines exactly as node:readline (crlfDelay: Infinity) does, however the input is chunked. */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBatches } from '@/src/cli/lines';

async function viaReadline(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

async function viaLineBatches(chunks: (string | Uint8Array)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const batch of lineBatches(Readable.from(chunks))) lines.push(...batch);
  return lines;
}

describe('lineBatches', () => {
  it.each([
    ['no line end', ['{"a":1}'], ['{"a":1}']],
    ['a final line end adds no empty line', ['a\nb\n'], ['a', 'b']],
    ['empty lines are kept', ['a\n\n\nb'], ['a', '', '', 'b']],
    ['CRLF is one line end', ['a\r\nb\r\n'], ['a', 'b']],
    ['a lone CR ends a line', ['a\rb'], ['a', 'b']],
    ['CRLF split across chunks', ['a\r', '\nb'], ['a', 'b']],
    ['CR at the end of the input', ['a\r'], ['a']],
    ['a line across chunks', ['ab', 'c\nd', 'e'], ['abc', 'de']],
    ['nothing', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(await viaLineBatches(chunks)).toEqual(expected);
    expect(await viaReadline(chunks)).toEqual(expected);
  });

  it('decodes a UTF-8 character split across byte chunks', async () => {
    const bytes = Buffer.from('ça\n€\n', 'utf8');
    expect(await viaLineBatches([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)])).toEqual(['ça', '€']);
  });

  it('agrees with readline on any text cut into any chunks of bytes or text', async () => {
    const text = fc.array(fc.constantFrom('a', 'é', '€', ' ', '\n', '\r', '\r\n', '{}', '"x"'), { maxLength: 40 }).map((a) => a.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), async (input, cuts, asBytes) => {
        // Bytes are cut anywhere, also inside a character; text between characters.
        const whole = asBytes ? Buffer.from(input, 'utf8') : input;
        const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks: (string | Buffer)[] = [];
        let from = 0;
        for (const p of [...points, whole.length]) {
          chunks.push(whole.slice(from, p));
          from = p;
        }
        expect(await viaLineBatches(chunks)).toEqual(await viaReadline(chunks.filter((c) => c.length > 0)));
      }),
      { numRuns: 500 },
    );
  });
});
