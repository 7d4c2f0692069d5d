/** The content script's zod-free checks of what the background sends it give the schemas' answers. */
import { describe, expect, it } from 'vitest';
import { FeedbackChangedSchema, OpenLatestFlagSchema } from '@/src/messaging/protocol';
import { findByReportedKey, isOpenLatestFlag, MAX_REPLY_KEY_CHARS, readFeedbackChanged, reportedKey } from '@/src/messaging/page-protocol';

const feedback = { type: 'feedbackChanged', replyKey: 'msg-1', verdict: 'not-sycophantic' };
const MESSAGES: [string, unknown][] = [
  ['feedback', feedback],
  ['feedback taken back', { ...feedback, verdict: 'none' }],
  ['an unknown verdict', { ...feedback, verdict: 'maybe' }],
  ['a 301-character key', { ...feedback, replyKey: 'k'.repeat(301) }],
  ['a 300-character key', { ...feedback, replyKey: 'k'.repeat(300) }],
  ['a key that is not text', { ...feedback, replyKey: 1 }],
  ['an extra field', { ...feedback, extra: 1 }],
  ['a missing field', { type: 'feedbackChanged', replyKey: 'msg-1' }],
  ['open the latest flag', { type: 'openLatestFlag' }],
  ['open the latest flag with an extra field', { type: 'openLatestFlag', at: 1 }],
  ['another type', { type: 'analysisReport' }],
  ['null', null],
  ['a string', 'openLatestFlag'],
  ['a list', [feedback]],
];

describe('the page-side message checks', () => {
  it.each(MESSAGES)('agree with the schemas: %s', (_what, raw) => {
    const parsed = FeedbackChangedSchema.safeParse(raw);
    expect(readFeedbackChanged(raw)).toEqual(parsed.success ? parsed.data : null);
    expect(isOpenLatestFlag(raw)).toBe(OpenLatestFlagSchema.safeParse(raw).success);
  });
});

describe('finding a reply by the key a message carried', () => {
  const long = 'k'.repeat(MAX_REPLY_KEY_CHARS) + '-and-more';
  const longer = 'k'.repeat(MAX_REPLY_KEY_CHARS + 40);
  const byKey = new Map([
    ['short-key', 1],
    [long, 2],
  ]);
  it.each([
    ['a short key, found directly', 'short-key', ['short-key', 1]],
    ['a long key, reported cut', reportedKey(long), [long, 2]],
    ['an unknown short key', 'other', undefined],
    ['a cut key no entry has', reportedKey('x'.repeat(400)), undefined],
  ] as const)('%s', (_what, replyKey, expected) => {
    expect(findByReportedKey(byKey, replyKey)).toEqual(expected);
  });
  it('cuts only keys longer than the limit', () => {
    expect(reportedKey('short-key')).toBe('short-key');
    expect(reportedKey(longer)).toHaveLength(MAX_REPLY_KEY_CHARS);
  });
});
