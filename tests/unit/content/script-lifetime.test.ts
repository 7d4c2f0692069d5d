import { describe, expect, it, vi } from 'vitest';
import { ScriptLifetime, scriptStartedEventType } from '@/src/content/script-lifetime';

const TYPE = scriptStartedEventType('extension-id', 'content');

function lifetimeWith(present: () => boolean) {
  const target = new EventTarget();
  const lifetime = new ScriptLifetime(present, { target, type: TYPE });
  const cleanup = vi.fn();
  lifetime.onInvalidated(cleanup);
  return { target, lifetime, cleanup };
}

describe('ScriptLifetime', () => {
  const cases: [name: string, present: () => boolean, stillValid: boolean][] = [
    ['a forged announcement while the extension is there', () => true, true],
    ['an announcement once the extension is gone (runtime.id undefined)', () => false, false],
    [
      'an announcement once the add-on is dead (Firefox throws)',
      (): boolean => {
        throw new Error('dead object');
      },
      false,
    ],
  ];
  it.each(cases)('%s', (_name, present, stillValid) => {
    const { target, lifetime, cleanup } = lifetimeWith(present);
    target.dispatchEvent(new CustomEvent(TYPE, { detail: { contentScriptName: 'content', messageId: 'x' } }));
    expect(cleanup).toHaveBeenCalledTimes(stillValid ? 0 : 1);
    expect(lifetime.isValid).toBe(stillValid);
  });

  it('ends once, stays ended, and drops its listeners', () => {
    let present = true;
    const { target, lifetime, cleanup } = lifetimeWith(() => present);
    const onPop = vi.fn();
    lifetime.addEventListener(target, 'popstate', onPop);
    target.dispatchEvent(new Event('popstate'));
    present = false;
    expect(lifetime.isValid).toBe(false);
    present = true; // a script once orphaned never comes back
    expect(lifetime.isValid).toBe(false);
    target.dispatchEvent(new Event('popstate'));
    target.dispatchEvent(new CustomEvent(TYPE));
    expect(onPop).toHaveBeenCalledTimes(1);
    expect(cleanup).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    lifetime.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('names the event as WXT does', () => {
    expect(TYPE).toBe('extension-id:content:wxt:content-script-started');
  });
});
