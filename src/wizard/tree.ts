/**
 * The wizard's decision tree as data: every question with its answers, where each answer leads,
 * and how much it speaks for or against each outcome (what each answer tells us in words is in
 * ./reasons.ts). The machine (./machine.ts) is generated from this; the result is the outcome with
 * the most evidence from the answers and the live checks (./rank.ts), never a single answer.
 *
 * Questions first ask where the message appears and which message it is, then when it happens,
 * then one or two follow-ups that tell the remaining candidates apart (three when it happens
 * everywhere: the status page, then the account). "Not sure" gives no evidence and moves on to the
 * next telling question.
 *
 * Ids are in published URLs: renaming one breaks shared links, so prefer new ids over renamed ones.
 */
import type { CheckId } from '../config/checks';
import { site } from '../config/site';
import type { CheckStatus } from '../checks/types';
import type { OutcomeId, QuestionData, ResultData, Route, Weights } from './types';

const app = site.product.name;

/** Not a question: stop asking and rank the outcomes. */
export const RANK = 'rank';

export const INITIAL_STEP = 'where';
/** The question with the paste box: a recognised message answers it (content/messages.yaml `wizard`). */
export const MESSAGE_STEP = 'message';

/** After the message: the app and tools have their own follow-up; browsers ask when it happens. */
const byPlace = (browser: string): readonly Route[] => [
  { if: { where: ['app'] }, go: 'app-when' },
  { if: { where: ['tool'] }, go: 'tool-browser' },
  { go: browser },
];

const NOT_SURE = 'I’m not sure';

/** Nothing learned from "not sure": the result ranks what the other answers and the checks say. */
const notSure = (next: string | readonly Route[]) => ({ id: 'not-sure', label: NOT_SURE, next, weights: {} });

export const QUESTIONS = {
  where: {
    question: 'Where do you see it?',
    answers: [
      { id: 'computer', label: 'In a browser on a computer', next: 'message', weights: {} },
      { id: 'phone', label: 'In a browser on a phone or tablet', next: 'message', weights: { 'browser-extensions': -1 } },
      {
        id: 'app',
        label: `In the ${app} app (phone, tablet or computer)`,
        next: 'message',
        weights: {
          'chatgpt-apps': 3,
          'browser-extensions': -4,
          'private-browsing': -4,
          'cleared-cookies': -3,
          'app-bugs': -2,
          'third-party-tools': -4,
          'inactivity-timeout': -1,
        },
      },
      {
        id: 'tool',
        label: `In another app, extension or tool that uses my ${app} account`,
        next: 'message',
        weights: { 'third-party-tools': 3, 'chatgpt-apps': -4, 'private-browsing': -4, 'inactivity-timeout': -1 },
      },
    ],
  },
  message: {
    question: 'Which message do you see?',
    help: 'Pick the wording closest to what you see, or paste it below.',
    paste: true,
    answers: [
      { id: 'session-expired', label: '“Your session has expired”, or I’m asked to log in again', next: byPlace('when'), weights: {} },
      {
        id: 'token-expired',
        label: '“Your authentication token has expired” or “… has been invalidated”',
        next: byPlace('clock'),
        weights: { 'expired-token': 2, 'clock-skew': 1, 'multiple-sessions': 1, 'third-party-tools': 1 },
      },
      {
        id: 'security-check',
        label: '“Verify you are human”, “Just a moment…” or “Sorry, you have been blocked”',
        next: RANK,
        weights: { 'security-check': 6, 'clock-skew': 1, 'network-changes': 1, 'browser-extensions': 1 },
      },
      {
        id: 'unusual-activity',
        label: '“Unusual activity has been detected from your device”',
        next: RANK,
        weights: { 'unusual-activity': 6, 'network-changes': 1.5, 'multiple-sessions': 1 },
      },
      {
        id: 'not-session',
        label: 'An error, a usage limit, a missing chat, an expired file or code session, or an account message',
        next: 'other-message',
        weights: {},
      },
      notSure(byPlace('when')),
    ],
  },
  'other-message': {
    question: 'Which is closest to what you see?',
    help: 'These look like sign-in problems but are not; each has its own fix.',
    answers: [
      {
        id: 'error',
        label: '“Something went wrong”, “Network error” or “Error in body stream”',
        next: RANK,
        weights: { 'service-errors': 6 },
      },
      { id: 'limit', label: '“Too many requests in 1 hour” or another usage limit', next: RANK, weights: { 'rate-limits': 6 } },
      {
        id: 'conversation',
        label: '“Unable to load conversation” or “Conversation not found”',
        next: RANK,
        weights: { 'conversation-missing': 6 },
      },
      {
        id: 'file',
        label: '“It appears there was an error accessing the file”, or data analysis timed out',
        next: RANK,
        weights: { 'file-sessions': 6 },
      },
      {
        id: 'account',
        label: 'My account is deactivated, or “not available in your country”',
        next: RANK,
        weights: { 'account-access': 6 },
      },
      { id: 'none', label: 'None of these', next: byPlace('when'), weights: {} },
    ],
  },
  when: {
    question: 'When does it happen?',
    answers: [
      {
        id: 'away',
        label: 'When I come back to a tab I left open',
        next: 'away-what',
        weights: { 'inactivity-timeout': 2.5, 'network-changes': 1 },
      },
      {
        id: 'reopen',
        label: 'Every time I quit the browser and open it again',
        next: 'private-window',
        weights: {
          'private-browsing': 2,
          'cleared-cookies': 2.5,
          'browser-extensions': 1,
          'inactivity-timeout': -2,
          'server-maintenance': -2,
        },
      },
      {
        id: 'active',
        label: 'While I’m using it',
        next: 'this-browser',
        weights: {
          'server-maintenance': 1,
          'browser-extensions': 1,
          'app-bugs': 1,
          'expired-token': 1,
          'network-changes': 0.5,
          'inactivity-timeout': -3,
        },
      },
      {
        id: 'network',
        label: 'After I switch networks or turn a VPN on or off',
        next: RANK,
        weights: { 'network-changes': 4, 'unusual-activity': 1, 'security-check': 0.5 },
      },
      {
        id: 'other-device',
        label: 'After I sign in somewhere else or change my password',
        next: RANK,
        weights: { 'multiple-sessions': 4, 'unusual-activity': 1, 'expired-token': 1 },
      },
      {
        id: 'hours',
        label: 'After about the same number of hours, even while I work',
        next: 'work-account',
        weights: { 'login-time-limit': 2, 'expired-token': 1.5 },
      },
      {
        id: 'right-after',
        label: 'Right after I sign in, or it keeps asking me to sign in',
        next: 'clock',
        weights: {
          'clock-skew': 1.5,
          'cleared-cookies': 1.5,
          'expired-token': 1,
          'browser-extensions': 1,
          'security-check': 0.5,
          'inactivity-timeout': -3,
        },
      },
      { id: 'not-sure', label: 'It seems random, or I’m not sure', next: 'this-browser', weights: {} },
    ],
  },
  'away-what': {
    question: 'While you were away, did the device sleep or change network?',
    help: 'For example a closed laptop lid, or moving from wifi to mobile data.',
    answers: [
      { id: 'slept', label: 'Yes, it slept or changed network', next: RANK, weights: { 'network-changes': 2, 'inactivity-timeout': 0.5 } },
      {
        id: 'stayed',
        label: 'No, it stayed awake on one connection',
        next: RANK,
        weights: { 'inactivity-timeout': 2, 'network-changes': -2 },
      },
      notSure(RANK),
    ],
  },
  'private-window': {
    question: 'Are you using a private or incognito window?',
    help: 'Incognito, InPrivate or Private Browsing: these windows usually look dark and forget your sign-in when they close.',
    answers: [
      { id: 'yes', label: 'Yes, a private or incognito window', next: RANK, weights: { 'private-browsing': 5 } },
      { id: 'no', label: 'No, a normal window', next: 'clears-on-close', weights: { 'private-browsing': -5 } },
      notSure('clears-on-close'),
    ],
    detect: [
      {
        check: 'private-mode',
        statuses: ['problem', 'warning'],
        answer: 'yes',
        otherwise: 'no',
        text: 'this is likely a private or incognito window',
      },
      { check: 'private-mode', statuses: ['ok'], answer: 'no', otherwise: 'yes', text: 'this looks like a normal window' },
    ],
  },
  'clears-on-close': {
    question: 'Is your browser set to block cookies, or to delete them when it closes?',
    help: 'For example “Delete cookies when closed” or “Block all cookies”, a cleaner app such as CCleaner, or a work policy.',
    answers: [
      { id: 'yes', label: 'Yes, or a cleaner app deletes them', next: RANK, weights: { 'cleared-cookies': 4 } },
      { id: 'no', label: 'No', next: RANK, weights: { 'cleared-cookies': -2.5 } },
      notSure(RANK),
    ],
    detect: [
      { check: 'cookies', statuses: ['problem'], answer: 'yes', otherwise: 'no', text: 'this browser does not keep cookies' },
      {
        check: 'persistence',
        statuses: ['problem'],
        answer: 'yes',
        otherwise: 'no',
        text: 'this browser deleted this site’s data when it last closed',
      },
    ],
  },
  status: {
    question: 'Does the status page report a problem right now?',
    help: `Look at the entry for ${app} itself, not only the banner at the top. Incidents and maintenance are listed there.`,
    link: { label: `Open the ${app} status page`, to: 'statusPage' },
    answers: [
      { id: 'yes', label: 'Yes, an incident or maintenance is listed', next: RANK, weights: { 'server-maintenance': 6 } },
      {
        id: 'no',
        label: 'No, everything is working',
        next: 'account-change',
        weights: { 'server-maintenance': -3 },
      },
      { id: 'not-sure', label: 'I can’t tell', next: 'account-change', weights: {} },
    ],
    detect: [
      {
        check: 'service-status',
        statuses: ['problem', 'warning'],
        answer: 'yes',
        otherwise: 'no',
        text: `the status page reports an incident or maintenance that may affect ${app}`,
      },
      {
        check: 'service-status',
        statuses: ['ok'],
        answer: 'no',
        otherwise: 'yes',
        text: `the status page reports no problem with ${app} right now`,
      },
    ],
  },
  'this-browser': {
    question: 'Which of these is true?',
    help: 'Pick the first that fits. Blockers include ad blockers, privacy or antivirus add-ons and VPN extensions.',
    answers: [
      {
        id: 'everywhere',
        label: 'It happens in other browsers and on other devices too',
        next: 'status',
        weights: {
          'server-maintenance': 1.5,
          'expired-token': 2,
          'multiple-sessions': 1.5,
          'login-time-limit': 1,
          'unusual-activity': 1,
          'browser-extensions': -3,
          'app-bugs': -2,
          'cleared-cookies': -2,
          'private-browsing': -3,
        },
      },
      { id: 'private', label: 'It’s a private or incognito window', next: RANK, weights: { 'private-browsing': 4.5 } },
      {
        id: 'network',
        label: 'It’s on a VPN or Private Relay, or switches between wifi and mobile data',
        next: RANK,
        weights: { 'network-changes': 3.5, 'unusual-activity': 0.5 },
      },
      {
        id: 'blockers',
        label: 'It has a blocker or privacy extension, or blocks trackers itself',
        next: RANK,
        weights: { 'browser-extensions': 3.5 },
      },
      { id: 'old', label: 'It is out of date, or an update is waiting', next: RANK, weights: { 'app-bugs': 3.5 } },
      { id: 'cookies', label: 'It blocks or deletes cookies', next: RANK, weights: { 'cleared-cookies': 3.5 } },
      {
        id: 'only-here',
        label: 'None of these, but it only happens in this browser',
        next: RANK,
        weights: {
          'app-bugs': 2,
          'expired-token': 1.5,
          'browser-extensions': 1,
          'cleared-cookies': 0.5,
          'server-maintenance': -2,
          'multiple-sessions': -1.5,
          'unusual-activity': -1,
          'login-time-limit': -1,
        },
      },
      { id: 'none', label: 'None of these', next: RANK, weights: { 'browser-extensions': -2, 'app-bugs': -1, 'cleared-cookies': -1.5 } },
      notSure(RANK),
    ],
  },
  clock: {
    question: 'Are the date, time and time zone on this device right?',
    help: 'Compare with your phone or another clock. Setting them automatically is the safest choice.',
    answers: [
      { id: 'wrong', label: 'No, they’re off', next: RANK, weights: { 'clock-skew': 5 } },
      { id: 'right', label: 'Yes, they’re right', next: byPlaceRank('this-browser'), weights: { 'clock-skew': -4 } },
      notSure(byPlaceRank('this-browser')),
    ],
    detect: [
      {
        check: 'clock',
        statuses: ['problem'],
        answer: 'wrong',
        otherwise: 'right',
        text: 'your device clock is off compared with our server',
      },
      { check: 'clock', statuses: ['ok'], answer: 'right', otherwise: 'wrong', text: 'your device clock matches our server' },
    ],
  },
  'account-change': {
    question: 'Did any of these happen?',
    answers: [
      {
        id: 'password',
        label: 'I changed my password, or logged out of all devices',
        next: RANK,
        weights: { 'multiple-sessions': 3, 'expired-token': 1 },
      },
      {
        id: 'shared',
        label: 'Someone else uses my account, or it’s signed in on many devices',
        next: RANK,
        weights: { 'multiple-sessions': 3, 'unusual-activity': 1.5 },
      },
      { id: 'work', label: 'I sign in with a work or school account', next: RANK, weights: { 'login-time-limit': 3.5 } },
      {
        id: 'none',
        label: 'None of these',
        next: RANK,
        weights: { 'expired-token': 1.5, 'multiple-sessions': -1.5, 'login-time-limit': -2 },
      },
      notSure(RANK),
    ],
  },
  'work-account': {
    question: 'Do you sign in with a work or school account?',
    help: 'For example through your organisation’s own sign-in page (single sign-on).',
    answers: [
      { id: 'yes', label: 'Yes, a work or school account', next: RANK, weights: { 'login-time-limit': 4 } },
      { id: 'no', label: 'No, a personal account', next: RANK, weights: { 'login-time-limit': -3, 'expired-token': 1 } },
      notSure(RANK),
    ],
  },
  'app-when': {
    question: 'When does the app sign you out?',
    answers: [
      { id: 'reopen', label: 'After an update, or when I open the app again', next: RANK, weights: { 'chatgpt-apps': 2 } },
      {
        id: 'other-device',
        label: 'After I sign in somewhere else or change my password',
        next: RANK,
        weights: { 'multiple-sessions': 4, 'unusual-activity': 1 },
      },
      {
        id: 'network',
        label: 'After I switch networks or turn a VPN on or off',
        next: RANK,
        weights: { 'network-changes': 4, 'unusual-activity': 1 },
      },
      { id: 'not-sure', label: 'It seems random, or I’m not sure', next: 'status', weights: {} },
    ],
  },
  'tool-browser': {
    question: `Does ${app} itself still work in your browser?`,
    help: `Open ${new URL(site.product.appUrl).host} in a browser. If you are still signed in there, only the tool’s own sign-in ended.`,
    answers: [
      { id: 'works', label: 'Yes, only the tool signed me out', next: RANK, weights: { 'third-party-tools': 3 } },
      {
        id: 'broken',
        label: 'No, I’m signed out there too',
        next: 'status',
        weights: { 'third-party-tools': -2, 'expired-token': 1.5, 'multiple-sessions': 1.5 },
      },
      { id: 'not-tried', label: 'I haven’t tried', next: RANK, weights: {} },
    ],
  },
} as const satisfies Record<string, QuestionData>;

/** In the app or a tool the browser questions do not apply: rank instead. */
function byPlaceRank(browser: string): readonly Route[] {
  return [{ if: { where: ['app', 'tool'] }, go: RANK }, { go: browser }];
}

/** The outcome when no other has evidence enough (./rank.ts): reached by ranking, never by an answer's weight. */
export const FALLBACK = 'unclear' satisfies OutcomeId;

/** Every outcome and the page it points to, in tie-break order: when two are equally likely, the quicker, safer fix first. Their words are in ./outcomes.ts. */
export const RESULTS = {
  'inactivity-timeout': { cause: 'inactivity-timeout' },
  'network-changes': { cause: 'network-changes' },
  'private-browsing': { cause: 'private-browsing' },
  'cleared-cookies': { cause: 'cleared-cookies' },
  'server-maintenance': { cause: 'server-maintenance' },
  'clock-skew': { cause: 'clock-skew' },
  'browser-extensions': { cause: 'browser-extensions' },
  'expired-token': { cause: 'expired-token' },
  'multiple-sessions': { cause: 'multiple-sessions' },
  'login-time-limit': { cause: 'login-time-limit' },
  'app-bugs': { cause: 'app-bugs' },
  'security-check': { cause: 'security-check' },
  'unusual-activity': { cause: 'unusual-activity' },
  'third-party-tools': { cause: 'third-party-tools' },
  'chatgpt-apps': { cause: 'chatgpt-apps' },
  'service-errors': { cause: null, topic: 'service-errors' },
  'rate-limits': { cause: null, topic: 'rate-limits' },
  'file-sessions': { cause: null, topic: 'file-sessions' },
  'conversation-missing': { cause: null, topic: 'conversation-missing' },
  'account-access': { cause: null, topic: 'account-access' },
  unclear: { cause: null },
} as const satisfies Record<OutcomeId, ResultData>;

/**
 * What each live check's finding adds, by status. `scope: 'browser'` findings describe the browser
 * the wizard runs in, so they count only when the message appears in a browser (not in the app or
 * a tool). A finding the visitor explicitly calls wrong ("No, that's wrong") counts no more.
 */
export const FINDINGS: Readonly<Record<CheckId, { readonly scope: 'browser' | 'any' } & Partial<Record<CheckStatus, Weights>>>> = {
  'private-mode': {
    scope: 'browser',
    problem: { 'private-browsing': 4 },
    warning: { 'private-browsing': 2 },
    ok: { 'private-browsing': -3 },
  },
  cookies: { scope: 'browser', problem: { 'cleared-cookies': 4, 'security-check': 1 } },
  storage: { scope: 'browser', problem: { 'cleared-cookies': 2, 'private-browsing': 1 } },
  persistence: { scope: 'browser', problem: { 'cleared-cookies': 4 }, ok: { 'cleared-cookies': -2 } },
  blockers: { scope: 'browser', problem: { 'browser-extensions': 3 }, warning: { 'browser-extensions': 1.5 } },
  // An up-to-date browser does not rule out a bug in its new release, so `ok` adds nothing.
  browser: { scope: 'browser', problem: { 'app-bugs': 3 }, warning: { 'app-bugs': 1.5 } },
  clock: { scope: 'any', problem: { 'clock-skew': 5, 'security-check': 1 }, warning: { 'clock-skew': 1 }, ok: { 'clock-skew': -3 } },
  // Seen on /check/ (saved), not during the visitor's own trouble: a hint, not a confirmation.
  network: { scope: 'any', problem: { 'network-changes': 1 }, warning: { 'network-changes': 0.5 } },
  'service-status': {
    scope: 'any',
    problem: { 'server-maintenance': 5 },
    warning: { 'server-maintenance': 3 },
    ok: { 'server-maintenance': -2 },
  },
};

/** With no outcome above this score nothing points anywhere: the result is "unclear", with the likeliest listed. */
export const MIN_SCORE = 0.5;
/** A winner below this score is named, but the page says it is not certain. */
export const CONFIDENT = 2;
/** A runner-up this close to the winner makes the result "uncertain", and the page says so. */
export const CLOSE_RACE = 1;
/** At or below this score an outcome counts as ruled out: the result page does not offer it. */
export const RULED_OUT = -1.5;
/** The result page lists at most this many candidates, the winner included (plus any a finding called wrong spoke for). */
export const MAX_CANDIDATES = 3;
