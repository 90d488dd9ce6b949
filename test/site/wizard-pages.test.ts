/** The wizard's static pages in dist/: one per question and per result, generated from the machine. */
import { describe, expect, it } from 'vitest';
import { fileForPath, page } from '../helpers/dist';
import { QUESTION_IDS, RESULT_IDS, questionMeta, resultMeta, stepPath } from '../../src/wizard/steps';
import { wizardResults } from '../../src/wizard/results';

const fileOf = (id: string): string => {
  const file = fileForPath(stepPath(id));
  if (!file) throw new Error(`no page for ${id} at ${stepPath(id)}`);
  return file;
};

describe('static wizard pages', () => {
  it.each(QUESTION_IDS)('question %s: its answers are plain links to the next static page', (id) => {
    const root = page(fileOf(id));
    expect(root.querySelector('#wizard-heading')?.textContent.trim()).toBe(questionMeta(id)!.question);
    const links = root.querySelectorAll('.wizard-answers a').map((a) => [a.getAttribute('data-answer'), a.getAttribute('href')]);
    expect(links).toEqual(questionMeta(id)!.answers.map((a) => [a.id, stepPath(a.next)]));
    for (const [, href] of links) expect(fileForPath(href!), href!).toBeDefined();
    expect(root.querySelectorAll('script:not([src]):not([type="module"])').length).toBe(0);
  });

  it.each(RESULT_IDS)('result %s: names the cause, links its fix, and offers support', (id) => {
    const root = page(fileOf(id));
    expect(root.querySelector('#wizard-heading')?.textContent.trim()).toBe(resultMeta(id)!.title);
    const hrefs = root.querySelectorAll('.wizard-result a').map((a) => a.getAttribute('href'));
    const cause = resultMeta(id)!.cause;
    expect(hrefs).toContain(cause ? `/causes/${cause}/#fix-it-now` : '/check/');
    expect(root.querySelector('.wizard-result')!.textContent).toContain('Still happening?');
    expect(hrefs.some((h) => h?.startsWith('https://'))).toBe(true); // the support link
  });

  it('every result has its page and is listed for staff on /answers/', () => {
    const listed = page('answers/index.html').querySelectorAll('a.answer-title').map((a) => a.getAttribute('href'));
    for (const r of wizardResults()) {
      expect(fileForPath(r.url), r.url).toBeDefined();
      expect(listed, r.url).toContain(r.url);
    }
  });
});
