/**
 * Styles for the <candor-flag> shadow root. Applied as the textContent of a <style>
 * element inside the shadow root, so the page's CSS cannot restyle the inside and ours
 * never leaks out. No remote fonts, images or URLs of any kind.
 *
 * Colours use solid backgrounds (never transparent over the page) so contrast holds on
 * any page theme; `prefers-color-scheme: dark` swaps to a dark palette.
 */
export const FLAG_STYLES = `
:host {
  all: initial;
  display: block;
  position: relative;
  z-index: 1;
  margin: 6px 0 4px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  line-height: 1.4;
  color: #1f2328;
  text-align: start;
  --candor-panel-bg: #ffffff;
  --candor-panel-fg: #1f2328;
  --candor-panel-muted: #57606a;
  --candor-panel-border: #d0d7de;
  --candor-focus: #0969da;
  --candor-low-bg: #fff8e1;
  --candor-low-fg: #6b4e00;
  --candor-low-border: #d9b45a;
  --candor-medium-bg: #ffe7a8;
  --candor-medium-fg: #5c3b00;
  --candor-medium-border: #c98a00;
  --candor-high-bg: #ffe1de;
  --candor-high-fg: #8a1c12;
  --candor-high-border: #cf4a3c;
  --candor-dismissed-bg: #f0f2f4;
  --candor-dismissed-fg: #57606a;
  --candor-dismissed-border: #c8cdd3;
}
:host([hidden]) {
  display: none;
}
@media (prefers-color-scheme: dark) {
  :host {
    color: #e6edf3;
    --candor-panel-bg: #1c2128;
    --candor-panel-fg: #e6edf3;
    --candor-panel-muted: #9da7b3;
    --candor-panel-border: #444c56;
    --candor-focus: #58a6ff;
    --candor-low-bg: #3a3221;
    --candor-low-fg: #f2dca4;
    --candor-low-border: #8c7436;
    --candor-medium-bg: #4a3510;
    --candor-medium-fg: #ffd98a;
    --candor-medium-border: #b07c14;
    --candor-high-bg: #4b1f1b;
    --candor-high-fg: #ffc4bc;
    --candor-high-border: #c2493d;
    --candor-dismissed-bg: #2d333b;
    --candor-dismissed-fg: #adbac7;
    --candor-dismissed-border: #545d68;
  }
}
*, *::before, *::after {
  box-sizing: border-box;
}
[hidden] {
  display: none !important;
}
button {
  font: inherit;
  color: inherit;
  margin: 0;
  cursor: pointer;
  transition: background-color 120ms ease, border-color 120ms ease;
}
button:focus-visible {
  outline: 2px solid var(--candor-focus);
  outline-offset: 2px;
}
.badge {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 20px;
  max-width: 100%;
  padding: 0 8px;
  border: 1px solid var(--candor-medium-border);
  border-radius: 10px;
  background: var(--candor-medium-bg);
  color: var(--candor-medium-fg);
  font-size: 12px;
  font-weight: 600;
  line-height: 18px;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
.badge[data-level="low"] {
  background: var(--candor-low-bg);
  color: var(--candor-low-fg);
  border-color: var(--candor-low-border);
}
.badge[data-level="high"] {
  background: var(--candor-high-bg);
  color: var(--candor-high-fg);
  border-color: var(--candor-high-border);
}
.badge[data-dismissed="true"] {
  background: var(--candor-dismissed-bg);
  color: var(--candor-dismissed-fg);
  border-color: var(--candor-dismissed-border);
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
.panel {
  display: block;
  margin-top: 6px;
  max-width: 420px;
  padding: 10px 12px;
  border: 1px solid var(--candor-panel-border);
  border-radius: 8px;
  background: var(--candor-panel-bg);
  color: var(--candor-panel-fg);
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.12);
  overflow-wrap: anywhere;
}
.title {
  display: block;
  margin: 0 0 6px;
  font-size: 13px;
  font-weight: 600;
}
.muted {
  color: var(--candor-panel-muted);
  font-weight: 400;
}
.note {
  display: block;
  margin: 0 0 8px;
}
.flags {
  display: block;
  margin: 0;
  padding: 0;
  list-style: none;
}
.flag {
  display: block;
  margin: 0 0 10px;
  padding: 0 0 8px;
  border-bottom: 1px solid var(--candor-panel-border);
}
.flag-head {
  display: block;
  font-weight: 600;
}
.quotes {
  display: block;
  margin: 4px 0;
  padding: 0 0 0 8px;
  border-left: 3px solid var(--candor-medium-border);
  list-style: none;
  font-style: italic;
}
.quotes li {
  display: block;
}
.para {
  display: block;
  margin: 4px 0 0;
}
.label {
  font-weight: 600;
}
.sources {
  display: block;
  margin: 2px 0 0;
  padding: 0 0 0 16px;
  list-style: disc;
  color: var(--candor-panel-muted);
  font-size: 12px;
}
.sources li {
  display: list-item;
}
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  margin-top: 8px;
}
.action {
  padding: 3px 10px;
  border: 1px solid var(--candor-panel-border);
  border-radius: 6px;
  background: var(--candor-panel-bg);
  color: var(--candor-panel-fg);
  font-size: 12px;
}
.action:hover {
  border-color: var(--candor-panel-muted);
}
.action.primary {
  border-color: var(--candor-focus);
  color: var(--candor-focus);
  font-weight: 600;
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after {
    transition: none !important;
    animation: none !important;
  }
}
`;
