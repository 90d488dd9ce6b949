/**
 * The words of each wizard result (the machine names the results and their causes; this is what a
 * result page says). Kept apart from the machine so the browser loads it only when a visitor
 * reaches a result in place; result pages are built from it at build time. A cause's short name is
 * its article's `label` (./outcome-title.ts), so only the other outcomes have a `title` here.
 */
import { site } from '../config/site';
import type { OutcomesCopy } from './types';

const app = site.product.name;
const maker = site.product.maker;

export const OUTCOMES: OutcomesCopy = {
  'inactivity-timeout': {
    summary:
      'Web apps often end a session that has been quiet for a while; sign in again, and reload the tab before you type after a break.',
    because: `The message comes after the tab was left alone. Web apps commonly end quiet sessions to protect accounts; ${maker} does not publish how long ${app} waits.`,
    fix: [
      'Copy any unsent text before you click anything.',
      'Reload the page and sign in again.',
      'After a long break, reload the tab before you start typing.',
    ],
  },
  'cleared-cookies': {
    summary: 'Your browser, a cleaner app or a policy deletes or blocks the cookies that keep you signed in; let the site keep its data.',
    because:
      'Being signed out every time the browser restarts means the cookie that keeps you signed in does not survive. Settings, cleaner apps and policies that wipe or block site data do this.',
    fix: [
      `Let ${app} keep its cookies and site data in your browser’s settings.`,
      'Turn off clearing on close, or add the site as an exception.',
      'Sign in, quit the browser fully, reopen it and check you are still signed in.',
    ],
  },
  'private-browsing': {
    summary:
      'Private windows forget your sign-in when they close, so you are asked again each time; use a normal window to stay signed in.',
    because: 'A private or incognito window keeps nothing once it closes, so every new one starts signed out.',
    fix: [
      'Copy any unsent text.',
      'Open a normal window or tab: Ctrl+N (Cmd+N on a Mac), or switch off Private in your phone browser’s tabs view.',
      `Sign in to ${app} there and close the private window.`,
    ],
  },
  'browser-extensions': {
    summary:
      'A privacy, security or ad-blocking extension drops the cookies or requests that keep you signed in; find it and allow the site.',
    because:
      'Extensions that block trackers, clean cookies or reroute traffic can remove what keeps a session alive, and only in the browser that has them.',
    fix: [
      'Try a private window, where most extensions are off. If you stay signed in there, an extension is to blame.',
      'Turn extensions off one at a time, starting with blockers and cookie cleaners.',
      `When you find it, turn it back on and allow ${app} in its settings.`,
    ],
  },
  'server-maintenance': {
    summary: `${app} is having an outage or maintenance, which can end sessions for everyone; wait until the status page is clear, then sign in once.`,
    because: 'During an incident or maintenance, sessions can end for everyone at once. Nothing on your side needs fixing.',
    fix: [
      'Check the status page for an incident or maintenance.',
      'Wait, then reload once and sign in.',
      'Don’t clear all your cookies or reinstall your browser: it won’t help.',
    ],
  },
  'multiple-sessions': {
    summary:
      'Sessions end when someone logs out of all sessions or changes the password, and many logins at once can set off account protection.',
    because: `${app} lets anyone signed in to your account end its sessions, and ${maker} lists more simultaneous logins than usual as a reason for a suspicious activity alert.`,
    fix: [
      'Sign in again on the device you are using now.',
      'Open Settings → Security → Active sessions and log out of sessions you don’t recognise.',
      'If someone else knows your password, change it: all sessions are then logged out within 30 minutes.',
    ],
  },
  'expired-token': {
    summary:
      'The token that keeps you signed in ran out or was cancelled; sign in again, and clear this one site’s cookies if it keeps coming back.',
    because:
      'When it happens in every browser, or the message names a token, the sign-in itself is likely being turned down: it ran out, or was cancelled, for example by a password change.',
    fix: [
      'Reload the page and sign in once.',
      `If it comes back quickly, clear cookies and site data for ${app} only, not your whole browser.`,
      'If it still returns, check your device clock.',
    ],
  },
  'network-changes': {
    summary: 'Turning a VPN on or off, moving between wifi and mobile data, or waking a laptop changes your address and can end a session.',
    because: `A VPN connecting or dropping, or a move to another network, changes your address. Web apps may treat a session that suddenly comes from somewhere else with suspicion, and ${maker} names VPNs, proxies and Private Relay among things to turn off when sessions are flagged.`,
    fix: [
      'Wait until the connection has settled, then reload and sign in once.',
      'Keep the VPN on or off for the whole session, with one fixed location.',
      'After your laptop wakes, reload before you type.',
    ],
  },
  'login-time-limit': {
    summary:
      'A work or school sign-in can end after a time your organisation sets, however active you are; sign back in and plan long work around it.',
    because:
      'Being signed out after about the same time, even while you work, points to a limit on how long a login lasts, usually set by an organisation’s sign-in provider.',
    fix: [
      'Copy any unsent text first.',
      'Reload and sign in with the same method as before.',
      'Before long work, sign in fresh so the limit doesn’t fall in the middle.',
    ],
  },
  'clock-skew': {
    summary:
      'A device clock that is far off can make a valid sign-in look expired or a security check fail; turn on automatic date, time and time zone.',
    because:
      'Sign-ins and security checks carry times. If your clock is far off, a sign-in issued a moment ago can look expired or not yet valid.',
    fix: [
      'Run the live check to compare your clock with a server clock.',
      'Turn on automatic date, time and time zone.',
      'Reload and sign in again.',
    ],
  },
  'app-bugs': {
    summary: 'A bug or an outdated browser can break sign-in; update the browser, hard-reload the page and report what still goes wrong.',
    because:
      'When only this browser is affected and nothing blocks the site, an old browser version or a bug in a new release is the likely reason.',
    fix: [
      'Update your browser and restart it.',
      'Reload the page (on a computer, Ctrl+Shift+R or Cmd+Shift+R also skips cached files).',
      'Try another up-to-date browser; if it works there, report the problem.',
    ],
  },
  'security-check': {
    summary:
      'The security check in front of the site loops or blocks you; check your clock, allow cookies, pause a VPN and blockers, then reload once.',
    because:
      'The message comes from the bot check that runs before the site loads. It needs cookies and JavaScript, a correct clock, and a connection it trusts.',
    fix: [
      'Give the check a few seconds, then reload once.',
      'Make sure your device clock is set automatically and cookies are allowed for the site.',
      'Pause a VPN or blocking extension, reload, and if you are still blocked, note the Ray ID for support.',
    ],
  },
  'unusual-activity': {
    summary: `${maker}’s account protection reacted to new places, VPNs or many sessions; secure the account and settle on one device and network.`,
    because: `${maker} shows suspicious activity alerts for sign-ins from unexpected places or devices, sudden changes in use, and more simultaneous logins than usual.`,
    fix: [
      'Change your password and turn on multi-factor authentication.',
      'Log out of all sessions in Settings → Security → Active sessions, then sign in on one trusted device.',
      'Turn off VPNs, proxies, Private Relay and automation tools while you sort it out.',
    ],
  },
  'third-party-tools': {
    summary:
      'An extension, desktop program or terminal tool keeps its own sign-in; when it ends, update the tool and sign in again inside it.',
    because: `Tools that use your ${app} account keep their own copy of a sign-in. It ends on its own schedule, even while ${app} in your browser still works.`,
    fix: [
      `Open ${app} in your browser: if it works there, only the tool’s sign-in ended.`,
      'Update the tool.',
      'Sign out and back in with the tool’s own sign-in button or command.',
    ],
  },
  'chatgpt-apps': {
    summary: `The official ${app} app signed you out; update it, reopen it, and sign in with the same method as before.`,
    because: `Sessions in the ${app} apps end like any other: when you or someone else logs out of all sessions, after a password change, or when the app’s sign-in is rejected.`,
    fix: [
      'Copy any unsent text in the app first.',
      'Update the app, close it fully and open it again.',
      'Sign in with the same method as before (Apple, Google, Microsoft or email).',
    ],
  },
  'service-errors': {
    title: 'An error, not a sign-out',
    summary:
      'Errors like “Something went wrong” or “Network error” come from the service or your connection, not your sign-in; save your text and retry.',
    because:
      'These messages appear when a reply fails to load or the service is struggling. You are still signed in, so signing in again will not help.',
    fix: [
      'Copy any text you have not sent.',
      'Check the status page, then reload once.',
      'If it keeps happening on one network, try another connection.',
    ],
  },
  'rate-limits': {
    title: 'A usage limit, not a sign-out',
    summary: 'You reached a usage limit, not the end of your session; signing in again won’t reset it, waiting does.',
    because: 'Limit messages count what you send. They end when the limit resets, not when you sign in again.',
    fix: [
      'Copy any text you have not sent.',
      'Wait until the limit resets, or switch to another model if one is offered.',
      'Don’t sign out: it does not reset the limit.',
    ],
  },
  'file-sessions': {
    title: 'An expired file, not your sign-in',
    summary: 'A file or data analysis session expired; your chat and sign-in are fine, so upload the file again.',
    because: 'Files you upload and data analysis sessions end on their own. Only the file is gone.',
    fix: [
      'Upload the file again in the same chat.',
      'Ask again from the last message that used it.',
      'There is no need to sign out or in.',
    ],
  },
  'conversation-missing': {
    title: 'A chat that did not load',
    summary:
      'A chat that won’t load, or a history that looks empty, is rarely a sign-in problem: check the account, archived chats and the status page.',
    because: 'Conversations can fail to load during incidents, or sit in another account or in archived chats.',
    fix: [
      'Check you are signed in to the account you expect.',
      'Look in archived chats, and check the status page.',
      'Reload once; if a chat is still missing, contact support.',
    ],
  },
  'account-access': {
    title: 'An account or country block',
    summary:
      'A deactivated account, a country block or a payment problem is not a session problem; signing in again won’t help, support or billing can.',
    because: 'These messages are about the account itself or where you connect from, not the sign-in on this device.',
    fix: [
      'Read the email the service sent about your account, if any.',
      'Sign in with the same method you used when you signed up.',
      'Contact support through the help center.',
    ],
  },
  unclear: {
    title: 'No single cause stands out',
    summary: 'Your answers don’t point clearly to one cause; the likeliest are listed below, and the live browser check can tell more.',
    because:
      'No answer or live finding speaks clearly for one cause over the others. The live check looks at things you cannot see, such as cookies and your clock.',
    fix: [
      'Run the live browser check: it finds causes you cannot see.',
      'Work through the prevention checklist.',
      'If it keeps happening, contact support with the summary below.',
    ],
  },
};
