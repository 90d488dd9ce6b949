/** The FAQ answer ids, from the content files (the file name is the answer's permanent #id). */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function getFaqIds(): string[] {
  const dir = fileURLToPath(new URL('../../content/faq/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.replace(/\.md$/, ''))
    .sort();
}
