/** Translated content as tests read it straight from content/<locale>/ (never from the build). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { isOtherTopic } from '../../src/config/other-topics';
import type { Locale, TranslatedLocale } from '../../src/config/locales';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** A cause's or "not a sign-in problem" page's front matter in `locale` (English: content/ itself). */
export function frontMatterIn(locale: Locale, page: string): Record<string, unknown> {
  const dir = locale === 'en' ? CONTENT : `${CONTENT}${locale}/`;
  const file = isOtherTopic(page) ? `${dir}other/${page}.md` : `${dir}causes/${page}.mdx`;
  const text = readFileSync(file, 'utf8');
  return parseYaml(text.slice(3, text.indexOf('\n---', 3))) as Record<string, unknown>;
}

/** The catalog's meanings in `locale`: id → meaning (content/<locale>/messages.yaml). */
export const meaningsIn = (locale: TranslatedLocale): ReadonlyMap<string, string> =>
  new Map(
    (parseYaml(readFileSync(`${CONTENT}${locale}/messages.yaml`, 'utf8')) as { id: string; meaning: string }[]).map((m) => [
      m.id,
      m.meaning,
    ]),
  );
