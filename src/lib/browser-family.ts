import type { BrowserFamily } from '../config/browsers';

/**
 * Which of the article's browser tabs fits this user agent. Deliberately tiny (the article page
 * budget is 10 KB of JavaScript); the live `browser` check uses `bowser` for the full answer.
 * Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
 */
export function browserFamily(userAgent: string): BrowserFamily | undefined {
  if (/\bEdg(e|A|iOS)?\//.test(userAgent)) return 'edge';
  if (/\bOPR\/|\bOpera\b/.test(userAgent)) return undefined;
  if (/\b(Firefox|FxiOS)\//.test(userAgent)) return 'firefox';
  if (/\b(Chrome|HeadlessChrome|Chromium|CriOS)\//.test(userAgent)) return 'chrome';
  if (/\bSafari\//.test(userAgent) && /\bVersion\//.test(userAgent)) return 'safari';
  return undefined;
}
