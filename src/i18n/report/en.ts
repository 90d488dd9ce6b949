/**
 * The words of a report in English: on /report/, in the report copied as text, and on /check/'s
 * copy. Only strings (each page writes its language's table into a JSON block, and the browser
 * fills the `{…}` places itself), so every word a report shows comes from here, never from the
 * link. Spanish and Japanese `satisfies` this type.
 */
import type { CheckStatus, UnknownReason } from '../../checks/types';
import { REPORT_ERRORS, type ReportError } from '../../report/format';
import { STATUS_WORDS } from '../../report/status-words';
import { REASON_WORDS } from '../../report/reason-words';

export interface ReportText {
  readonly status: Readonly<Record<CheckStatus, string>>;
  readonly reasons: Readonly<Record<UnknownReason, string>>;
  /** `{status}` `{reason}`: "Unknown (timed out)". */
  readonly statusWithReason: string;
  /** Between a check's name and its status: "Clock: Problem". */
  readonly nameSeparator: string;
  /** `{fact}`: the measured fact after a status, "Problem (device clock 15 min ahead…)". */
  readonly fact: string;
  readonly errors: Readonly<Record<ReportError, string>>;
  /** The "Copy report as text" button's feedback. */
  readonly copy: {
    readonly copied: string;
    readonly failed: string;
    /** On the button for a moment after a click. */
    readonly copiedShort: string;
    readonly failedShort: string;
  };
  /** `{date}` */
  readonly madeOn: string;
  /** `{local}`, `{version}` */
  readonly thatIs: string;
  /** `{browser}` */
  readonly browser: string;
  /** `{name}` `{version}` `{os}` */
  readonly browserLine: string;
  readonly checkResults: string;
  readonly noChecks: string;
  /** Before the cause links of a check. */
  readonly pointsTo: string;
  readonly wizardAnswers: string;
  /** Before the result's name. */
  readonly wizardResult: string;
  readonly unknownAnswerOne: string;
  /** `{n}` */
  readonly unknownAnswersMany: string;
  readonly unknownResult: string;
  /** `{check}`: the link to the check page. */
  readonly errorHelp: string;
  readonly checkPage: string;
  /** The clock's difference: `{amount}` is `{n} s`, `{n} min` or `{n} h`. */
  readonly skew: {
    readonly same: string;
    readonly ahead: string;
    readonly behind: string;
    readonly seconds: string;
    readonly minutes: string;
    readonly hours: string;
    /** `{skew}` */
    readonly deviceClock: string;
  };
  /** The report as text, for a ticket. */
  readonly text: {
    /** `{site}` */
    readonly title: string;
    /** `{date}` */
    readonly made: string;
    readonly checks: string;
    readonly wizardAnswers: string;
    /** `{result}` */
    readonly wizardResult: string;
    /** `{cause}` `{url}` */
    readonly pointsTo: string;
    /** `{link}` */
    readonly link: string;
  };
}

export const en = {
  status: STATUS_WORDS,
  reasons: REASON_WORDS,
  statusWithReason: '{status} ({reason})',
  nameSeparator: ': ',
  fact: ' ({fact})',
  errors: REPORT_ERRORS,
  copy: {
    copied: 'Report copied',
    failed: 'Could not copy. Select the report and copy it by hand.',
    copiedShort: 'Copied',
    failedShort: 'Copy failed',
  },
  madeOn: 'Made on {date}',
  thatIs: 'That is {local} in your time zone, by the clock of the device that made it. Report format version {version}.',
  browser: 'Browser: {browser}',
  browserLine: '{name} {version} on {os}',
  checkResults: 'Check results',
  noChecks: 'None ran in this browser.',
  pointsTo: 'Points to: ',
  wizardAnswers: 'Wizard answers',
  wizardResult: 'Wizard result: ',
  unknownAnswerOne: 'One answer to a question this site no longer asks (not shown)',
  unknownAnswersMany: '{n} answers to a question this site no longer asks (not shown)',
  unknownResult: 'a result this version of the site does not know',
  errorHelp: 'Reports are made on {check}: run the checks there and use “Share link” to make a new one.',
  checkPage: 'the check page',
  skew: {
    same: 'same time as the server',
    ahead: '{amount} ahead of the server',
    behind: '{amount} behind the server',
    seconds: '{n} s',
    minutes: '{n} min',
    hours: '{n} h',
    deviceClock: 'device clock {skew}',
  },
  text: {
    title: '{site}: diagnostic report',
    made: 'Made: {date}',
    checks: 'Checks:',
    wizardAnswers: 'Wizard answers:',
    wizardResult: 'Wizard result: {result}',
    pointsTo: '  Points to: {cause}, {url}',
    link: 'Report link: {link}',
  },
} satisfies ReportText;

/** The report page's own words, written into the page at build time (never in its script). */
export interface ReportPageText {
  readonly title: string;
  readonly description: string;
  readonly breadcrumb: string;
  /** `{check}`: the link to the check page. */
  readonly lede: string;
  readonly liveCheck: string;
  readonly jsOff: string;
  readonly runChecks: string;
  readonly copy: string;
}

export const enPage = {
  title: 'Diagnostic report',
  description: 'A shared diagnostic report, decoded in your browser.',
  breadcrumb: 'Report',
  lede: 'What someone’s browser found with {check}, shown read-only. The report lives in the link itself and is read here, in your browser: it never reaches our server, and nothing in it is run.',
  liveCheck: 'the live check',
  jsOff:
    'Reading a report needs JavaScript, which is off in this browser. Turn it on to see this report, or ask for the report as text (the “Copy report” button on the check page).',
  runChecks: 'Run the checks in your own browser',
  copy: 'Copy report as text',
} satisfies ReportPageText;
