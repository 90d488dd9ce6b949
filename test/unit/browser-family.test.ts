import { describe, expect, it } from 'vitest';
import { browserFamily } from '../../src/lib/browser-family';

const UA = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:145.0) Gecko/20100101 Firefox/145.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 OPR/124.0.0.0',
  chromeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0 Mobile/15E148 Safari/604.1',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
};

describe('browserFamily', () => {
  it.each([
    ['chrome', UA.chrome, 'chrome'],
    ['edge (also says Chrome)', UA.edge, 'edge'],
    ['firefox', UA.firefox, 'firefox'],
    ['safari', UA.safari, 'safari'],
    ['chrome on iOS', UA.chromeIos, 'chrome'],
    ['opera is not offered a tab', UA.opera, undefined],
    ['garbage', '🙂 <script>', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, ua, expected) => {
    expect(browserFamily(ua)).toBe(expected);
  });
  it('treats headless Chromium as Chrome', () => {
    expect(browserFamily(UA.headless)).toBe('chrome');
  });
});
