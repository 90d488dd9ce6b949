/**
 * The message catalog in one language: each message word for word (people see it in English), its
 * meaning from `content/<locale>/messages.yaml` (id + meaning only; the other fields come from the
 * English file), and its answer as a page in that language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_LOCALE, type Locale } from '../config/locales';
import { isOtherTopic } from '../config/other-topics';
import { localizedPath } from '../common/locale-path';
import { answerUrl, catalogEntry, type CatalogEntry } from '../common/message-match';
import { answerTarget, getCauses, getMessages, getOtherPages, type AnswerTarget, type CatalogMessage } from './content';

/** id → meaning in `locale`, read once per build and language. */
const meanings = new Map<Locale, ReadonlyMap<string, string>>();

function meaningsIn(locale: Locale): ReadonlyMap<string, string> {
  let table = meanings.get(locale);
  if (!table) {
    const file = join(process.cwd(), 'content', locale, 'messages.yaml');
    const rows = parse(readFileSync(file, 'utf8')) as unknown;
    table = new Map(
      (Array.isArray(rows) ? rows : []).flatMap((r: { id?: unknown; meaning?: unknown }) =>
        typeof r.id === 'string' && typeof r.meaning === 'string' ? [[r.id, r.meaning] as const] : [],
      ),
    );
    meanings.set(locale, table);
  }
  return table;
}

/** A message's meaning in `locale`; English where a translation has none (the content test forbids that). */
export const meaningIn = (locale: Locale, message: CatalogMessage): string =>
  locale === DEFAULT_LOCALE ? message.data.meaning : (meaningsIn(locale).get(message.id) ?? message.data.meaning);

/** The page that answers a cause slug or topic, in `locale`, with its short name in that language. */
export async function answerTargetIn(locale: Locale, answer: string): Promise<AnswerTarget> {
  if (locale === DEFAULT_LOCALE) return answerTarget(answer);
  const pages = isOtherTopic(answer) ? await getOtherPages(locale) : await getCauses(locale);
  return { href: localizedPath(locale, answerUrl(answer)), label: pages.find((p) => p.id === answer)?.data.label ?? answer };
}

/** The catalog for the browser's matcher (`/<locale>/messages/catalog.json`): answers in that language. */
export async function catalogJsonIn(locale: Locale): Promise<CatalogEntry[]> {
  return (await getMessages()).map((m) => {
    const entry = catalogEntry(m.id, m.data);
    return { ...entry, answer: localizedPath(locale, entry.answer) };
  });
}
