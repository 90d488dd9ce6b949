/** The browser a report made in the wizard names: the one /check/ saw on this device, while fresh. */
import { describe, expect, it } from 'vitest';
import { saveResults } from '../../../src/checks/saved';
import { wizardBrowser } from '../../../src/browser/wizard-report';
import type { CheckResult } from '../../../src/checks/types';
import type { BrowserWindow } from '../../../src/checks/browser-env';
import { blockedStorage, FakeStorage } from '../../helpers/fake-check-env';

const blocked = blockedStorage;

const HOUR = 3_600_000;
const now = Date.UTC(2026, 11, 1, 12, 0);

describe('the browser in a wizard report', () => {
  const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
  const browserResult: CheckResult = {
    id: 'browser',
    status: 'ok',
    summary: '',
    detail: '',
    causes: [],
    data: { browserName: 'Chrome', browserVersion: '156.0.0.0', osName: 'Linux' },
  };
  const parsed = async () => ({ name: 'Parsed', version: '1.0', osName: 'ParsedOS' });

  it('is the browser check /check/ saved on this device while fresh, without parsing anything', async () => {
    const s = new FakeStorage();
    saveResults(s, [browserResult], now, ua);
    let parses = 0;
    const browser = await wizardBrowser(
      { localStorage: s, navigator: { userAgent: ua } } as unknown as BrowserWindow,
      now + HOUR,
      async () => (parses++, parsed()),
    );
    expect(browser).toEqual({ name: 'Chrome', version: '156.0.0.0', os: 'Linux' });
    expect(parses).toBe(0);
  });

  it('is parsed from the user agent when nothing fresh is saved, or storage is blocked', async () => {
    const s = new FakeStorage();
    saveResults(s, [browserResult], now - 60 * 24 * HOUR, ua); // older than the browser check's reuse limit
    const win = { localStorage: s, navigator: { userAgent: ua } } as unknown as BrowserWindow;
    expect(await wizardBrowser(win, now, parsed)).toEqual({ name: 'Parsed', version: '1.0', os: 'ParsedOS' });
    const noStorage = {
      get localStorage(): Storage {
        return blocked();
      },
      navigator: { userAgent: ua },
    } as unknown as BrowserWindow;
    expect(await wizardBrowser(noStorage, now, parsed)).toEqual({ name: 'Parsed', version: '1.0', os: 'ParsedOS' });
  });

  it('is left out when the parser cannot load', async () => {
    const win = { localStorage: new FakeStorage(), navigator: { userAgent: ua } } as unknown as BrowserWindow;
    expect(await wizardBrowser(win, now, () => Promise.reject(new Error('offline')))).toBeUndefined();
  });
});
