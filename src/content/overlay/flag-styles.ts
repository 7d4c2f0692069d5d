/**
 * Styles for the <candor-flag> shadow root: the badge and the floating card. Applied as
 * the textContent of a <style> inside the closed root, so the page cannot read or
 * restyle the inside and ours never leak out. No remote fonts, images or URLs.
 *
 * The `:host` rules are `!important` on purpose: in the cascade an important rule from
 * the shadow tree beats the page's important rules and inline styles on the host, so
 * `candor-flag { display: none !important }` or `style="opacity:0"` cannot hide a badge
 * (mark-guard.ts restores what CSS alone cannot hold).
 *
 * The palette follows the page's own look (`data-look` from page-look.ts), not the
 * operating system's theme: a dark chat gets a dark card on a light OS.
 */
export const FLAG_STYLES = `
:host {
  all: initial !important;
  display: block !important;
  position: static !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  clip-path: none !important;
  mask: none !important;
  width: auto !important;
  height: auto !important;
  min-height: 0 !important;
  max-height: none !important;
  overflow: visible !important;
  pointer-events: auto !important;
  content-visibility: visible !important;
  margin: 6px 0 4px !important;
}
.root {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  line-height: 1.45;
  text-align: start;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --border: #d0d7de;
  --control-border: #818b98;
  --focus: #0969da;
  --shadow: 0 6px 24px rgba(0, 0, 0, 0.16), 0 1px 3px rgba(0, 0, 0, 0.1);
  --low-bg: #fff8e1;
  --low-fg: #6b4e00;
  --low-border: #d9b45a;
  --medium-bg: #ffe7a8;
  --medium-fg: #5c3b00;
  --medium-border: #c98a00;
  --high-bg: #ffe1de;
  --high-fg: #8a1c12;
  --high-border: #cf4a3c;
  --quiet-bg: #f0f2f4;
  --quiet-fg: #57606a;
  --quiet-border: #c8cdd3;
  color: var(--fg);
}
.root[data-look="dark"] {
  --bg: #1f242b;
  --fg: #e6edf3;
  --muted: #a3adb8;
  --border: #444c56;
  --control-border: #768390;
  --focus: #6cb6ff;
  --shadow: 0 6px 24px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
  --low-bg: #3a3221;
  --low-fg: #f2dca4;
  --low-border: #8c7436;
  --medium-bg: #4a3510;
  --medium-fg: #ffd98a;
  --medium-border: #b07c14;
  --high-bg: #4b1f1b;
  --high-fg: #ffc4bc;
  --high-border: #c2493d;
  --quiet-bg: #2d333b;
  --quiet-fg: #adbac7;
  --quiet-border: #545d68;
}
*, *::before, *::after {
  box-sizing: border-box;
}
button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
  transition: background-color 120ms ease, border-color 120ms ease;
}
button:focus-visible, .card:focus-visible, .summary:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
}
.summary:focus:not(:focus-visible), .card:focus:not(:focus-visible) {
  outline: none;
}
.badge {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 20px;
  max-width: 100%;
  padding: 0 8px;
  border: 1px solid var(--medium-border);
  border-radius: 10px;
  background: var(--medium-bg);
  color: var(--medium-fg);
  font-size: 12px;
  font-weight: 600;
  line-height: 18px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.badge-text {
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
}
.root[data-level="low"] .badge {
  background: var(--low-bg);
  color: var(--low-fg);
  border-color: var(--low-border);
}
.root[data-level="high"] .badge {
  background: var(--high-bg);
  color: var(--high-fg);
  border-color: var(--high-border);
}
.badge[data-verdict="not-sycophantic"], .root[data-level="none"] .badge {
  background: var(--quiet-bg);
  color: var(--quiet-fg);
  border-color: var(--quiet-border);
  font-weight: 400;
}
.dot {
  display: inline-block;
  width: 6px;
  height: 6px;
  border-radius: 50%;
  background: currentColor;
  flex: none;
}
.card {
  position: fixed;
  inset: auto;
  z-index: 2147483647;
  margin: 0;
  width: min(360px, calc(100vw - 16px));
  max-height: min(70vh, 520px);
  overflow: auto;
  padding: 12px 14px;
  border: 1px solid var(--border);
  border-radius: 10px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: var(--shadow);
  overflow-wrap: break-word;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  line-height: 1.45;
}
.head {
  display: flex;
  align-items: center;
  gap: 8px;
  margin: 0 0 8px;
}
.title {
  flex: 1;
  margin: 0;
  font-size: 14px;
  font-weight: 600;
}
.level {
  padding: 0 8px;
  border: 1px solid var(--medium-border);
  border-radius: 10px;
  background: var(--medium-bg);
  color: var(--medium-fg);
  font-size: 12px;
  font-weight: 600;
}
.level[data-pill="low"] {
  border-color: var(--low-border);
  background: var(--low-bg);
  color: var(--low-fg);
}
.level[data-pill="high"] {
  border-color: var(--high-border);
  background: var(--high-bg);
  color: var(--high-fg);
}
.level[data-pill="none"] {
  border-color: var(--quiet-border);
  background: var(--quiet-bg);
  color: var(--quiet-fg);
}
.close {
  width: 28px;
  height: 28px;
  border: 0;
  border-radius: 6px;
  background: transparent;
  color: var(--muted);
  font-size: 18px;
  line-height: 1;
}
.close:hover {
  background: var(--quiet-bg);
}
p {
  margin: 0 0 8px;
}
.verdict, .trust {
  color: var(--muted);
}
.trust {
  margin: 10px 0 0;
  padding-top: 8px;
  border-top: 1px solid var(--border);
  font-size: 12px;
}
.label {
  font-weight: 600;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin: 10px 0 8px;
}
.actions.verdicts {
  margin-top: 0;
}
.action {
  padding: 4px 10px;
  border: 1px solid var(--control-border);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  font-size: 12px;
}
.action:hover {
  border-color: var(--muted);
}
.action.primary {
  border-color: var(--focus);
  background: var(--focus);
  color: var(--bg);
  font-weight: 600;
}
.link {
  padding: 2px 0;
  border: 0;
  background: none;
  /* A button centres its text; a link that wraps to two lines must not. */
  text-align: start;
  color: var(--focus);
  font-size: 12px;
  text-decoration: underline;
  text-underline-offset: 2px;
}
.more {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 14px;
  margin-top: 6px;
}
.pair {
  margin: 6px 0 4px;
  padding: 8px 10px;
  border-radius: 6px;
  background: var(--quiet-bg);
}
.pair dt {
  font-size: 12px;
  font-weight: 600;
}
.pair dd {
  margin: 0 0 6px;
  font-style: italic;
}
.pair-bad {
  color: var(--high-fg);
}
.notice {
  margin: 0;
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after {
    transition: none !important;
    animation: none !important;
  }
}
`;
