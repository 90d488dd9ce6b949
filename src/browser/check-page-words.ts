/**
 * What /check/'s script says, in the page's language: read from the JSON block the page writes
 * (src/components/pages/CheckPage.astro, from src/i18n/checks/page-<locale>.ts), so a page ships
 * its own language only and no words in its JavaScript. None when the block is missing or
 * damaged (a broken build): the page then stays as it is without JavaScript.
 */
import type { CheckPageBrowserWords } from '../i18n/checks/page-browser-en';

export const CHECK_PAGE_WORDS_ID = 'check-page-words';

export function checkPageWords(doc: Document): CheckPageBrowserWords | undefined {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById(CHECK_PAGE_WORDS_ID)?.textContent ?? 'null');
    // Written by the build from the typed tables: a block that is there is whole.
    return typeof parsed === 'object' && parsed !== null && 'status' in parsed ? (parsed as CheckPageBrowserWords) : undefined;
  } catch {
    return undefined;
  }
}
