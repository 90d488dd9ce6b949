/** The live check ids (part of the SPEC contract: `data-check` attributes and report links use them). */
export const CHECK_IDS = [
  'cookies',
  'storage',
  'private-mode',
  'clock',
  'network',
  'blockers',
  'browser',
  'service-status',
  'persistence',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckInfo {
  /** Short name shown on /check/ and in reports. */
  readonly label: string;
  /** What the check looks at, in plain words. */
  readonly looksFor: string;
}

export const CHECK_INFO: Record<CheckId, CheckInfo> = {
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

/** Anchor of a check's row on /check/, so articles can link straight to it. */
export const checkAnchor = (id: CheckId): string => `check-${id}`;
