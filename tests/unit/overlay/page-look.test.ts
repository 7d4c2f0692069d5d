// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageLookBehind, parseCssColor } from '../../../src/content/overlay/page-look';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('parseCssColor', () => {
  it.each([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(33, 33, 33, 0.5)', { r: 33, g: 33, b: 33, a: 0.5 }],
    ['rgb(10 20 30 / 40%)', { r: 10, g: 20, b: 30, a: 0.4 }],
    ['transparent', null],
    ['rgb(nope)', null],
  ])('%s', (value, expected) => {
    expect(parseCssColor(value)).toEqual(expected);
  });
});

describe('pageLookBehind', () => {
  it.each([
    ['a dark chat container', 'rgb(33, 33, 33)', '', 'dark'],
    ['a light chat container', 'rgb(250, 250, 250)', 'rgb(0, 0, 0)', 'light'],
    ['a see-through container over a dark body', 'rgba(255, 255, 255, 0.1)', 'rgb(20, 20, 24)', 'dark'],
    ['nothing painted anywhere', '', '', 'light'],
  ])('%s', (_name, container, bodyColor, expected) => {
    if (bodyColor) document.body.style.backgroundColor = bodyColor;
    const chat = document.createElement('main');
    if (container) chat.style.backgroundColor = container;
    const reply = document.createElement('p');
    chat.append(reply);
    document.body.append(chat);
    expect(pageLookBehind(reply)).toBe(expected);
  });
});
