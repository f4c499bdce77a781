import { describe, expect, it } from 'vitest';
import { isSearchShortcut, moveActiveOption } from './keyboard';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it.each([
    ['/', key('/'), false, true],
    ['Ctrl-K', key('k', { ctrlKey: true }), false, true],
    ['Cmd-K', key('k', { metaKey: true }), false, true],
    ['Ctrl-Shift-K (K)', key('K', { ctrlKey: true }), false, true],
    ['/ while typing in a field', key('/'), true, false],
    ['Ctrl-K while typing in a field', key('k', { ctrlKey: true }), true, false],
    ['a plain k', key('k'), false, false],
    ['Ctrl-/', key('/', { ctrlKey: true }), false, false],
    ['Alt-/', key('/', { altKey: true }), false, false],
    ['Ctrl-Alt-K', key('k', { ctrlKey: true, altKey: true }), false, false],
  ])('%s', (_name, event, inField, expected) => {
    expect(isSearchShortcut(event, inField)).toBe(expected);
  });
});

describe('moveActiveOption', () => {
  it.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 0],
    [-1, 'ArrowUp', 3, 2],
    [0, 'ArrowUp', 3, 2],
    [2, 'ArrowUp', 3, 1],
    [1, 'Home', 3, 0],
    [1, 'End', 3, 2],
    [1, 'ArrowDown', 0, -1],
    [4, 'Enter', 2, 1],
    [-1, 'Enter', 2, -1],
  ])('from %i, %s with %i options → %i', (active, k, count, expected) => {
    expect(moveActiveOption(active, k, count)).toBe(expected);
  });
});
