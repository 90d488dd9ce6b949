/**
 * The checks' names in the page's language, read from the JSON block `<CheckNames>` writes
 * (src/components/CheckNames.astro), so a page ships its own language's names only. A page
 * without the block, or with a damaged one, gets the English names.
 */
import { CHECK_IDS, CHECK_NAMES_JSON_ID, CHECK_WORDS, type CheckId, type CheckWords } from '../config/checks';

const isWords = (v: unknown): v is CheckWords =>
  typeof v === 'object' && v !== null && typeof (v as CheckWords).label === 'string' && typeof (v as CheckWords).looksFor === 'string';

export function pageCheckWords(doc: Document): Readonly<Record<CheckId, CheckWords>> {
  try {
    const parsed: unknown = JSON.parse(doc.getElementById(CHECK_NAMES_JSON_ID)?.textContent ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return CHECK_WORDS;
    const table = parsed as Record<string, unknown>;
    return Object.fromEntries(CHECK_IDS.map((id) => [id, isWords(table[id]) ? table[id] : CHECK_WORDS[id]])) as Record<CheckId, CheckWords>;
  } catch {
    return CHECK_WORDS; // damaged block: English rather than nothing
  }
}
