// @vitest-environment happy-dom
/**
 * Hostile page text is inert in the in-page card: whatever a reply contains, the badge
 * and card show it as literal characters and build exactly the same elements as for
 * plain words. (The e2e hostile-page spec checks the same in Chromium with live event
 * handlers.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderFlag, shadowOf } from '@/src/content/overlay/flag-element';
import type { Analysis, Flag } from '@/src/engine/types';

const HOSTILE = [
  '<img src=x onerror="window.__candorPwned=1">',
  '<script>window.__candorPwned=1</script>',
  '<a href="javascript:window.__candorPwned=1">read more</a>',
  '<svg onload="window.__candorPwned=1"></svg>',
  '<iframe srcdoc="<script>parent.__candorPwned=1</script>"></iframe>',
  '"><img src=x onerror=alert(1)>',
  '</style><style>*{display:none}</style>',
  '&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;',
  // eslint-disable-next-line no-script-url -- a hostile payload, rendered as text
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
  '\u202egnp.exe\u202c \u0000 \ufeff',
];

const SAFE = 'plain words here';

function flagWith(text: string, replyText: string): Flag {
  const start = replyText.indexOf(text);
  return {
    ruleId: 'praise-for-the-users-idea',
    category: 'flattery',
    severity: 3,
    spans: [{ start, end: start + text.length }],
    explanation: `Explained: ${text}`,
    advice: `Ask: "Is this right? ${text}"`,
    sources: [text],
  };
}

/** Render a flag whose quote and question carry `text`, with its card open by the person. */
function renderWith(text: string): ShadowRoot {
  const replyText = `Brilliant! ${text} You are right.`;
  const analysis: Analysis = { level: 'high', score: 90, flags: [flagWith(text, replyText)] };
  const turn = document.createElement('article');
  const body = document.createElement('div');
  body.textContent = replyText;
  turn.append(body);
  document.body.append(turn);
  const host = renderFlag(turn, body, { analysis, replyText, verdict: 'none', paused: false }, {
    onVerdict() {},
    onRuleEnabled() {},
    onPause() {},
    onAskStraight() {},
  });
  const shadow = shadowOf(host);
  if (!shadow) throw new Error('no shadow root');
  const click = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  shadow.querySelector('button[data-action="toggle"]')?.dispatchEvent(click);
  return shadow;
}

/** The element tree as tag names and attribute names: what markup in a string would change. */
function shape(node: ParentNode): string[] {
  return [...node.querySelectorAll('*')].map((el) => `${el.tagName.toLowerCase()}[${el.getAttributeNames().sort().join(',')}]`);
}

afterEach(() => {
  document.body.replaceChildren();
  delete (window as { __candorPwned?: unknown }).__candorPwned;
});

describe('hostile text in a flag', () => {
  const plainShape = () => shape(renderWith(SAFE));

  it.each(HOSTILE)('is shown literally and builds no elements: %s', (payload) => {
    const expected = plainShape();
    document.body.replaceChildren();
    const shadow = renderWith(payload);
    expect(shape(shadow)).toEqual(expected);
    const card = shadow.getElementById('card');
    const quote = payload.replace(/\s+/g, ' ').trim();
    expect(card?.textContent).toContain(quote.slice(0, 100));
    expect(document.querySelectorAll('body > :not(article), article img, article script, article iframe, article svg')).toHaveLength(0);
    expect((window as { __candorPwned?: unknown }).__candorPwned).toBeUndefined();
  });
});
