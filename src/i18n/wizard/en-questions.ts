/**
 * The wizard's questions, help lines, answers and live-check confirmations in English: the source
 * the other languages' tables translate (./es.ts, ./ja.ts), typed against the tree's ids
 * (src/wizard/tree.ts), so a question or answer added there and missing here fails `astro check`.
 * The build merges them into the tree (Node and the static pages); the browser gets them from
 * the page's JSON block like any other language, so the wizard's code does not carry them.
 */
import { site } from '../../config/site';
import type { QuestionsWords } from './en';

const app = site.product.name;
const host = new URL(site.product.appUrl).host;
const NOT_SURE = 'I’m not sure';

export const EN_QUESTIONS = {
  where: {
    question: 'Where do you see it?',
    answers: {
      computer: 'In a browser on a computer',
      phone: 'In a browser on a phone or tablet',
      app: `In the ${app} app (phone, tablet or computer)`,
      tool: `In another app, extension or tool that uses my ${app} account`,
    },
  },
  message: {
    question: 'Which message do you see?',
    help: 'Pick the wording closest to what you see, or paste it below.',
    answers: {
      'session-expired': '“Your session has expired”, or I’m asked to log in again',
      'token-expired': '“Your authentication token has expired” or “… has been invalidated”',
      'security-check': '“Verify you are human”, “Just a moment…” or “Sorry, you have been blocked”',
      'unusual-activity': '“Unusual activity has been detected from your device”',
      'not-session': 'An error, a usage limit, a missing chat, an expired file or code session, or an account message',
      'not-sure': NOT_SURE,
    },
  },
  'other-message': {
    question: 'Which is closest to what you see?',
    help: 'These look like sign-in problems but are not; each has its own fix.',
    answers: {
      error: '“Something went wrong”, “Network error” or “Error in body stream”',
      limit: '“Too many requests in 1 hour” or another usage limit',
      conversation: '“Unable to load conversation” or “Conversation not found”',
      file: '“It appears there was an error accessing the file”, or data analysis timed out',
      account: 'My account is deactivated, or “not available in your country”',
      none: 'None of these',
    },
  },
  when: {
    question: 'When does it happen?',
    answers: {
      away: 'When I come back to a tab I left open',
      reopen: 'Every time I quit the browser and open it again',
      active: 'While I’m using it',
      network: 'After I switch networks or turn a VPN on or off',
      'other-device': 'After I sign in somewhere else or change my password',
      hours: 'After about the same number of hours, even while I work',
      'right-after': 'Right after I sign in, or it keeps asking me to sign in',
      'not-sure': 'It seems random, or I’m not sure',
    },
  },
  'away-what': {
    question: 'While you were away, did the device sleep or change network?',
    help: 'For example a closed laptop lid, or moving from wifi to mobile data.',
    answers: {
      slept: 'Yes, it slept or changed network',
      stayed: 'No, it stayed awake on one connection',
      'not-sure': NOT_SURE,
    },
  },
  'private-window': {
    question: 'Are you using a private or incognito window?',
    help: 'Incognito, InPrivate or Private Browsing: these windows usually look dark and forget your sign-in when they close.',
    answers: {
      yes: 'Yes, a private or incognito window',
      no: 'No, a normal window',
      'not-sure': NOT_SURE,
    },
    detect: {
      'private-mode=yes': 'this is likely a private or incognito window',
      'private-mode=no': 'this looks like a normal window',
    },
  },
  'clears-on-close': {
    question: 'Is your browser set to block cookies, or to delete them when it closes?',
    help: 'For example “Delete cookies when closed” or “Block all cookies”, a cleaner app such as CCleaner, or a work policy.',
    answers: {
      yes: 'Yes, or a cleaner app deletes them',
      no: 'No',
      'not-sure': NOT_SURE,
    },
    detect: {
      'cookies=yes': 'this browser does not keep cookies',
      'persistence=yes': 'this browser deleted this site’s data when it last closed',
    },
  },
  status: {
    question: 'Does the status page report a problem right now?',
    help: `Look at the entry for ${app} itself, not only the banner at the top. Incidents and maintenance are listed there.`,
    link: `Open the ${app} status page`,
    answers: {
      yes: 'Yes, an incident or maintenance is listed',
      no: 'No, everything is working',
      'not-sure': 'I can’t tell',
    },
    detect: {
      'service-status=yes': `the status page reports an incident or maintenance that may affect ${app}`,
      'service-status=no': `the status page reports no problem with ${app} right now`,
    },
  },
  'this-browser': {
    question: 'Which of these is true?',
    help: 'Pick the first that fits. Blockers include ad blockers, privacy or antivirus add-ons and VPN extensions.',
    answers: {
      everywhere: 'It happens in other browsers and on other devices too',
      private: 'It’s a private or incognito window',
      network: 'It’s on a VPN or Private Relay, or switches between wifi and mobile data',
      blockers: 'It has a blocker or privacy extension, or blocks trackers itself',
      old: 'It is out of date, or an update is waiting',
      cookies: 'It blocks or deletes cookies',
      'only-here': 'None of these, but it only happens in this browser',
      none: 'None of these',
      'not-sure': NOT_SURE,
    },
  },
  clock: {
    question: 'Are the date, time and time zone on this device right?',
    help: 'Compare with your phone or another clock. Setting them automatically is the safest choice.',
    answers: {
      wrong: 'No, they’re off',
      right: 'Yes, they’re right',
      'not-sure': NOT_SURE,
    },
    detect: {
      'clock=wrong': 'your device clock is off compared with our server',
      'clock=right': 'your device clock matches our server',
    },
  },
  'account-change': {
    question: 'Did any of these happen?',
    answers: {
      password: 'I changed my password, or logged out of all devices',
      shared: 'Someone else uses my account, or it’s signed in on many devices',
      work: 'I sign in with a work or school account',
      none: 'None of these',
      'not-sure': NOT_SURE,
    },
  },
  'work-account': {
    question: 'Do you sign in with a work or school account?',
    help: 'For example through your organisation’s own sign-in page (single sign-on).',
    answers: {
      yes: 'Yes, a work or school account',
      no: 'No, a personal account',
      'not-sure': NOT_SURE,
    },
  },
  'app-when': {
    question: 'When does the app sign you out?',
    answers: {
      reopen: 'After an update, or when I open the app again',
      'other-device': 'After I sign in somewhere else or change my password',
      network: 'After I switch networks or turn a VPN on or off',
      'not-sure': 'It seems random, or I’m not sure',
    },
  },
  'tool-browser': {
    question: `Does ${app} itself still work in your browser?`,
    help: `Open ${host} in a browser. If you are still signed in there, only the tool’s own sign-in ended.`,
    answers: {
      works: 'Yes, only the tool signed me out',
      broken: 'No, I’m signed out there too',
      'not-tried': 'I haven’t tried',
    },
  },
} satisfies QuestionsWords;
