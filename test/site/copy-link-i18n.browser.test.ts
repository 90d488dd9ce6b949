/** "Copy link" beside each linked heading, in the page's language, copying that language's address. */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from '../helpers/chromium';
import { LOCALES } from '../../src/config/locales';
import { localizedPath } from '../../src/common/locale-path';
import { chromeWords } from '../../src/i18n/chrome';

const base = inject('baseURL');
const browser = browserForFile();

describe.each(LOCALES)('copy a link to a section (%s)', (locale) => {
  const words = chromeWords(locale).copyLink;

  it('the button speaks the page’s language and copies the section’s address in it', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const path = localizedPath(locale, '/causes/clock-skew/');
    await page.goto(`${base}${path}?utm_source=ticket`);
    const heading = page.locator('#fix-it-now');
    const title = (await heading.locator('.heading-link').textContent())?.trim() ?? '';
    const button = heading.getByRole('button', { name: words.label.replace('{title}', title), exact: true });
    expect(await button.textContent()).toBe(words.button);
    await button.click();
    await expect.poll(() => button.textContent()).toBe(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${path}#fix-it-now`);
    await expect.poll(() => page.locator('#live-announcer').textContent()).toBe(words.said);
    await context.close();
  });
});
