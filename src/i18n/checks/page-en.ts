/**
 * The words of /check/ itself, in English: the source. Its shape is `CheckPageWords`; es/ja
 * `satisfies` it. `build` is used by the page's markup; `browser` is what the page's script says
 * (progress, the verdict line, buttons' feedback), written into the page as JSON for its language
 * (src/browser/check-page-words.ts reads it). `{slot}`s are filled by `<Sentence>` (markup) or
 * `fill` (script).
 */
import { pageBrowserEn } from './page-browser-en';

export const pageEn = {
  build: {
    title: 'Check my browser',
    description: 'Live checks that run in your own browser and find what signs you out of {product}.',
    lede: '{count} quick checks look, in your own browser, for what signs you out of {product}. Results stay on your device.',
    /** `{check}`: a link to the status check; `{host}`: the one host asked. */
    oneRequest:
      'One request leaves this site: the {check} check asks {host} about incidents, without cookies or anything about you, at most every {minutes} minutes.',
    serviceStatusLink: 'service status',
    jsOff:
      'These checks need JavaScript, which is off in this browser, so none of them has run. Each section below says what the check looks for and links to the article that shows how to check it by hand. Or {questions} instead.',
    answerQuestions: 'answer a few questions',
    progressTitle: 'Progress and report',
    progressLabel: 'Checks finished',
    starting: 'Starting the checks…',
    checkAgain: 'Check again',
    copyReport: 'Copy report',
    shareLink: 'Share link',
    shareLabel: 'Report link (read-only, for a support ticket)',
    notRun: 'Not run',
    looksFor: 'Looks for {what}.',
    fixOne: 'Fix for this: ',
    fixMany: 'Fixes for this: ',
    causeJoin: ', ',
    details: 'Details',
    /** Read by screen readers after "Details": which check. */
    detailsAbout: ' about {check}',
    statusNote: 'This is the one check that leaves your device: it reads {host}. If it cannot, {link} yourself.',
    openStatusPage: 'open the status page',
    /** Between a limit's label and its reason, and between its sources. */
    limitSep: ': ',
    sourceJoin: ', ',
    limitsIntro: 'The limits this check uses, and why:',
    source: 'Source: ',
    sources: 'Sources: ',
    persistIntro: 'This check needs two visits, because only a restart shows whether your browser keeps site data:',
    /** `{link}`: the words "return link", in bold. */
    persistStep1: 'When the check has run, copy or bookmark the {link} it shows.',
    persistStep1Link: 'return link',
    persistStep2: 'Quit the browser completely: close every window (on a Mac, choose Quit from the browser’s menu).',
    persistStep3: 'Open the browser again and open the return link. This check then says whether the marker survived.',
    returnLink: 'Return link',
    copyReturn: 'Copy return link',
  },
  browser: pageBrowserEn,
};

export type CheckPageWords = typeof pageEn;
