/**
 * The flagged words of a reply with a little of the text around them, so the popup and
 * history can show "…the words in context…" without storing the whole reply.
 */
import type { Span } from '../engine/types';
import type { FlaggedContext } from '../messaging/protocol';

const CONTEXT_CHARS = 80;
const FLAGGED_CHARS = 200;
const MAX_CONTEXTS = 20;

const squash = (text: string) => text.replace(/\s+/gu, ' ');

/** Where the context was cut out of a longer reply, drop the partial word at the cut. */
function trimToWords(text: string, side: 'start' | 'end', cut: boolean): string {
  if (!cut) return text;
  if (side === 'start') {
    const space = text.indexOf(' ');
    return space === -1 ? text : text.slice(space + 1);
  }
  const space = text.lastIndexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

/** Several rules often flag the same words: each distinct span is shown once, in reply order. */
export function distinctSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter(({ start, end }) => {
      const key = `${start}:${end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The words of each flag in context, in reply order. A span inside another one is left
 * out: one rule marking "Keep" and another the whole instruction "Keep it somewhere
 * warm." would otherwise show the same words twice.
 */
export function flaggedContexts(reply: string, spans: readonly Span[]): FlaggedContext[] {
  // By start, the longest first: a span ending no later than the furthest end seen so far
  // lies inside an earlier one (one pass, however many spans a long reply has).
  const byStart = distinctSpans(spans).sort((a, b) => a.start - b.start || b.end - a.end);
  const ordered: Span[] = [];
  let reach = -1;
  for (const span of byStart) {
    if (span.end <= reach) continue;
    ordered.push(span);
    reach = span.end;
    if (ordered.length === MAX_CONTEXTS) break;
  }
  return ordered.map(({ start, end }) => ({
    before: trimToWords(squash(reply.slice(Math.max(0, start - CONTEXT_CHARS), start)), 'start', start > CONTEXT_CHARS),
    flagged: squash(reply.slice(start, end)).slice(0, FLAGGED_CHARS),
    after: trimToWords(squash(reply.slice(end, end + CONTEXT_CHARS)), 'end', end + CONTEXT_CHARS < reply.length),
  }));
}
