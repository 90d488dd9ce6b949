/**
 * The words of the runner and of the checks the wizard runs too (private-mode, clock,
 * service-status), in English: the source. Its shape is `LiveWords`; every other language's
 * `<locale>-live.ts` `satisfies` it, so a missing sentence fails `astro check`. Plain strings with
 * `{slot}`s (filled by `fill`, src/checks/util.ts), so the build can write a page's language into
 * the page as JSON (`<ChecksConfig>`): the wizard and /check/ load no words as JavaScript.
 * Durations and dates arrive in a slot already in words (src/common/time-words.ts).
 */
import { enRunner } from './en-runner';

export const enLive = {
  runner: enRunner,
  privateMode: {
    unknownSummary: 'Could not tell whether this is a private window.',
    unknownDetail:
      'This browser is not one the detector knows. If you opened this page from a private or incognito window, everything you sign into there is forgotten when the window closes.',
    /** `{name}`: the detector's name for the browser; fills `{browser}` below, or nothing when unnamed. */
    browserNote: ' ({name})',
    privateSummary: 'This is likely a private or incognito window.',
    privateDetail:
      'Private windows{browser} keep cookies and site data only until the last private window closes, so you are signed out every time. This is a heuristic, not a certainty: if you are sure this is a normal window, ignore it.',
    okSummary: 'This is probably not a private window.',
    okDetail:
      'The signs of a private window were not found{browser}. This is a heuristic: if you did open a private or incognito window, you are still signed out when it closes.',
  },
  clock: {
    unknownSummary: 'Could not read the server’s clock.',
    unknownDetail: 'No usable time came back. Compare your clock with another device by hand.',
    okSummary: 'Your device clock agrees with the server’s.',
    aheadSummary: 'Your device clock is about {duration} ahead of the server’s.',
    behindSummary: 'Your device clock is about {duration} behind the server’s.',
    problemDetail:
      'Enough to break signing in: sign-in pages and security checks that read your clock can take a fresh sign-in for expired. Turn on automatic date and time, then check again.',
    warningDetail:
      'A little off: unlikely to sign you out by itself, but one-time codes and some security checks may fail. Turn on automatic date and time.',
    okDetail: 'It is about {duration} off: normal drift, too small to affect signing in.',
  },
  status: {
    statusLink: '{product} status page',
    unknownSummary: 'Could not read {product}’s status right now.',
    /** `{why}`: one of the reasons below. */
    unknownDetail: 'We asked {host}, but {why}. Open the status page to see whether there is an incident.',
    offline: 'this device is offline',
    blocked:
      'the browser could not read its answer (a blocker or network filter stopped it, or the service does not let other sites read it)',
    httpError: 'it answered with an error (HTTP {status})',
    emptyOrHuge: 'its answer was empty or far too large',
    notJson: 'its answer is not valid JSON',
    timeout: 'it did not answer within {seconds} seconds',
    /** `{what}`: the reader's technical note on the shape, or `unexpectedFormat`. */
    unreadable: 'its answer is not a status feed we can read ({what})',
    unexpectedFormat: 'unexpected format',
    /** Added to a result reused from a few minutes ago; `{ago}` is a duration or `lessThanMinute`. */
    checkedAgo: ' (Checked {ago} ago.)',
    lessThanMinute: 'less than a minute',
    /** Incident names: each quoted, joined, and how many more there are. */
    quoted: '“{name}”',
    nameJoin: ', ',
    andMore: ' and {count} more',
    degradedSummary: '{product} reports degraded performance right now.',
    degradedMeaning: 'Slow or failing requests can sign people out. If yours started at the same time, this is the likely cause.',
    maintenanceSummary: '{product} is under maintenance right now.',
    outageSummary: '{product} has an outage right now.',
    partialOutageSummary: '{product} has a partial outage right now.',
    downMeaning:
      'When a service is down, web apps commonly lose sessions, and nothing in your browser fixes that. Wait until it is resolved, then sign in again.',
    /** `{what}` below: an open incident, or components in trouble. */
    anIncident: 'an incident',
    aProblem: 'a problem',
    cannotTellSummary: '{maker} reports {what}, but not which services it affects.',
    cannotTellMeaning:
      'Open the status page: if {product} is named there and your problem started at the same time, this is the likely cause.',
    elsewhereSummary: '{maker} reports {what} with other services; {product} is not listed.',
    clearSummary: '{product} reports no incident or maintenance right now.',
    okMeaning: 'A problem on their side is unlikely to be what signed you out.',
    okMeaningElsewhere: 'None of it names {product}, so a problem on their side is unlikely to be what signed you out.',
    lists: 'The status page lists {names}. ',
    /** `{starts}`: `startsIn`, or nothing when the feed gives no time. */
    planned: ' Planned maintenance: {names}{starts}.',
    startsIn: ', starting in about {duration}',
  },
};

export type LiveWords = typeof enLive;
