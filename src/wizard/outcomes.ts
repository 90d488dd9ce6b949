/**
 * The words of each wizard result (the machine names the results and their causes; this is what a
 * result page says). Kept apart from the machine so the browser loads it only when a visitor
 * reaches a result in place; result pages are built from it at build time.
 */
import { site } from '../config/site';
import type { OutcomeCopy } from './types';

const app = site.product.name;

export const OUTCOMES: Record<string, OutcomeCopy> = {
  'inactivity-timeout': {
    summary: `${app} ended a session that had been quiet for a while; sign in again, and reload the tab before you type after a break.`,
    because: 'The message comes after the tab was left alone. Apps end sessions that stay quiet too long, to protect your account.',
    fix: ['Copy any unsent text before you click anything.', 'Reload the page and sign in again.', 'After a long break, reload the tab before you start typing.'],
    next: ['login-time-limit', 'network-changes'],
  },
  'cleared-cookies': {
    summary: 'Your browser, a cleaner app or a policy deletes or blocks the cookies that keep you signed in; let the site keep its data.',
    because: 'Being signed out every time the browser restarts means the cookie that keeps you signed in does not survive. Settings, cleaner apps and policies that wipe or block site data do this.',
    fix: [`Let ${app} keep its cookies and site data in your browser’s settings.`, 'Turn off clearing on close, or add the site as an exception.', 'Sign in, quit the browser fully, reopen it and check you are still signed in.'],
    next: ['private-browsing', 'browser-extensions'],
  },
  'private-browsing': {
    summary: 'Private windows forget your sign-in when they close, so you are asked again each time; use a normal window to stay signed in.',
    because: 'A private or incognito window keeps nothing once it closes, so every new one starts signed out.',
    fix: ['Copy any unsent text.', 'Open a normal window: Ctrl+N, or Cmd+N on a Mac.', `Sign in to ${app} there and close the private window.`],
    next: ['cleared-cookies', 'browser-extensions'],
  },
  'browser-extensions': {
    summary: 'A privacy, security or ad-blocking extension drops the cookies or requests that keep you signed in; find it and allow the site.',
    because: 'Extensions that block trackers, clean cookies or reroute traffic can remove what keeps a session alive, and only in the browser that has them.',
    fix: ['Try a private window, where most extensions are off. If you stay signed in there, an extension is to blame.', 'Turn extensions off one at a time, starting with blockers and cookie cleaners.', `When you find it, turn it back on and allow ${app} in its settings.`],
    next: ['cleared-cookies', 'app-bugs'],
  },
  'server-maintenance': {
    summary: `${app} is having an outage or maintenance, which can end sessions for everyone; wait until the status page is clear, then sign in once.`,
    because: 'During an incident or maintenance, sessions can end for everyone at once. Nothing on your side needs fixing.',
    fix: ['Check the status page for an incident or maintenance.', 'Wait, then reload once and sign in.', 'Don’t clear all your cookies or reinstall your browser: it won’t help.'],
    next: ['app-bugs', 'expired-token'],
  },
  'multiple-sessions': {
    summary: 'The same account open on many devices or browsers, or shared, can end sessions; sign out the extras and keep one login each.',
    because: 'Sign-ins on other devices or browsers, or one account shared between people, can cancel each other’s sessions.',
    fix: ['Sign in again on the device you are using now.', 'Close tabs and sign out on devices you don’t use.', 'Not sure where you are signed in? Sign out of all devices in the security settings, then sign in only where you need to.'],
    next: ['network-changes', 'expired-token'],
  },
  'expired-token': {
    summary: 'The token that keeps you signed in ran out or was cancelled; sign in again, and clear this one site’s cookies if it keeps coming back.',
    because: 'When it happens in every browser, or the message names a token, the sign-in token itself was rejected: it ran out, or was cancelled, for example by a password change.',
    fix: ['Reload the page and sign in once.', `If it comes back quickly, clear cookies and site data for ${app} only, not your whole browser.`, 'If it still returns, check your device clock.'],
    next: ['clock-skew', 'login-time-limit'],
  },
  'network-changes': {
    summary: 'Turning a VPN on or off, moving between wifi and mobile data, or waking a laptop changes your address and can end a session.',
    because: 'A VPN connecting or dropping, or a move to another network, changes your address; a session that suddenly comes from somewhere else may be ended for safety.',
    fix: ['Wait until the connection has settled, then reload and sign in once.', 'Keep the VPN on or off for the whole session, with one fixed location.', 'After your laptop wakes, reload before you type.'],
    next: ['multiple-sessions', 'inactivity-timeout'],
  },
  'login-time-limit': {
    summary: 'Some logins end after a fixed number of hours, however active you are; sign back in quickly and plan long work around it.',
    because: 'Being signed out after about the same number of hours, even while you work, is the mark of a fixed limit on how long a login lasts.',
    fix: ['Copy any unsent text first.', 'Reload and sign in with the same method as before.', 'Before long work, sign in fresh so the limit doesn’t fall in the middle.'],
    next: ['inactivity-timeout', 'expired-token'],
  },
  'clock-skew': {
    summary: 'A device clock a few minutes off makes a valid sign-in look expired; turn on automatic date, time and time zone.',
    because: 'Sign-in tokens carry times. If your clock is off, a token issued a moment ago can look expired or not yet valid, so you are signed out at once.',
    fix: ['Run the live check to compare your clock with a server clock.', 'Turn on automatic date, time and time zone.', 'Reload and sign in again.'],
    next: ['expired-token', 'cleared-cookies'],
  },
  'app-bugs': {
    summary: 'A bug or an outdated browser can break sign-in; update the browser, hard-reload the page and report what still goes wrong.',
    because: 'When only this browser is affected and nothing blocks the site, an old browser version or a bug in a new release is the likely reason.',
    fix: ['Update your browser and restart it.', 'Hard-reload the page: Ctrl+Shift+R, or Cmd+Shift+R on a Mac.', 'Try another up-to-date browser; if it works there, report the problem.'],
    next: ['browser-extensions', 'server-maintenance'],
  },
  unclear: {
    summary: 'Your answers rule out the usual causes; run the live browser check, try the prevention checklist, or contact support with your answers.',
    because: 'None of your answers points clearly to one cause, so let the live check look at this browser, and send support what you found.',
    fix: ['Run the live browser check: it finds causes you cannot see.', 'Work through the prevention checklist.', 'If it keeps happening, contact support with the summary below.'],
    next: ['cleared-cookies', 'expired-token', 'network-changes'],
  },
};
