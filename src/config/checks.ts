/** How each live check is named to people, and everything about a check in one record (CHECK_INFO). */
import { CHECK_IDS, CHECK_RULES, type CheckId, type CheckRule } from './check-rules';

export { CHECK_IDS, CHECKS_CONFIG_ID, type CheckId } from './check-rules';

/**
 * How a check is named to people. Kept apart from CHECK_RULES (check-rules.ts) so pages that never
 * show the names do not ship them. These are the English names; every language's names are
 * `checkWords(locale)` (src/i18n/checks/names.ts), and browser code reads the page's own from the
 * page (src/browser/check-words.ts).
 */
export interface CheckWords {
  /** Short name shown on /check/ and in reports. */
  readonly label: string;
  /** What the check looks at, in plain words. */
  readonly looksFor: string;
}

export type CheckInfo = CheckRule & CheckWords;

export const CHECK_WORDS: Readonly<Record<CheckId, CheckWords>> = {
  cookies: { label: 'Cookies', looksFor: 'whether this browser really keeps a cookie it is given' },
  storage: { label: 'Site storage', looksFor: 'whether local storage, session storage and IndexedDB work and persist' },
  'private-mode': { label: 'Private window', looksFor: 'whether this is likely a private or incognito window' },
  clock: { label: 'Device clock', looksFor: 'whether your clock agrees with a server clock' },
  network: { label: 'Network changes', looksFor: 'going offline, switching connection, or the device sleeping while the page is open' },
  blockers: { label: 'Content blockers', looksFor: 'signs of an ad or tracker blocker interfering with the page' },
  browser: { label: 'Browser version', looksFor: 'which browser you use and how old that version is' },
  'service-status': { label: 'Service status', looksFor: 'an incident or maintenance reported on the public status page' },
  persistence: { label: 'Data kept after restart', looksFor: 'whether your browser wipes site data when it closes (needs two visits)' },
};

/** Everything about a check in one record, for pages that show the names. */
export const CHECK_INFO: Record<CheckId, CheckInfo> = /* @__PURE__ */ Object.fromEntries(
  CHECK_IDS.map((id) => [id, { ...CHECK_RULES[id], ...CHECK_WORDS[id] }]),
) as Record<CheckId, CheckInfo>;

/** Id of the JSON block with the page's check names (written by `<CheckNames>`, read by src/browser/check-words.ts). */
export const CHECK_NAMES_JSON_ID = 'check-names';

/** Anchor of a check's row on /check/, so articles can link straight to it. */
export const checkAnchor = (id: CheckId): string => `check-${id}`;

/**
 * The `blockers` check's bait: a same-origin script (public/advertisement.js) whose path and
 * class names are on common filter lists. Nothing about them is real advertising.
 */
export const BLOCKER_BAIT = {
  scriptPath: '/advertisement.js',
  classNames: 'ad-banner adsbox ad-slot textads banner_ad pub_300x250',
} as const;
