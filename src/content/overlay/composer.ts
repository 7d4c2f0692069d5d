/**
 * Puts text into a chat site's message composer for "Ask for a straight answer".
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

function fillTextControl(el: HTMLTextAreaElement | HTMLInputElement, text: string): boolean {
  el.focus();
  const setter = nativeValueSetter(el);
  if (setter) setter(text);
  else el.value = text;
  dispatchInput(el, text, 'insertText');
  try {
    el.setSelectionRange(text.length, text.length);
  } catch {
    // Some input types (email, number) do not support selection.
  }
  return el.value === text;
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

function selectAll(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection?.() ?? null;
  if (!selection) return;
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

function fillContentEditable(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  el.focus();
  selectAll(el);
  let inserted = false;
  // execCommand fires the beforeinput/input events that ProseMirror and Lexical handle
  // natively, so the editor's own state is updated. Deprecated but still the only way.
  const exec = (doc as Document & { execCommand?: (command: string, ui?: boolean, value?: string) => boolean })
    .execCommand;
  if (typeof exec === 'function') {
    try {
      inserted = exec.call(doc, 'insertText', false, text) === true;
    } catch {
      inserted = false;
    }
  }
  if (!inserted || !flat(el.textContent ?? '').includes(flat(text))) {
    el.replaceChildren(doc.createTextNode(text));
    dispatchInput(el, text, 'insertText');
  }
  caretToEnd(el);
  return flat(el.textContent ?? '').includes(flat(text));
}

/**
 * Puts `text` into the composer, replacing its draft, focuses it with the caret at the
 * end, and lets the site's framework notice. Never submits. True on success.
 */
export function putIntoComposer(composer: HTMLElement, text: string): boolean {
  try {
    if (isTextControl(composer)) return fillTextControl(composer, text);
    if (isContentEditable(composer)) return fillContentEditable(composer, text);
    return false;
  } catch {
    return false;
  }
}
