/**
 * The diagnosis wizard: one XState machine, the single source of truth for the decision tree.
 *
 * Every question and every result is a top-level state whose `meta` holds its words (see
 * ./types.ts); a result's longer text is in ./outcomes.ts, so browsers load it only when needed. A question's transitions are generated from its answers, so the answer list and
 * the arrows can never disagree. The next state depends only on the current state and the chosen
 * answer, so each question can be a static page whose answers are plain links.
 *
 * Live check results (`CHECK.RESULT`) are kept in context; they change how a question is shown
 * ("We detected … — correct?"), never where an answer leads, so a shared link means the same path
 * in every browser.
 */
import { assign, setup } from 'xstate';
import { site } from '../config/site';
import type { QuestionMeta, ResultMeta, StepMeta, WizardContext, WizardEvent } from './types';

const app = site.product.name;

const wizard = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    meta: {} as StepMeta,
  },
  guards: {
    chose: ({ event }, params: { answer: string }) => event.type === 'ANSWER' && event.answer === params.answer,
  },
  actions: {
    record: assign({
      answers: ({ context }, params: { step: string; answer: string }) => [...context.answers, params],
    }),
    keepCheck: assign({
      checks: ({ context, event }) =>
        event.type === 'CHECK.RESULT' ? { ...context.checks, [event.result.id]: event.result } : context.checks,
    }),
    forget: assign({ answers: () => [] }),
  },
});

/** A question state: its meta, and one guarded `ANSWER` transition per answer. */
function ask(step: string, meta: Omit<QuestionMeta, 'kind'>) {
  return wizard.createStateConfig({
    meta: { kind: 'question', ...meta },
    on: {
      ANSWER: meta.answers.map((a) => ({
        target: a.next,
        guard: { type: 'chose' as const, params: { answer: a.id } },
        actions: { type: 'record' as const, params: { step, answer: a.id } },
      })),
    },
  });
}

/** A result state: an outcome with no way forward except Back or Restart. */
function outcome(meta: Omit<ResultMeta, 'kind'>) {
  return wizard.createStateConfig({ meta: { kind: 'result', ...meta }, tags: ['result'] });
}

export const INITIAL_STEP = 'message';

export const wizardMachine = wizard.createMachine({
  id: 'wizard',
  initial: INITIAL_STEP,
  context: { answers: [], checks: {} },
  on: {
    'CHECK.RESULT': { actions: 'keepCheck' },
    RESTART: { target: `.${INITIAL_STEP}`, actions: 'forget' },
  },
  states: {
    // ── Questions ──────────────────────────────────────────────────────────────────────────────
    message: ask('message', {
      question: 'Which message do you see?',
      help: 'Pick the wording closest to what the page says. This question is optional: skip it if you are not sure.',
      paste: true,
      answers: [
        {
          id: 'session-expired',
          label: '“Your session has expired” or “Session expired, please log in again”',
          next: 'when',
          says: 'The page says your session expired. That fits most causes, so when it happens tells them apart.',
        },
        {
          id: 'token-expired',
          label: '“Authentication token expired” or “Your authentication token has expired”',
          next: 'clock',
          says: 'The message names an expired sign-in token; a wrong device clock is the first thing to rule out.',
        },
        {
          id: 'load-failed',
          label: '“Unable to load conversation” or “Unable to load history”',
          next: 'status',
          says: 'Conversations fail to load as well, which often starts on the service’s side.',
        },
        {
          id: 'network-error',
          label: '“Network error”',
          next: 'vpn',
          says: 'The message mentions your network, which points to a changing or unsteady connection.',
        },
        { id: 'security-check', label: '“Verify you are human”, “You have been blocked” or error 1020', next: 'security-check', says: 'It is the site’s security check.' },
        { id: 'unusual-activity', label: '“Unusual activity has been detected”', next: 'unusual-activity', says: 'It is account protection.' },
        { id: 'tool-token', label: 'A tool or extension says my token expired', next: 'third-party-tools', says: 'A tool’s own sign-in ended.' },
        { id: 'app', label: `The ${app} app signed me out`, next: 'chatgpt-apps', says: `It happens in the ${app} app.` },
        { id: 'other', label: 'Something else, or I’m not sure', next: 'when', says: '' },
      ],
    }),
    when: ask('when', {
      question: 'When does the message appear?',
      help: 'Think of the last few times it happened and pick the moment that fits best.',
      answers: [
        { id: 'away', label: 'After I come back to a tab I left alone', next: 'idle-length', says: 'It appears when you come back to a tab you left alone.' },
        { id: 'typing', label: 'While I’m actively using it', next: 'status', says: 'It appears while you are actively using it, so being idle is not the reason.' },
        { id: 'reopen', label: 'Every time I reopen the browser', next: 'private-window', says: 'You are signed out each time the browser reopens, so your sign-in is not being kept.' },
        { id: 'network', label: 'After I switch networks or turn a VPN on or off', next: 'network-changes', says: 'It follows a change of network or VPN.' },
        { id: 'other-device', label: 'After I sign in on another device or browser', next: 'multiple-sessions', says: 'It follows a sign-in on another device or browser.' },
        { id: 'many-hours', label: 'After many hours signed in', next: 'hours-pattern', says: 'It comes after many hours signed in.' },
        { id: 'right-after', label: 'Right after I sign in', next: 'clock', says: 'It comes right after you sign in, so even a fresh sign-in is rejected.' },
      ],
    }),
    'idle-length': ask('idle-length', {
      question: 'How long was the tab left alone?',
      help: 'A rough guess is fine. Count the time the computer was asleep or its lid was closed.',
      answers: [
        { id: 'short', label: 'Less than half an hour', next: 'vpn', says: 'The break was short: a network change while the device slept is likelier than an idle timeout.' },
        { id: 'long', label: 'Half an hour or more', next: 'inactivity-timeout', says: 'The tab was left alone for half an hour or more, long enough for an idle timeout.' },
      ],
    }),
    'hours-pattern': ask('hours-pattern', {
      question: 'Does it happen after about the same number of hours each time?',
      help: 'For example always about 12 or 24 hours after you signed in, even when you were using it the whole time.',
      answers: [
        { id: 'same', label: 'Yes, after about the same time, even while I’m working', next: 'login-time-limit', says: 'It happens after about the same number of hours each time, even while you work.' },
        { id: 'after-idle', label: 'No, only after I’ve left it alone for a while', next: 'inactivity-timeout', says: 'It happens only after the tab has been left alone.' },
        { id: 'varies', label: 'No, it varies', next: 'status', says: 'The timing varies, so a fixed limit is unlikely.' },
      ],
    }),
    'private-window': ask('private-window', {
      question: 'Are you using a private or incognito window?',
      help: 'Private windows (Incognito in Chrome, InPrivate in Edge, Private Browsing in Firefox and Safari) forget your sign-in when they close. They usually look dark and say so at the top.',
      answers: [
        { id: 'yes', label: 'Yes, a private or incognito window', next: 'private-browsing', says: 'You use a private window, which forgets your sign-in when it closes.' },
        { id: 'no', label: 'No, a normal window', next: 'clears-on-close', says: 'You use a normal window.' },
        { id: 'unsure', label: 'I’m not sure', next: 'private-browsing', says: 'You are not sure the window is normal, and that is the quickest thing to check.' },
      ],
      detect: [
        { check: 'private-mode', statuses: ['problem', 'warning'], answer: 'yes', text: 'this is likely a private or incognito window' },
        { check: 'private-mode', statuses: ['ok'], answer: 'no', text: 'this looks like a normal window' },
      ],
    }),
    'clears-on-close': ask('clears-on-close', {
      question: 'Does your browser clear cookies or site data when it closes?',
      help: 'Look for settings such as “Delete cookies and site data when closed”, cleaner apps such as CCleaner, or a work or school policy.',
      answers: [
        { id: 'yes', label: 'Yes, or a cleaner app does', next: 'cleared-cookies', says: 'Your browser or a cleaner app deletes site data when it closes.' },
        { id: 'no', label: 'No', next: 'extensions', says: 'Your browser is not set to clear site data on close.' },
        { id: 'unsure', label: 'I’m not sure', next: 'cleared-cookies', says: 'Being signed out on every restart is the usual sign of site data being cleared, even when the setting is hard to find.' },
      ],
      detect: [
        { check: 'persistence', statuses: ['problem'], answer: 'yes', text: 'this browser deleted this site’s data when it last closed' },
        { check: 'cookies', statuses: ['problem'], answer: 'yes', text: 'this browser does not keep cookies' },
        { check: 'persistence', statuses: ['ok'], answer: 'no', text: 'this browser kept this site’s data after a restart' },
      ],
    }),
    status: ask('status', {
      question: 'Does the status page report a problem right now?',
      help: `Look at the entry for ${app} itself, not only the banner at the top. Incidents and maintenance are listed there.`,
      link: { label: `Open the ${app} status page`, to: 'statusPage' },
      answers: [
        { id: 'yes', label: 'Yes, an incident or maintenance is listed', next: 'server-maintenance', says: 'The status page reports an incident or maintenance.' },
        { id: 'no', label: 'No, everything is working', next: 'vpn', says: 'The status page reports no problem.' },
        { id: 'unsure', label: 'I can’t tell', next: 'vpn', says: '' },
      ],
      detect: [
        { check: 'service-status', statuses: ['problem', 'warning'], answer: 'yes', text: 'the status page reports an incident or maintenance right now' },
        { check: 'service-status', statuses: ['ok'], answer: 'no', text: 'the status page reports no problem right now' },
      ],
    }),
    vpn: ask('vpn', {
      question: 'Do you use a VPN, or move between networks while signed in?',
      help: 'For example a work VPN, a VPN built into the browser, iCloud Private Relay, or moving between home wifi, office wifi and mobile data. A laptop waking from sleep can change network too.',
      answers: [
        { id: 'yes', label: 'Yes', next: 'network-changes', says: 'Your connection changes while you are signed in: a VPN, or moving between networks.' },
        { id: 'no', label: 'No, I stay on one connection', next: 'devices', says: 'You stay on one connection.' },
      ],
      detect: [
        { check: 'network', statuses: ['problem', 'warning'], answer: 'yes', text: 'your connection dropped or changed while this page was open' },
      ],
    }),
    devices: ask('devices', {
      question: 'Is your account signed in on other devices or browsers, or shared with someone?',
      help: 'Count phones, tablets, work and home computers, and other browsers on this computer.',
      answers: [
        { id: 'yes', label: 'Yes', next: 'multiple-sessions', says: 'Your account is signed in in several places, or shared.' },
        { id: 'no', label: 'No, only here', next: 'elsewhere', says: 'Your account is signed in only here.' },
      ],
    }),
    elsewhere: ask('elsewhere', {
      question: 'Does it also happen in another browser or on another device?',
      help: 'If you can, sign in with another browser or on your phone and use it for a while. This tells a problem with this browser apart from one with your account or the service.',
      answers: [
        { id: 'only-here', label: 'No, only in this browser', next: 'extensions', says: 'It happens only in this browser, so something in this browser is the likely cause.' },
        { id: 'everywhere', label: 'Yes, everywhere I sign in', next: 'expired-token', says: 'It happens in every browser and device, so it follows your account, not one browser.' },
        { id: 'not-tried', label: 'I haven’t tried', next: 'extensions', says: '' },
      ],
    }),
    extensions: ask('extensions', {
      question: 'Do you use privacy, security or ad-blocking extensions?',
      help: 'For example ad or tracker blockers, cookie cleaners, antivirus add-ons or VPN extensions. Some browsers, such as Brave, block trackers on their own.',
      answers: [
        { id: 'yes', label: 'Yes', next: 'browser-extensions', says: 'You use privacy, security or ad-blocking extensions, which can drop what keeps you signed in.' },
        { id: 'no', label: 'No', next: 'browser-age', says: 'You use no blocking extensions.' },
      ],
      detect: [
        { check: 'blockers', statuses: ['problem', 'warning'], answer: 'yes', text: 'a content blocker seems to be active in this browser' },
      ],
    }),
    'browser-age': ask('browser-age', {
      question: 'Is your browser up to date?',
      help: 'Open your browser’s About page, for example in Chrome: ⋮ → Help → About Google Chrome. Most browsers look for updates there.',
      answers: [
        { id: 'old', label: 'No, or an update is waiting', next: 'app-bugs', says: 'Your browser is out of date, and old versions can break sign-in.' },
        { id: 'current', label: 'Yes, it’s up to date', next: 'unclear', says: 'Your browser is up to date.' },
        { id: 'unsure', label: 'I don’t know', next: 'app-bugs', says: 'You are not sure your browser is up to date, and updating is quick to rule out.' },
      ],
      detect: [
        { check: 'browser', statuses: ['problem', 'warning'], answer: 'old', text: 'this browser version is out of date' },
        { check: 'browser', statuses: ['ok'], answer: 'current', text: 'this browser version is recent' },
      ],
    }),
    clock: ask('clock', {
      question: 'Are the date, time and time zone on this device right?',
      help: 'Compare with your phone or another clock. A few minutes off, or the wrong time zone, can make a fresh sign-in look expired.',
      answers: [
        { id: 'wrong', label: 'No, they’re off', next: 'clock-skew', says: 'Your device clock is off, which makes valid sign-ins look expired.' },
        { id: 'right', label: 'Yes, they’re right', next: 'elsewhere', says: 'Your device clock is right.' },
        { id: 'unsure', label: 'I’m not sure', next: 'clock-skew', says: 'A wrong clock is the usual reason a fresh sign-in is rejected, and you are not sure yours is right.' },
      ],
      detect: [
        { check: 'clock', statuses: ['problem'], answer: 'wrong', text: 'your device clock is off compared with our server' },
        { check: 'clock', statuses: ['ok'], answer: 'right', text: 'your device clock matches our server' },
      ],
    }),

    // ── Results (ids are cause slugs, plus "unclear"); their words are in ./outcomes.ts ──────────
    'inactivity-timeout': outcome({ cause: 'inactivity-timeout', title: 'Idle too long' }),
    'cleared-cookies': outcome({ cause: 'cleared-cookies', title: 'Cookies cleared or blocked' }),
    'private-browsing': outcome({ cause: 'private-browsing', title: 'Private or incognito window' }),
    'browser-extensions': outcome({ cause: 'browser-extensions', title: 'Blocking extensions' }),
    'server-maintenance': outcome({ cause: 'server-maintenance', title: 'Outage or maintenance' }),
    'multiple-sessions': outcome({ cause: 'multiple-sessions', title: 'Several devices or browsers' }),
    'expired-token': outcome({ cause: 'expired-token', title: 'Expired sign-in token' }),
    'network-changes': outcome({ cause: 'network-changes', title: 'VPN or network change' }),
    'login-time-limit': outcome({ cause: 'login-time-limit', title: 'Login time limit' }),
    'clock-skew': outcome({ cause: 'clock-skew', title: 'Wrong device clock' }),
    'app-bugs': outcome({ cause: 'app-bugs', title: 'Bug or outdated browser' }),
    'security-check': outcome({ cause: 'security-check', title: 'Security check loop or block' }),
    'unusual-activity': outcome({ cause: 'unusual-activity', title: 'Unusual activity warning' }),
    'third-party-tools': outcome({ cause: 'third-party-tools', title: 'A tool’s own sign-in ended' }),
    'chatgpt-apps': outcome({ cause: 'chatgpt-apps', title: 'Signed out in the app' }),
    unclear: outcome({ cause: null, title: 'No single cause stands out' }),
  },
});

export type WizardMachine = typeof wizardMachine;
