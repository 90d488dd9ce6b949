/**
 * The words of the checks only /check/ runs (cookies, storage, network, blockers, browser,
 * persistence), in English: the source. Its shape is `MoreWords`; every other language's
 * `<locale>-more.ts` `satisfies` it. Functions take raw values and say them the language's way.
 * Bundled with those checks; other languages load lazily (src/checks/words.ts).
 */
import { dateWords, humanDuration, localDayTimeWords, plural } from '../../common/time-words';

const DAY_MS = 86_400_000;
/** A release day (days since 1970, UTC). */
const day = (d: number) => dateWords(d * DAY_MS);

export const enMore = {
  cookies: {
    okSummary: 'Cookies work: this browser kept a test cookie and deleted it again.',
    okDetail: (deleted: boolean) =>
      `Sign-ins are usually kept in cookies, and this browser accepts them from this site${deleted ? '' : ' (it did not delete the test cookie when asked, which is harmless here)'}. If you are still signed out every time you reopen the browser, look at the "Data kept after restart" check.`,
    problemSummary: 'Cookies are blocked: this browser did not keep a test cookie.',
    /** `saysOn`: the browser reports cookies as enabled. */
    problemDetail: (saysOn: boolean) =>
      `${saysOn ? 'Your browser says cookies are on, but it refused the test cookie: a setting or an extension is blocking them.' : 'Your browser reports that cookies are turned off.'} Without cookies a site cannot keep you signed in, so every page load can look like a new visit and end with "session expired".`,
    unavailableSummary: 'Cookies are not available on this page.',
    unavailableDetail: 'The browser refused to let this page read or write cookies at all. Sites cannot keep you signed in like this.',
  },
  storage: {
    local: 'Local storage',
    session: 'Session storage',
    indexedDb: 'IndexedDB',
    /** One store's line: works, or why not. */
    line: (store: string, why?: string) => `${store}: ${why === undefined ? 'works' : `does not work, ${why}`}.`,
    notGivenBack: 'it did not give back what was written',
    notDeleted: 'it did not delete the test entry',
    refused: (error: string) => `it refused (${error})`,
    notOffered: 'this browser does not offer it',
    noAnswer: (seconds: number) => `it did not answer within ${seconds} seconds`,
    /** The store lines and notes, joined. */
    facts: (lines: readonly string[]) => lines.join(' '),
    persistent: 'This site’s data is marked persistent: the browser will not clear it on its own to save space.',
    bestEffort: 'This site’s data is kept “best effort”, as for most sites: the browser may clear it only when space runs out.',
    okSummary: 'Site storage works: local storage, session storage and IndexedDB all kept test data.',
    problemSummary: 'Site storage is blocked or broken in this browser.',
    problemDetail: (facts: string) =>
      `Apps keep parts of your sign-in and unsaved work in site storage; when it is blocked or thrown away, you can be signed out. This usually means site data is blocked in the browser settings or this is a private window. ${facts}`,
    warningSummary: 'Session storage does not work, the rest does.',
    warningDetail: (facts: string) => `Some apps keep per-tab sign-in state in session storage. ${facts}`,
  },
  network: {
    dropped: (times: number) => `the connection dropped ${times === 1 ? 'once' : plural(times, 'time')}`,
    /** `change`: what changed ("wifi → cellular"), when the browser says. */
    switched: (change?: string) => `the connection switched (${change ?? 'type changed'})`,
    slept: (ms: number) => `the device slept or paused for about ${humanDuration(ms)}`,
    /** Joins what was seen. */
    seen: (events: readonly string[]) => events.join('; '),
    offlineSummary: 'You are offline right now.',
    offlineDetail: (seen?: string) =>
      `This browser has no network connection. A request made while offline, or a connection that keeps dropping, can end a session or look like one ended.${seen ? ` While this page was open, ${seen}.` : ''}`,
    unreachableSummary: 'Your browser says it is online, but this site could not be reached.',
    unreachableDetail:
      'A request to this site failed just now. A captive portal, a VPN that is reconnecting, or an unstable connection can do this, and the same breaks sign-ins.',
    changedSummary: 'Your connection changed while this page was open.',
    changedDetail: (openMs: number, seen: string) =>
      `In the ${openMs < 10_000 ? 'few seconds' : humanDuration(openMs)} this page has been open, ${seen}. Apps may end a session when your connection or address changes mid-way (VPNs switching servers do this too).`,
    okSummary: 'Online, with no drop, switch or sleep seen.',
    okDetail: (openMs: number) =>
      `You are online, and in the ${openMs < 10_000 ? 'few seconds' : humanDuration(openMs)} this page has been open the connection did not drop or change and the device did not sleep. Leave this page open while you work to catch a change later, then press "Check again".`,
  },
  blockers: {
    offlineSummary: 'Could not tell whether a content blocker is active: this site cannot be reached right now.',
    offlineDetail:
      'The bait script failed to load, but so does everything else from this site at the moment (you may be offline), so that says nothing about blockers. Press “Check again” once you are back online.',
    hidden: 'a bait element that looks like an advert was hidden',
    blocked: 'a bait script with an advert-like name was blocked',
    replaced: 'a bait script with an advert-like name was replaced by an empty stand-in',
    warningSummary: 'A content blocker is possibly active.',
    warningDetail: (signs: readonly string[]) =>
      `On this page ${signs.join(', and ')}. Ad, tracker and privacy blockers sometimes also block the requests or cookies a sign-in needs. Try pausing them for the app’s site, or sign in from a window without extensions.`,
    noAnswerSummary: 'Could not tell whether a content blocker is active.',
    noAnswerDetail:
      'The bait script neither loaded nor failed in time. If you use ad, tracker or privacy extensions, try pausing them for the app’s site.',
    okSummary: 'No sign of a content blocker on this page.',
    okDetail:
      'The bait element stayed visible and the bait script ran. Extensions that only clear or block cookies leave no such trace, so if you use privacy or security extensions, they can still be the cause.',
  },
  browser: {
    unknownName: 'an unknown browser',
    unknownLabel: 'Unknown browser',
    /** " on Windows" after the browser's label, when the OS is known. */
    on: (os?: string) => (os ? ` on ${os}` : ''),
    noDataSummary: (browser: string) => `You use ${browser}; we have no release dates for it.`,
    noDataDetail: (name: string) =>
      `We could not tell how old this version of ${name} is. Whatever the browser, keeping it up to date avoids sign-in bugs that have long been fixed.`,
    newerSummary: (browser: string) => `You use ${browser}, a current version.`,
    newerDetail: (name: string, builtDay: number) =>
      `This version is newer than every ${name} release we knew of when this site was built (${day(builtDay)}), so it is up to date.`,
    /** When the version came out: `before` when it is older than every release in the data. */
    since: (releaseDay: number, before: boolean) => `${before ? 'before' : 'on'} ${day(releaseDay)}`,
    oldSummary: (browser: string, days: number, more: boolean) =>
      `You use ${browser}, released ${more ? 'more than ' : ''}${plural(Math.round(days / 30), 'month')} ago.`,
    oldDetail: (since: string, newestVersion: string, newestDay: number, name: string) =>
      `This version came out ${since}; the newest we know of is ${newestVersion} (${day(newestDay)}). Web apps test against current browsers, and sign-in bugs in old versions stay unfixed. Update ${name} and restart it.`,
    recentSummary: (browser: string) => `You use ${browser}, a recent version.`,
    recentDetail: (since: string, days: number, limitDays: number) =>
      `This version came out ${since} (${plural(days, 'day')} ago); versions up to ${plural(limitDays, 'day')} old count as current.`,
  },
  persistence: {
    restartLink: 'Start the two-visit check again',
    returnLink: 'Return link',
    notRestartedSummary: 'The browser has not been restarted yet.',
    notRestartedDetail:
      'This tab still holds what it stored before, so the browser was not fully closed. Quit the browser completely (every window), open it again, then open the return link.',
    keptSummary: 'Your browser kept this site’s data after a restart.',
    /** `since`: when the marker was stored, if known. */
    keptDetail: (since?: number) =>
      `The cookie and the local storage entry stored before the restart are still here${since === undefined ? '' : ` since ${localDayTimeWords(since)}`}. Your browser does not wipe site data when it closes, so that is not what signs you out.`,
    partSummary: (cookieKept: boolean) =>
      `Your browser kept the ${cookieKept ? 'cookie' : 'local storage entry'} but cleared the ${cookieKept ? 'local storage entry' : 'cookie'} when it closed.`,
    partDetail: (cookieKept: boolean) =>
      `Part of this site’s data did not survive the restart. Apps need both to keep you signed in; a setting, cleaning tool or extension that clears ${cookieKept ? 'site data' : 'cookies'} on close will sign you out.`,
    earlierSummary: 'This return link belongs to an earlier test.',
    earlierDetail:
      'The marker stored now is a newer one than this link expects. Start the two-visit check again and use the new return link.',
    goneSummary: 'Your browser cleared this site’s data when it closed.',
    goneDetail:
      'The cookie and the local storage entry stored before the restart are gone. A browser set to clear cookies and site data on close (or a cleaning tool or extension) signs you out of every site each time. Allow the app’s site to keep its data, then run this check again.',
    notStoredSummary: 'This browser would not store the marker at all.',
    notStoredDetail:
      'Neither a cookie nor local storage could be written, so nothing this site stores survives even a reload. See the Cookies and Site storage checks.',
    step1Summary: 'Step 1 of 2 done: now restart your browser and come back.',
    step1Detail:
      'A small marker is now stored for this site (a cookie and a local storage entry, nothing personal). Keep the return link (copy or bookmark it), quit the browser completely, open it again and open the link: it tells you whether the marker survived.',
  },
};

export type MoreWords = typeof enMore;
