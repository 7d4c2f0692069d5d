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

/** Cut at a word boundary so context never starts or ends mid-word. */
function trimToWords(text: string, side: 'start' | 'end'): string {
  if (text.length < CONTEXT_CHARS) return text;
  if (side === 'start') {
    const space = text.indexOf(' ');
    return space === -1 ? text : text.slice(space + 1);
  }
  const space = text.lastIndexOf(' ');
  return space === -1 ? text : text.slice(0, space);
}

export function flaggedContexts(reply: string, spans: readonly Span[]): FlaggedContext[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start).slice(0, MAX_CONTEXTS);
  return ordered.map(({ start, end }) => ({
    before: trimToWords(squash(reply.slice(Math.max(0, start - CONTEXT_CHARS), start)), 'start').slice(-CONTEXT_CHARS),
    flagged: squash(reply.slice(start, end)).slice(0, FLAGGED_CHARS),
    after: trimToWords(squash(reply.slice(end, end + CONTEXT_CHARS)), 'end').slice(0, CONTEXT_CHARS),
  }));
}
