import { describe, expect, it } from 'vitest';
import { browserFamily } from '../../../src/common/browser-family';

/** Real user-agent strings as current browsers send them. */
const UA = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0',
  firefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:145.0) Gecko/20100101 Firefox/145.0',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 OPR/124.0.0.0',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  chromeIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/142.0 Mobile/15E148 Safari/604.1',
  ipadOld:
    'Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
  chromeAndroid: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36',
  samsung:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36',
  firefoxAndroid: 'Mozilla/5.0 (Android 15; Mobile; rv:145.0) Gecko/145.0 Firefox/145.0',
  edgeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36 EdgA/142.0.0.0',
  headless: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36',
};

describe('browserFamily', () => {
  it.each([
    ['chrome', UA.chrome, 'chrome'],
    ['edge (also says Chrome)', UA.edge, 'edge'],
    ['firefox', UA.firefox, 'firefox'],
    ['safari on a Mac', UA.safari, 'safari'],
    ['safari on iPhone', UA.iphone, 'safari-ios'],
    ['chrome on iPhone (Safari’s engine, iPhone steps)', UA.chromeIos, 'safari-ios'],
    ['an older iPad', UA.ipadOld, 'safari-ios'],
    ['chrome on Android', UA.chromeAndroid, 'chrome-android'],
    ['samsung internet (also says Chrome)', UA.samsung, 'samsung'],
    ['firefox on Android is not given desktop steps', UA.firefoxAndroid, undefined],
    ['edge on Android is not given desktop steps', UA.edgeAndroid, undefined],
    ['opera is not offered a tab', UA.opera, undefined],
    ['garbage', '🙂 <script>', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, userAgent, expected) => {
    expect(browserFamily({ userAgent })).toBe(expected);
  });

  it('counts an iPad that reports a Mac user agent as an iPad, by its touch screen', () => {
    expect(browserFamily({ userAgent: UA.safari, maxTouchPoints: 5 })).toBe('safari-ios');
    expect(browserFamily({ userAgent: UA.safari, maxTouchPoints: 0 })).toBe('safari');
  });

  it('treats headless Chromium as Chrome', () => {
    expect(browserFamily({ userAgent: UA.headless })).toBe('chrome');
  });
});
