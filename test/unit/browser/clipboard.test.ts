/** copyWithFeedback: copy at once, then say how it went on the button and to screen readers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyWithFeedback } from '../../../src/browser/clipboard';

/** A window with just what copying and announcing use: a clipboard (working or refusing) and a live region. */
function fakeWindow(clipboard: 'works' | 'refuses') {
  const written: string[] = [];
  const region = { id: 'live-announcer', textContent: '' };
  const doc = {
    getElementById: (id: string) => (id === region.id ? region : null),
    createElement: () => ({ value: '', style: {}, setAttribute() {}, select() {}, remove() {} }),
    body: { append() {} },
    execCommand: () => false, // the legacy path fails too
  };
  const win = {
    isSecureContext: true,
    document: doc,
    navigator: {
      clipboard: {
        writeText: (text: string) => {
          if (clipboard === 'refuses') return Promise.reject(new DOMException('denied', 'NotAllowedError'));
          written.push(text);
          return Promise.resolve();
        },
      },
    },
  };
  return { win: win as unknown as Window, written, region };
}

const button = () => ({ textContent: 'Copy report', dataset: {} as Record<string, string> }) as unknown as HTMLButtonElement;

describe('copyWithFeedback', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes to the clipboard before anything else can await, flashes "Copied", announces, then restores the label', async () => {
    const { win, written, region } = fakeWindow('works');
    const b = button();
    const done = copyWithFeedback(b, 'the text', { said: 'Report copied as text', saidFailed: 'no' }, win);
    expect(written).toEqual(['the text']); // synchronously, inside the click's task (Safari)
    expect(await done).toBe(true);
    expect(b.textContent).toBe('Copied');
    await vi.advanceTimersByTimeAsync(100);
    expect(region.textContent).toBe('Report copied as text');
    await vi.advanceTimersByTimeAsync(2000);
    expect(b.textContent).toBe('Copy report');
  });

  it('says it failed, in the caller’s words where given, and resolves false for a fallback', async () => {
    const { win, region } = fakeWindow('refuses');
    const b = button();
    const words = { copied: 'Link copied', failed: 'Copy it below', said: 'yes', saidFailed: 'Could not copy.' };
    expect(await copyWithFeedback(b, 'x', words, win)).toBe(false);
    expect(b.textContent).toBe('Copy it below');
    await vi.advanceTimersByTimeAsync(100);
    expect(region.textContent).toBe('Could not copy.');
    expect(await copyWithFeedback(button(), 'x', { said: 'yes', saidFailed: 'no' }, win)).toBe(false);
  });
});
