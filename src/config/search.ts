/**
 * How the help center reads what people type into search. People write sentences ("logged out
 * when I switch wifi"), not keywords, so a query is cut into words, the filler words dropped, and
 * everyday words mapped onto the words the articles use. This is product vocabulary: edit it here
 * when the content's words change, never to make one particular query pass.
 */

/** Words that say nothing about the cause. Dropped, unless nothing else is left. */
export const STOP_WORDS: readonly string[] = [
  'a',
  'about',
  'after',
  'again',
  'all',
  'also',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'because',
  'been',
  'before',
  'being',
  'but',
  'by',
  'can',
  'cant',
  'could',
  'did',
  'do',
  'does',
  'doesnt',
  'doing',
  'dont',
  'each',
  'even',
  'ever',
  'for',
  'from',
  'get',
  'gets',
  'getting',
  'got',
  'had',
  'has',
  'have',
  'having',
  'he',
  'her',
  'here',
  'him',
  'his',
  'how',
  'i',
  'id',
  'if',
  'im',
  'in',
  'into',
  'is',
  'isnt',
  'it',
  'its',
  'ive',
  'just',
  'keep',
  'keeps',
  'kept',
  'me',
  'mine',
  'more',
  'most',
  'my',
  'myself',
  'no',
  'not',
  'now',
  'of',
  'off',
  'on',
  'once',
  'only',
  'or',
  'other',
  'our',
  'out',
  'over',
  'really',
  'same',
  'she',
  'should',
  'so',
  'some',
  'still',
  'such',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'though',
  'through',
  'to',
  'too',
  'up',
  'us',
  'very',
  'was',
  'wasnt',
  'we',
  'were',
  'what',
  'whats',
  'when',
  'whenever',
  'where',
  'which',
  'while',
  'who',
  'why',
  'will',
  'with',
  'without',
  'would',
  'you',
  'your',
  'please',
  'help',
  'problem',
  'issue',
  'happens',
  'happening',
  'happened',
  'always',
  'randomly',
  'however',
  'later',
  'anymore',
  'suddenly',
  'sometimes',
  'tried',
  'trying',
  'yesterday',
  'today',
  'since',
];

/**
 * Idioms whose words mislead when read one by one: "every time" is not about clocks, "out of date"
 * not about dates. Their words are replaced by what they mean (nothing, for filler).
 */
export const IDIOMS: Readonly<Record<string, readonly string[]>> = {
  'every time': [],
  'each time': [],
  'all the time': [],
  'any time': [],
  'this time': [],
  'first time': [],
  'same time': [],
  'at a time': [],
  'multiple times': [],
  'several times': [],
  'many times': [],
  'a few times': [],
  'right now': [],
  'at once': [],
  'for some reason': [],
  'out of date': ['outdated'],
  'up to date': ['updated'],
  'for a while': ['idle'],
  'without writing': ['idle'],
  'without typing': ['idle'],
  'time out': ['timeout'],
  'timed out': ['timeout'],
};

/**
 * Words on nearly every page of this site ("signed out", "session expired"). They say little about
 * which cause it is, so they count for less than the other words of a query.
 */
export const WEAK_WORDS: readonly string[] = [
  'chatgpt',
  'openai',
  'gpt',
  'session',
  'sessions',
  'expired',
  'expire',
  'expires',
  'expiring',
  'logged',
  'log',
  'logs',
  'logging',
  'login',
  'logout',
  'signed',
  'sign',
  'signs',
  'signing',
  'signin',
  'kicked',
  'kick',
  'kicks',
  'booted',
  'thrown',
  'message',
  'error',
  'says',
  'saying',
  'account',
  'page',
];

/** How much a weak word counts, against 1 for an ordinary word. */
export const WEAK_WEIGHT = 0.2;
/** How much a word added by the synonyms table counts, against 1 for a word the visitor typed. */
export const SYNONYM_WEIGHT = 0.6;

/**
 * Everyday words and phrases → the words the articles use for the same thing. Keys are lower
 * case, written as they are typed (several words allowed); values are added to the query.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // Networks and VPNs
  wifi: ['network'],
  'wi fi': ['wifi', 'network'],
  wlan: ['wifi', 'network'],
  internet: ['network', 'connection'],
  hotspot: ['network', 'mobile'],
  'mobile data': ['network'],
  cellular: ['mobile', 'data', 'network'],
  '4g': ['mobile', 'data', 'network'],
  '5g': ['mobile', 'data', 'network'],
  lte: ['mobile', 'data', 'network'],
  ethernet: ['network'],
  router: ['network'],
  ip: ['address', 'network'],
  nordvpn: ['vpn'],
  expressvpn: ['vpn'],
  protonvpn: ['vpn'],
  surfshark: ['vpn'],
  mullvad: ['vpn'],
  'private relay': ['vpn', 'network'],
  proxy: ['vpn', 'network'],
  train: ['network'],
  cafe: ['network', 'wifi'],
  hotel: ['network', 'wifi'],
  airport: ['network', 'wifi'],
  // Sleep and idleness
  asleep: ['sleep'],
  woke: ['sleep', 'wakes'],
  wake: ['sleep'],
  waking: ['sleep'],
  lid: ['sleep'],
  hibernate: ['sleep'],
  standby: ['sleep'],
  lunch: ['break', 'idle'],
  coffee: ['break', 'idle'],
  meeting: ['break', 'idle'],
  away: ['break', 'idle'],
  afk: ['break', 'idle'],
  inactive: ['idle'],
  inactivity: ['idle'],
  'walk away': ['break', 'idle'],
  'stepped away': ['break', 'idle'],
  'came back': ['break', 'idle'],
  'dont use': ['idle'],
  'not using': ['idle'],
  'havent used': ['idle'],
  'come back': ['break', 'idle'],
  returned: ['break', 'idle'],
  'got back': ['break', 'idle'],
  // Devices and sharing
  iphone: ['phone'],
  android: ['phone'],
  ipad: ['tablet', 'devices'],
  mobile: ['phone'],
  cellphone: ['phone'],
  pc: ['computer'],
  desktop: ['computer'],
  both: ['several'],
  two: ['several', 'devices'],
  multiple: ['several', 'devices'],
  another: ['several'],
  shared: ['sharing', 'shared'],
  share: ['sharing', 'shared'],
  coworker: ['sharing', 'someone'],
  colleague: ['sharing', 'someone'],
  friend: ['sharing', 'someone'],
  family: ['sharing', 'someone'],
  // Clocks
  date: ['clock'],
  timezone: ['time', 'zone', 'clock'],
  'time zone': ['clock'],
  dst: ['clock'],
  'daylight saving': ['clock'],
  bios: ['clock'],
  // Private windows
  incognito: ['private'],
  inprivate: ['private', 'incognito'],
  'private tab': ['private', 'window'],
  guest: ['private'],
  // Extensions and blockers
  adblock: ['blocker', 'extension'],
  adblocker: ['blocker', 'extension'],
  'ad blocker': ['extension'],
  ublock: ['blocker', 'extension'],
  adguard: ['blocker', 'extension'],
  ghostery: ['blocker', 'extension'],
  'privacy badger': ['blocker', 'extension'],
  brave: ['shields', 'blocker'],
  addon: ['extension'],
  'add on': ['extension'],
  plugin: ['extension'],
  antivirus: ['security', 'extension'],
  // Outages
  down: ['outage', 'status'],
  outage: ['status'],
  maintenance: ['status', 'outage'],
  everyone: ['outage', 'everyone'],
  everybody: ['outage', 'everyone'],
  colleagues: ['outage', 'everyone'],
  // Cookies and browser data
  cache: ['cookies', 'data'],
  history: ['cookies', 'data'],
  'chat history': ['conversation', 'chats'],
  lost: ['lose'],
  cleaner: ['cookies'],
  ccleaner: ['cookies', 'cleaner'],
  reopen: ['restart', 'cookies'],
  restart: ['reopen', 'cookies'],
  'close the browser': ['reopen', 'cookies'],
  'forgets me': ['cookies', 'remember'],
  remember: ['cookies'],
  // Bugs and old browsers
  update: ['release', 'new'],
  updated: ['release', 'new'],
  upgrade: ['release', 'new'],
  glitch: ['bug'],
  broken: ['bug'],
  buggy: ['bug'],
  crash: ['bug'],
  outdated: ['old', 'update'],
  old: ['outdated'],
  // Tools that sign in with a ChatGPT account
  program: ['tool', 'app'],
  wrapper: ['tool'],
  cli: ['tool', 'command'],
  terminal: ['tool', 'command'],
  vscode: ['tool', 'extension'],
  // Tokens and time limits
  token: ['expired'],
  jwt: ['token'],
  password: ['token', 'security'],
  hours: ['limit'],
  daily: ['hours', 'limit'],
  'every day': ['hours', 'limit'],
  'every morning': ['hours', 'limit'],
  '24': ['hours', 'limit'],
  '12': ['hours', 'limit'],
  sso: ['work', 'organisation'],
  enterprise: ['work', 'organisation'],
};

/**
 * Pagefind ranking. `keywords` is the front-matter list of words people type, indexed as page
 * metadata: a match there should count for more than one in the running text.
 */
export const PAGEFIND_RANKING = {
  metaWeights: { title: 4, keywords: 3 },
  // Records range from a one-line catalog message to a long article; full length normalisation
  // (Pagefind's default 0.75) lets short records win on a single shared word.
  pageLength: 0.5,
} as const;

/**
 * After Pagefind: a catalog entry (a one-line record) counts this much unless the query is that
 * very message, a page with a section headed by exactly the query counts this much more, and this
 * many of the best pages are read to apply both.
 */
export const MESSAGE_RECORD_WEIGHT = 0.5;
export const HEADING_MATCH_BOOST = 3;
export const RERANK_POOL = 24;

/**
 * Run Pagefind in a Web Worker? Not for an index this small (about 130 records): searches take a few
 * milliseconds on the main thread, and skipping the worker saves its 12 KB (gzip) download and
 * its start-up on first focus.
 */
export const PAGEFIND_IN_WORKER = false;

/** Shortest query searched as you type (one letter matches nearly every word). */
export const MIN_QUERY_LENGTH = 2;

/** Results shown under the header box (the full list is on /search/). */
export const HEADER_RESULT_LIMIT = 6;
/** Results on /search/. */
export const PAGE_RESULT_LIMIT = 20;
/** Words in a result's excerpt on /search/, and under the header box (where space is short). */
export const EXCERPT_WORDS = 30;
export const HEADER_EXCERPT_WORDS = 16;

export { HIGHLIGHT_PARAM, PAGEFIND_URL } from './search-params';

/** What each part of the site is, for the label on a result ("Cause", "Question"…). */
export const RESULT_KINDS = [
  { prefix: '/causes/', label: 'Cause' },
  { prefix: '/other/', label: 'Not a sign-in problem' },
  { prefix: '/messages/', label: 'Message' },
  { prefix: '/faq/', label: 'Question' },
  { prefix: '/prevent/', label: 'Prevention checklist' },
  { prefix: '/', label: 'Page' },
] as const satisfies readonly { readonly prefix: string; readonly label: string }[];
/** A result's kind, by its English label (src/i18n/search/ has each language's word for it). */
export type ResultKind = (typeof RESULT_KINDS)[number]['label'];
