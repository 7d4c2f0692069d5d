// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putIntoComposer } from '../../../src/content/overlay/composer';

const PROMPT = 'Please give me a straight answer without compliments: what are the weaknesses?';

interface Setup {
  composer: HTMLElement;
  read(): string;
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
      el.value = 'old draft';
      return { composer: el, read: () => el.value };
    },
  ],
  [
    'input',
    () => {
      const el = document.createElement('input');
      el.type = 'text';
      return { composer: el, read: () => el.value };
    },
  ],
  [
    'contenteditable (ProseMirror-like)',
    () => {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      el.className = 'ProseMirror';
      const p = document.createElement('p');
      p.textContent = 'old draft';
      el.append(p);
      return { composer: el, read: () => el.textContent ?? '' };
    },
  ],
];

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('putIntoComposer', () => {
  it.each(KINDS)('%s: sets the text, fires input, focuses, never submits', (_kind, make) => {
    const { composer, read } = make();
    const { submit, keys } = inForm(composer);
    const inputs: Event[] = [];
    document.body.addEventListener('input', (event) => inputs.push(event));

    expect(putIntoComposer(composer, PROMPT)).toBe(true);
    expect(read()).toBe(PROMPT);
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
    expect(putIntoComposer(el, PROMPT)).toBe(true);
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
      expect(putIntoComposer(el, PROMPT)).toBe(true);
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
    expect(exec).toHaveBeenCalledWith('insertText', false, PROMPT);
    expect(inputs).not.toHaveBeenCalled(); // the browser fires it for execCommand
    expect(el.textContent).toBe(PROMPT);
  });

  it('contenteditable fallback dispatches an InputEvent with inputType insertText', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    document.body.append(el);
    let seen: InputEvent | null = null;
    el.addEventListener('input', (event) => (seen = event as InputEvent));
    expect(putIntoComposer(el, PROMPT)).toBe(true);
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
    expect(putIntoComposer(el, hostile)).toBe(true);
    expect(el.querySelectorAll('img')).toHaveLength(0);
    expect(el.textContent).toBe(hostile);
  });

  it('returns false for an element that is not editable', () => {
    const el = document.createElement('div');
    document.body.append(el);
    expect(putIntoComposer(el, PROMPT)).toBe(false);
    expect(el.textContent).toBe('');
  });
});
