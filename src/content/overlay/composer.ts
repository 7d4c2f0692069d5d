/**
 * Adds text to a chat site's message composer for "Ask for a straight answer", after
 * whatever the person has already typed (issue #12: it used to replace the draft).
 * Candor never sends anything: no Enter key, no form submit, no click on a send button.
 *
 * Node kinds are told apart by tag name and attributes, not `instanceof`: content
 * scripts see page nodes across realms (Firefox Xray wrappers, happy-dom windows).
 */

function isTextControl(el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement {
  const tag = el.tagName.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

function isContentEditable(el: HTMLElement): boolean {
  if (el.isContentEditable) return true;
  const attr = el.getAttribute('contenteditable');
  return attr !== null && attr.toLowerCase() !== 'false';
}

/** The `value` setter of the element's own prototype chain (bypasses React's instance override). */
function nativeValueSetter(el: HTMLTextAreaElement | HTMLInputElement): ((value: string) => void) | null {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const tag = el.tagName.toUpperCase();
  const candidates: unknown[] = [];
  if (tag === 'TEXTAREA') {
    candidates.push(view?.HTMLTextAreaElement?.prototype);
    if (typeof HTMLTextAreaElement !== 'undefined') candidates.push(HTMLTextAreaElement.prototype);
  } else {
    candidates.push(view?.HTMLInputElement?.prototype);
    if (typeof HTMLInputElement !== 'undefined') candidates.push(HTMLInputElement.prototype);
  }
  candidates.push(Object.getPrototypeOf(el));
  for (const proto of candidates) {
    if (!proto) continue;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return (value: string) => setter.call(el, value);
  }
  return null;
}

function dispatchInput(el: HTMLElement, text: string, inputType: string): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const InputEventCtor = view?.InputEvent ?? (typeof InputEvent !== 'undefined' ? InputEvent : null);
  const event = InputEventCtor
    ? new InputEventCtor('input', { inputType, data: text, bubbles: true, composed: true })
    : new Event('input', { bubbles: true, composed: true });
  el.dispatchEvent(event);
}

/** What goes between the person's draft and the follow-up: a blank line, or nothing for an empty draft. */
function separatorAfter(draft: string): string {
  if (draft.trim() === '') return '';
  return draft.endsWith('\n\n') ? '' : draft.endsWith('\n') ? '\n' : '\n\n';
}

function fillTextControl(el: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  el.focus();
  const draft = el.value;
  // A one-line input cannot hold a blank line: a space separates there.
  const joiner = el.tagName.toUpperCase() === 'INPUT' ? (draft.trim() === '' ? '' : ' ') : separatorAfter(draft);
  const next = draft.trim() === '' ? text : `${draft}${joiner}${text}`;
  const setter = nativeValueSetter(el);
  if (setter) setter(next);
  else el.value = next;
  dispatchInput(el, text, 'insertText');
  try {
    el.setSelectionRange(next.length, next.length);
  } catch {
    // Some input types (email, number) do not support selection.
  }
  return el.value === next;
}

/** Normalised text for comparing what the editor now shows with what we inserted. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function caretToEnd(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection?.() ?? null;
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

type ExecCommand = (command: string, ui?: boolean, value?: string) => boolean;

function exec(doc: Document, command: string, value?: string): boolean {
  const fn = (doc as Document & { execCommand?: ExecCommand }).execCommand;
  if (typeof fn !== 'function') return false;
  try {
    return fn.call(doc, command, false, value) === true;
  } catch {
    return false;
  }
}

function fillContentEditable(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  const draft = flat(el.textContent ?? '');
  el.focus();
  caretToEnd(el);
  // execCommand fires the beforeinput/input events that ProseMirror and Lexical handle
  // natively, so the editor's own state is updated. Deprecated but still the only way.
  // The caret is at the end, so the draft stays and the follow-up starts a new paragraph.
  if (draft !== '') exec(doc, 'insertParagraph');
  const inserted = exec(doc, 'insertText', text);
  const now = flat(el.textContent ?? '');
  if (!inserted || !now.includes(flat(text)) || !now.includes(draft)) {
    // Without execCommand: add a paragraph of our own after whatever is there (the
    // draft is never removed; an editor that rejects the node will re-render it).
    const paragraph = doc.createElement(el.querySelector('p') ? 'p' : 'div');
    paragraph.textContent = text;
    if (!flat(el.textContent ?? '').includes(flat(text))) el.appendChild(paragraph);
    dispatchInput(el, text, 'insertText');
  }
  caretToEnd(el);
  const result = flat(el.textContent ?? '');
  return result.includes(flat(text)) && result.includes(draft);
}

/**
 * Adds `text` to the composer AFTER the person's draft (a blank line between them; an
 * empty composer just gets the text), focuses it with the caret at the end, and lets the
 * site's framework notice. Never replaces or removes what the person typed, never
 * submits. True when both the draft and the text are in the composer afterwards.
 */
export function addToComposer(composer: HTMLElement, text: string): boolean {
  try {
    const current = isTextControl(composer) ? composer.value : (composer.textContent ?? '');
    // Asking twice does not stack the same follow-up.
    if (flat(current).endsWith(flat(text))) {
      composer.focus();
      return true;
    }
    if (isTextControl(composer)) return fillTextControl(composer, text);
    if (isContentEditable(composer)) return fillContentEditable(composer, text);
    return false;
  } catch {
    return false;
  }
}
