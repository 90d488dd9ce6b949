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
import type { CheckStatus } from '../checks/types';
import type { OutcomeId, QuestionData, QuestionShape, ResultData, Route, Weights } from './types';
import { EN_QUESTIONS } from '../i18n/wizard/en-questions';
import type { QuestionsWords } from '../i18n/wizard/en';

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

/** Nothing learned from "not sure": the result ranks what the other answers and the checks say. */
const notSure = (next: string | readonly Route[]) => ({ id: 'not-sure', next, weights: {} });

const SHAPE = {
  where: {
    answers: [
      { id: 'computer', next: 'message', weights: {} },
      { id: 'phone', next: 'message', weights: { 'browser-extensions': -1 } },
      {
        id: 'app',
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
        next: 'message',
        weights: { 'third-party-tools': 3, 'chatgpt-apps': -4, 'private-browsing': -4, 'inactivity-timeout': -1 },
      },
    ],
  },
  message: {
    paste: true,
    answers: [
      { id: 'session-expired', next: byPlace('when'), weights: {} },
      {
        id: 'token-expired',
        next: byPlace('clock'),
        weights: { 'expired-token': 2, 'clock-skew': 1, 'multiple-sessions': 1, 'third-party-tools': 1 },
      },
      {
        id: 'security-check',
        next: RANK,
        weights: { 'security-check': 6, 'clock-skew': 1, 'network-changes': 1, 'browser-extensions': 1 },
      },
      {
        id: 'unusual-activity',
        next: RANK,
        weights: { 'unusual-activity': 6, 'network-changes': 1.5, 'multiple-sessions': 1 },
      },
      {
        id: 'not-session',
        next: 'other-message',
        weights: {},
      },
      notSure(byPlace('when')),
    ],
  },
  'other-message': {
    answers: [
      {
        id: 'error',
        next: RANK,
        weights: { 'service-errors': 6 },
      },
      { id: 'limit', next: RANK, weights: { 'rate-limits': 6 } },
      {
        id: 'conversation',
        next: RANK,
        weights: { 'conversation-missing': 6 },
      },
      {
        id: 'file',
        next: RANK,
        weights: { 'file-sessions': 6 },
      },
      {
        id: 'account',
        next: RANK,
        weights: { 'account-access': 6 },
      },
      { id: 'none', next: byPlace('when'), weights: {} },
    ],
  },
  when: {
    answers: [
      {
        id: 'away',
        next: 'away-what',
        weights: { 'inactivity-timeout': 2.5, 'network-changes': 1 },
      },
      {
        id: 'reopen',
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
        next: RANK,
        weights: { 'network-changes': 4, 'unusual-activity': 1, 'security-check': 0.5 },
      },
      {
        id: 'other-device',
        next: RANK,
        weights: { 'multiple-sessions': 4, 'unusual-activity': 1, 'expired-token': 1 },
      },
      {
        id: 'hours',
        next: 'work-account',
        weights: { 'login-time-limit': 2, 'expired-token': 1.5 },
      },
      {
        id: 'right-after',
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
      { id: 'not-sure', next: 'this-browser', weights: {} },
    ],
  },
  'away-what': {
    answers: [
      { id: 'slept', next: RANK, weights: { 'network-changes': 2, 'inactivity-timeout': 0.5 } },
      {
        id: 'stayed',
        next: RANK,
        weights: { 'inactivity-timeout': 2, 'network-changes': -2 },
      },
      notSure(RANK),
    ],
  },
  'private-window': {
    answers: [
      { id: 'yes', next: RANK, weights: { 'private-browsing': 5 } },
      { id: 'no', next: 'clears-on-close', weights: { 'private-browsing': -5 } },
      notSure('clears-on-close'),
    ],
    detect: [
      {
        check: 'private-mode',
        statuses: ['problem', 'warning'],
        answer: 'yes',
        otherwise: 'no',
      },
      { check: 'private-mode', statuses: ['ok'], answer: 'no', otherwise: 'yes' },
    ],
  },
  'clears-on-close': {
    answers: [
      { id: 'yes', next: RANK, weights: { 'cleared-cookies': 4 } },
      { id: 'no', next: RANK, weights: { 'cleared-cookies': -2.5 } },
      notSure(RANK),
    ],
    detect: [
      { check: 'cookies', statuses: ['problem'], answer: 'yes', otherwise: 'no' },
      {
        check: 'persistence',
        statuses: ['problem'],
        answer: 'yes',
        otherwise: 'no',
      },
    ],
  },
  status: {
    link: { to: 'statusPage' },
    answers: [
      { id: 'yes', next: RANK, weights: { 'server-maintenance': 6 } },
      {
        id: 'no',
        next: 'account-change',
        weights: { 'server-maintenance': -3 },
      },
      { id: 'not-sure', next: 'account-change', weights: {} },
    ],
    detect: [
      {
        check: 'service-status',
        statuses: ['problem', 'warning'],
        answer: 'yes',
        otherwise: 'no',
      },
      {
        check: 'service-status',
        statuses: ['ok'],
        answer: 'no',
        otherwise: 'yes',
      },
    ],
  },
  'this-browser': {
    answers: [
      {
        id: 'everywhere',
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
      { id: 'private', next: RANK, weights: { 'private-browsing': 4.5 } },
      {
        id: 'network',
        next: RANK,
        weights: { 'network-changes': 3.5, 'unusual-activity': 0.5 },
      },
      {
        id: 'blockers',
        next: RANK,
        weights: { 'browser-extensions': 3.5 },
      },
      { id: 'old', next: RANK, weights: { 'app-bugs': 3.5 } },
      { id: 'cookies', next: RANK, weights: { 'cleared-cookies': 3.5 } },
      {
        id: 'only-here',
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
      { id: 'none', next: RANK, weights: { 'browser-extensions': -2, 'app-bugs': -1, 'cleared-cookies': -1.5 } },
      notSure(RANK),
    ],
  },
  clock: {
    answers: [
      { id: 'wrong', next: RANK, weights: { 'clock-skew': 5 } },
      { id: 'right', next: byPlaceRank('this-browser'), weights: { 'clock-skew': -4 } },
      notSure(byPlaceRank('this-browser')),
    ],
    detect: [
      {
        check: 'clock',
        statuses: ['problem'],
        answer: 'wrong',
        otherwise: 'right',
      },
      { check: 'clock', statuses: ['ok'], answer: 'right', otherwise: 'wrong' },
    ],
  },
  'account-change': {
    answers: [
      {
        id: 'password',
        next: RANK,
        weights: { 'multiple-sessions': 3, 'expired-token': 1 },
      },
      {
        id: 'shared',
        next: RANK,
        weights: { 'multiple-sessions': 3, 'unusual-activity': 1.5 },
      },
      { id: 'work', next: RANK, weights: { 'login-time-limit': 3.5 } },
      {
        id: 'none',
        next: RANK,
        weights: { 'expired-token': 1.5, 'multiple-sessions': -1.5, 'login-time-limit': -2 },
      },
      notSure(RANK),
    ],
  },
  'work-account': {
    answers: [
      { id: 'yes', next: RANK, weights: { 'login-time-limit': 4 } },
      { id: 'no', next: RANK, weights: { 'login-time-limit': -3, 'expired-token': 1 } },
      notSure(RANK),
    ],
  },
  'app-when': {
    answers: [
      { id: 'reopen', next: RANK, weights: { 'chatgpt-apps': 2 } },
      {
        id: 'other-device',
        next: RANK,
        weights: { 'multiple-sessions': 4, 'unusual-activity': 1 },
      },
      {
        id: 'network',
        next: RANK,
        weights: { 'network-changes': 4, 'unusual-activity': 1 },
      },
      { id: 'not-sure', next: 'status', weights: {} },
    ],
  },
  'tool-browser': {
    answers: [
      { id: 'works', next: RANK, weights: { 'third-party-tools': 3 } },
      {
        id: 'broken',
        next: 'status',
        weights: { 'third-party-tools': -2, 'expired-token': 1.5, 'multiple-sessions': 1.5 },
      },
      { id: 'not-tried', next: RANK, weights: {} },
    ],
  },
} as const satisfies Record<string, QuestionShape>;

/** The tree's questions and answers by id, without words: what the types of every language's words are made from. */
export type TreeShape = typeof SHAPE;

/** The shape with one language's words: the question, help line, status link label, answer labels and confirmations. */
function withWords(words: QuestionsWords): Record<string, QuestionData> {
  return Object.fromEntries(
    Object.entries(SHAPE as Record<string, QuestionShape>).map(([id, q]) => {
      const w = (
        words as Readonly<
          Record<
            string,
            { question: string; help?: string; link?: string; answers: Record<string, string>; detect?: Record<string, string> }
          >
        >
      )[id]!;
      const { link, detect, ...rest } = q;
      const data: QuestionData = {
        ...rest,
        question: w.question,
        ...(w.help ? { help: w.help } : {}),
        ...(link ? { link: { ...link, label: w.link ?? '' } } : {}),
        answers: q.answers.map((a) => ({ ...a, label: w.answers[a.id] ?? '' })),
        ...(detect ? { detect: detect.map((r) => ({ ...r, text: w.detect?.[`${r.check}=${r.answer}`] ?? '' })) } : {}),
      };
      return [id, data];
    }),
  );
}

/**
 * The questions with their English words (src/i18n/wizard/en-questions.ts) at build time and in
 * Node. The browser's copy has no words (`import.meta.env.SSR` is false there, so the words are
 * left out of its code): every wizard page hands the browser its words in a JSON block, English too.
 */
export const QUESTIONS = (import.meta.env.SSR ? withWords(EN_QUESTIONS) : SHAPE) as {
  readonly [Q in keyof TreeShape]: TreeShape[Q] & QuestionData;
};

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
