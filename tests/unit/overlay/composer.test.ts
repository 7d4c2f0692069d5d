// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToComposer } from '../../../src/content/overlay/composer';

const PROMPT = 'Please give me a straight answer without compliments: what are the weaknesses?';

interface Setup {
  composer: HTMLElement;
  read(): string;
  /** What the person had typed before (kept, with the prompt after it). */
  draft: string;
}

function inForm(composer: HTMLElement): { submit: ReturnType<typeof vi.fn>; keys: string[] } {
  const form = document.createElement('form');
  const submit = vi.fn((event: Event) => event.preventDefault());
  form.addEventListener('submit', submit);
  const keys: string[] = [];
  form.addEventListener('keydown', (event) => keys.push(event.key));
  const send = document.createElement('button');
  send.type = 'submit';
  form.append(composer, send);
  document.body.append(form);
  return { submit, keys };
}

const KINDS: Array<[string, () => Setup]> = [
  [
    'textarea',
    () => {
      const el = document.createElement('textarea');
      el.value = 'half-typed draft';
      return { composer: el, read: () => el.value, draft: 'half-typed draft' };
    },
  ],
  [
    'input',
    () => {
      const el = document.createElement('input');
      el.type = 'text';
      return { composer: el, read: () => el.value, draft: '' };
    },
  ],
  [
    'contenteditable (ProseMirror-like)',
    () => {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      el.className = 'ProseMirror';
      const p = document.createElement('p');
      p.textContent = 'half-typed draft';
      el.append(p);
      return { composer: el, read: () => el.textContent ?? '', draft: 'half-typed draft' };
    },
  ],
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('addToComposer', () => {
  it.each([
    ['an empty box', '', PROMPT],
    ['a draft', 'my half-typed question', `my half-typed question\n\n${PROMPT}`],
    ['a draft ending in a newline', 'line one\n', `line one\n\n${PROMPT}`],
    ['a draft of spaces only', '   ', PROMPT],
    ['the same prompt already added', `draft\n\n${PROMPT}`, `draft\n\n${PROMPT}`],
  ])('textarea with %s keeps what the person typed', (_name, before, after) => {
    const el = document.createElement('textarea');
    el.value = before;
    inForm(el);
    expect(addToComposer(el, PROMPT)).toBe(true);
    expect(el.value).toBe(after);
  });

  it('contenteditable: keeps the draft paragraph and adds the prompt as a new one (no execCommand)', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    const p = document.createElement('p');
    p.textContent = 'my draft';
    el.append(p);
    document.body.append(el);
    expect(addToComposer(el, PROMPT)).toBe(true);
    expect([...el.querySelectorAll('p')].map((node) => node.textContent)).toEqual(['my draft', PROMPT]);
  });

  it.each(KINDS)('%s: adds the text after the draft, fires input, focuses, never submits', (_kind, make) => {
    const { composer, read, draft } = make();
    const { submit, keys } = inForm(composer);
    const inputs: Event[] = [];
    document.body.addEventListener('input', (event) => inputs.push(event));

    expect(addToComposer(composer, PROMPT)).toBe(true);
    const text = read();
    expect(text.endsWith(PROMPT)).toBe(true);
    expect(text.startsWith(draft)).toBe(true);
    expect(inputs.length).toBeGreaterThanOrEqual(1);
    expect(inputs[0]?.target).toBe(composer);
    expect(document.activeElement).toBe(composer);
    expect(submit).not.toHaveBeenCalled();
    expect(keys).toEqual([]);
  });

  it('textarea: uses the native value setter (React overrides the instance property)', () => {
    const el = document.createElement('textarea');
    let viaInstance = 0;
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return proto?.get?.call(el);
      },
      set(v: string) {
        viaInstance += 1;
        proto?.set?.call(el, v);
      },
    });
    inForm(el);
    expect(addToComposer(el, PROMPT)).toBe(true);
    expect(viaInstance).toBe(0);
    expect(el.value).toBe(PROMPT);
    expect(el.selectionStart).toBe(PROMPT.length);
  });

  it('contenteditable: prefers execCommand("insertText") when available', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    document.body.append(el);
    const exec = vi.fn((_command: string, _ui: boolean, value: string) => {
      el.textContent = value;
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    const inputs = vi.fn();
    el.addEventListener('input', inputs);
    try {
      expect(addToComposer(el, PROMPT)).toBe(true);
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
    expect(exec).toHaveBeenCalledWith('insertText', false, PROMPT);
    expect(exec).not.toHaveBeenCalledWith('selectAll', false, undefined);
    expect(inputs).not.toHaveBeenCalled(); // the browser fires it for execCommand
    expect(el.textContent).toBe(PROMPT);
  });

  it('contenteditable fallback dispatches an InputEvent with inputType insertText', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    document.body.append(el);
    let seen: InputEvent | null = null;
    el.addEventListener('input', (event) => (seen = event as InputEvent));
    expect(addToComposer(el, PROMPT)).toBe(true);
    const event = seen as InputEvent | null;
    expect(event?.inputType).toBe('insertText');
    expect(event?.data).toBe(PROMPT);
    expect(event?.bubbles).toBe(true);
  });

  it('puts text literally (no markup parsing)', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    document.body.append(el);
    const hostile = '<img src=x onerror=alert(1)>';
    expect(addToComposer(el, hostile)).toBe(true);
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect(el.textContent).toBe(hostile);
  });

  it('returns false for an element that is not editable', () => {
    const el = document.createElement('div');
    document.body.append(el);
    expect(addToComposer(el, PROMPT)).toBe(false);
    expect(el.textContent).toBe('');
  });
});
