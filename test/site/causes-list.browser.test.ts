/** The list of causes (/causes/) in real Chromium. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { browserForFile } from '../helpers/chromium';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { OTHER_TOPICS } from '../../src/config/other-topics';

const base = inject('baseURL');
const browser = browserForFile();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser().newContext();
});

describe('/causes/', () => {
  it('shows every cause, every “not a sign-in problem” topic and the message catalog', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/causes/`);
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const slug of CAUSE_SLUGS) expect(links, slug).toContain(`/causes/${slug}/`);
    for (const topic of OTHER_TOPICS) expect(links, topic).toContain(`/other/${topic}/`);
    expect(links).toContain('/messages/');
    await page.close();
  });
});
