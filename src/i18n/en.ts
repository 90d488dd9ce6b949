/**
 * The words of the page chrome in English: the source every other language's dictionary is typed
 * against. Product and site names come from `site.ts`, never written into a string.
 *
 * A sentence with a link (or another element) in it is one string with a named `{slot}` where the
 * element goes, so a language can put it where its word order needs (`<Sentence>` fills it).
 */
import { site } from '../config/site';

const { name: product, maker, message } = site.product;

export const en = {
  common: {
    search: 'Search',
    searchHelpCenter: 'Search the help center',
    describeProblem: 'Describe your problem',
    searchExample: 'e.g. kicked out after lunch break',
    diagnose: 'Diagnose my problem',
    checkBrowser: 'Check my browser',
    answerQuestions: 'Answer a few questions',
    everyMessageWordForWord: 'every message, word for word',
    notSignIn: 'Not a sign-in problem',
    preventionChecklist: 'Prevention checklist',
    faq: 'FAQ',
    sources: 'Sources',
    /** `{date}`: a `<time>` element. */
    lastReviewed: 'Last reviewed {date}.',
    /** Between the items of a list inside a sentence. */
    listComma: ', ',
  },
  layout: {
    skipToContent: 'Skip to content',
  },
  header: {
    searchLandmark: 'Site search',
    searchPlaceholder: 'Search, e.g. logged out on wifi',
    /** The language switcher's landmark name. */
    languages: 'Languages',
  },
  footer: {
    allCauses: 'All causes',
    everyMessage: 'Every message',
    staffIndex: 'Answer links for support staff',
    /** `{support}`: the link to the product's own support. */
    independent: `Independent help, not affiliated with ${maker} or ${product}. For your account, contact {support}.`,
    support: `${product} support`,
  },
  breadcrumbs: {
    landmark: 'Breadcrumb',
    home: 'Home',
    causes: 'Causes',
    messages: 'Messages',
  },
  article: {
    onThisPage: 'On this page',
    tryThisFirst: 'Try this first',
    relatedCauses: 'Related causes',
  },
  detectedBy: {
    title: 'Not sure this is your cause?',
    /** `{checks}`: the list of check links. */
    canCheck: 'The live check can look for it in your own browser: {checks}. Nothing leaves your device.',
    cannotCheck: 'No browser check can see this cause directly.',
    /** `{questions}`: the link to the wizard. */
    questions: '{questions} to find the cause that fits what you see.',
  },
  browserSteps: {
    yours: '(your browser)',
  },
  home: {
    description: `Why ${product} says “${message}”, and how to make it stop: every cause, a short diagnosis and a live browser check.`,
    title: `Keep seeing “${message}” in ${product}?`,
    keepWorkLead: 'First, keep your work:',
    keepWork: 'copy anything you typed but have not sent, then reload the page. A reload often brings the session back without signing in.',
    lede: 'Still signed out? Find the cause, fix it in a few minutes, and stop it coming back. Most people are signed out by one of a handful of settings or habits, and you can check most of them right here in your browser.',
    describeWhatHappens: 'Describe what happens',
    causesTitle: 'The causes',
    otherTitle: 'Seeing a different message?',
    /** `{others}`: the "not a sign-in problem" links; `{messages}`: the catalog link. */
    otherText: 'Some messages are not about signing in: {others}. Or find your exact words in {messages}.',
    mostAsked: 'Most asked',
    allQuestions: 'All questions',
  },
  causes: {
    title: 'Every cause of the message',
    description: (count: number) => `The ${count} reasons ${product} ends a session early, one line each, with a link to the fix.`,
    heading: `Every cause of “${message}”`,
    /** `{diagnose}`: the link to the wizard. */
    lede: 'Each line links to the full fix. Not sure which one is yours? {diagnose}.',
    notSignInText: 'These messages look like a session problem, but signing in again is not the fix.',
    /** `{messages}`: the catalog link. */
    exactWords: 'Looking for the exact words on your screen? See {messages}.',
  },
  faq: {
    title: 'Questions and answers',
    description: `Straight answers about “${message}” in ${product}: what it means, whether you lose work, and how to stop it.`,
    questionsOnPage: 'Questions on this page',
    /** `{sources}`: the source links. */
    sources: 'Sources: {sources}',
    /** `{causes}`: the article links. */
    readMore: 'Read more: {causes}',
  },
  prevent: {
    description: `A short checklist that stops ${product} from signing you out: cookies, private windows, extensions, VPNs, clocks and habits.`,
    lede: 'Work down the list once; the first items prevent the most sign-outs. Each links to the full explanation.',
    /** The link from an item to its article; `cause` is the cause's short name as its article gives it. */
    moreOn: (cause: string) => `More in “${cause}”`,
  },
  messages: {
    title: 'Every message, word for word',
    description: `The messages people see in ${product} and on its security pages, what each one means, and the answer that fits.`,
    lede: 'Find the exact words on your screen: each message says what it means and links to the one answer that fits. Not all of them are sign-in problems.',
    groups: 'Groups',
    /** `{variants}`: the other wordings, each in quotes. */
    also: 'Also: {variants}',
    /** `{answer}`: the link to the answer. */
    answer: 'Answer: {answer}',
    /** `{places}`: where it shows up; `{sources}`: the source links. */
    seenIn: 'Seen in {places}. Source: {sources}',
    /** Between the places a message shows up. */
    placeSeparator: '; ',
  },
  other: {
    messagesTitle: 'Messages this page answers',
    /** `{questions}`: the link to the wizard; `{messages}`: the catalog link. */
    notWhatYouSee: 'Not what you see? {questions} or browse {messages}.',
    everyMessage: 'every message',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the help center or diagnose your problem.',
    heading: 'We couldn’t find that page',
    lede: 'The link may be mistyped or cut short. Your answer is probably one of these.',
    commonCauses: 'Common causes',
  },
  search: {
    description: `Search every answer about “${message}”: causes, fixes and questions, in your own words.`,
    label: 'Describe what happens, in your own words',
    /** `{catalog}`: the catalog link; `{faq}`: the FAQ link. */
    noScript:
      'Showing results needs JavaScript. Every cause is listed below, every exact message is in {catalog}, and every question is on the {faq}.',
    catalog: 'the message catalog',
    results: 'Search results',
    /** `{query}`: filled in by the page's script with what was typed. */
    nothingMatched: 'Nothing matched “{query}”.',
    tryFewer: 'Try fewer or simpler words, such as “wifi” or “incognito”. Or answer a few questions and we find the cause with you:',
    everyCause: 'Every cause',
    /** `{messages}`: the catalog link; `{faq}`: the FAQ link. */
    orFind: 'Or find your exact message in {messages}, or read the {faq}.',
    questionsAndAnswers: 'questions and answers',
  },
};

/** A dictionary's shape: English's keys, with a string or a function returning one at each leaf. */
type Shape<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Shape<T[K]>;
};

/** What every language's dictionary must provide: exactly English's keys (`satisfies Dictionary`). */
export type Dictionary = Shape<typeof en>;
