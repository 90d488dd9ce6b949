/**
 * Every article, "not a sign-in problem" page and FAQ answer shows the primary sources its front
 * matter lists, as links (the schema makes them required: test/unit/build/content-schema.test.ts
 * and test/unit/content.config.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { page } from '../helpers/dist';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const front = (file: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { sources: { title: string; url: string }[] };
const ids = (dir: string) => readdirSync(`${CONTENT}${dir}`).map((f) => f.replace(/\.mdx?$/, ''));

describe('sources on the page', () => {
  it.each([...ids('causes').map((id) => ['causes', id] as const), ...ids('other').map((id) => ['other', id] as const)])(
    '/%s/%s/ lists its sources',
    (dir, id) => {
      const { sources } = front(`${CONTENT}${dir}/${id}.${dir === 'causes' ? 'mdx' : 'md'}`);
      const section = page(`${dir}/${id}/index.html`).querySelector('section.sources');
      expect(section?.querySelector('h2#sources')?.textContent.trim()).toBe('Sources');
      const links = section!
        .querySelectorAll('a:not(.heading-link)')
        .map((a) => ({ title: a.textContent.trim(), url: a.getAttribute('href') }));
      expect(links).toEqual(sources.map((s) => ({ title: s.title, url: s.url })));
    },
  );

  it.each(ids('faq'))('/faq/#%s lists its sources', (id) => {
    const { sources } = front(`${CONTENT}faq/${id}.md`);
    const answer = page('faq/index.html').querySelector(`h2#${id}`)!.parentNode!;
    const links = answer.querySelectorAll('.faq-sources a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(sources.map((s) => s.url));
  });
});
