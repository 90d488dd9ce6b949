import type { BrowserFamily } from '../config/browsers';

/** What the page can read about the device: its user agent and how many touch points it has. */
export interface DeviceHints {
  readonly userAgent: string;
  /** `navigator.maxTouchPoints`: iPadOS reports a Mac user agent, but a Mac has no touch screen. */
  readonly maxTouchPoints?: number;
}

/**
 * Which platform's steps fit this device, or undefined when none does (every panel stays open).
 * Deliberately tiny (the article page budget is 10 KB of JavaScript); the live `browser` check
 * uses `bowser` for the full answer. Order matters: Samsung Internet and Edge also say "Chrome",
 * Chrome also says "Safari", and every browser on iPhone and iPad is Safari's engine underneath,
 * so an iPhone gets the iPhone steps, never the Mac ones.
 */
export function browserFamily({ userAgent: ua, maxTouchPoints = 0 }: DeviceHints): BrowserFamily | undefined {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(ua) || (/\bMacintosh\b/.test(ua) && maxTouchPoints > 1);
  if (ios) return 'safari-ios';
  if (/\bSamsungBrowser\//.test(ua)) return 'samsung';
  if (/\bAndroid\b/.test(ua)) {
    // Only Chrome has Android steps; Firefox or Edge on Android differ from their desktop menus.
    return /\b(Chrome|CriOS)\//.test(ua) && !/\b(EdgA|OPR|Firefox)\//.test(ua) ? 'chrome-android' : undefined;
  }
  if (/\bEdg(e)?\//.test(ua)) return 'edge';
  if (/\bOPR\/|\bOpera\b/.test(ua)) return undefined;
  if (/\bFirefox\//.test(ua)) return 'firefox';
  if (/\b(Chrome|HeadlessChrome|Chromium)\//.test(ua)) return 'chrome';
  if (/\bSafari\//.test(ua) && /\bVersion\//.test(ua)) return 'safari';
  return undefined;
}
