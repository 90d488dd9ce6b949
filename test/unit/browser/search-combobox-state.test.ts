import { describe, expect, it } from 'vitest';
import { EMPTY, closed, listed, opened, pressed, stepped } from '../../../src/browser/search-combobox-state';

describe('header search combobox state', () => {
  const three = listed('vpn', 3);

  it('fresh results are open with nothing chosen', () => {
    expect(three).toEqual({ shown: 'vpn', options: 3, active: -1, open: true });
  });

  it('↓ and ↑ step through the options and wrap back to the text box past either end', () => {
    const down = (s = three, n = 1) => Array.from({ length: n }).reduce<typeof s>((acc) => stepped(acc, 1), s);
    expect(down(three, 1).active).toBe(0);
    expect(down(three, 3).active).toBe(2);
    expect(down(three, 4).active).toBe(-1);
    expect(stepped(three, -1).active).toBe(2);
    expect(stepped(down(three, 1), -1).active).toBe(-1);
  });

  it('a step opens a closed list; closing forgets the choice', () => {
    const shut = closed(stepped(three, 1));
    expect(shut).toMatchObject({ open: false, active: -1, shown: 'vpn' });
    expect(stepped(shut, 1)).toMatchObject({ open: true, active: 0 });
    expect(opened(shut)).toMatchObject({ open: true, active: -1 });
  });

  it('Enter follows the chosen option only while the list is open', () => {
    const chosen = stepped(stepped(three, 1), 1);
    expect(pressed(chosen, 'Enter')).toEqual({ state: chosen, follow: 1 });
    expect(pressed(three, 'Enter')).toBeUndefined();
    expect(pressed(closed(chosen), 'Enter')).toBeUndefined();
  });

  it('Escape closes an open list, and leaves a closed one to the browser (which clears the box)', () => {
    expect(pressed(three, 'Escape')?.state).toEqual(closed(three));
    expect(pressed(closed(three), 'Escape')).toBeUndefined();
  });

  it('arrows do nothing without options, and other keys are never taken', () => {
    expect(pressed(EMPTY, 'ArrowDown')).toBeUndefined();
    expect(pressed(three, 'ArrowDown')?.state.active).toBe(0);
    expect(pressed(three, 'a')).toBeUndefined();
    expect(pressed(three, 'Tab')).toBeUndefined();
  });
});
