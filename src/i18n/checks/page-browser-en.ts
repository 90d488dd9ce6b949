/**
 * What /check/'s script says, in English (the `browser` part of `CheckPageWords`, page-en.ts):
 * kept in a file of its own so the script's English fallback carries no markup words.
 */
/** After a check's name in the verdict line: the measured fact (apart, so the unit tests' English default carries nothing else). */
export const pageFactsEn = {
  ahead: ' — {duration} ahead',
  behind: ' — {duration} behind',
  old: ' — {age} old',
};

export const pageBrowserEn = {
  /** Flashed on a copy button. */
  copied: 'Copied',
  copyFailed: 'Copy failed',
  stillRunning: 'The checks are still running. Try again when they are done.',
  checkingBrowser: 'Checking your browser…',
  reportFailed: 'The report could not be made: this page could not load a part of itself. Check your connection and try again.',
  reportCopied: 'Report copied as text',
  reportCopyFailed: 'Could not copy. Use Share link and copy the link shown.',
  linkCopied: 'Link copied',
  linkCopyBelow: 'Copy it below',
  linkCopiedSaid: 'Report link copied',
  linkCopyFailed: 'Could not copy. The link is shown below the buttons, selected.',
  returnCopied: 'Return link copied',
  returnCopyFailed: 'Could not copy. Bookmark the return link instead.',
  progress: 'Checking… {done} of {total} done',
  allDone: 'All {count} checks done. ',
  allDoneIn: 'All {count} checks done in {seconds} s. ',
  wizardNote: 'The report will include your wizard answers from {duration} ago.',
  checking: 'Checking…',
  needsAttention: 'Needs attention: ',
  nothingNeedsAttention: 'Nothing needs attention.',
  listJoin: '; ',
  listEnd: '.',
  oneUnknown: ' 1 check could not tell.',
  manyUnknown: ' {count} checks could not tell.',
  ...pageFactsEn,
  status: { ok: 'OK', warning: 'Warning', problem: 'Problem', unknown: 'Unknown' },
};

export type CheckPageBrowserWords = typeof pageBrowserEn;
