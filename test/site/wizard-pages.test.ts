/** The wizard's static pages in dist/: one per question, per result and per answer path, generated from the machine. */
import { describe, expect, it } from 'vitest';
import { fileForPath, page } from '../helpers/dist';
import { QUESTION_IDS, RESULT_IDS, questionMeta, resultMeta, stepPath } from '../../src/wizard/steps';
import { answersPath } from '../../src/wizard/path';
import { outcomeTitle } from '../../src/wizard/outcome-title';
import { walkFrom } from '../../src/wizard/walk';
import { RANK } from '../../src/wizard/machine';
import { rankOutcomes } from '../../src/wizard/rank';
import { reasonOf } from '../../src/wizard/reasons';
import { wizardResults } from '../../src/wizard/results';

const fileOf = (id: string): string => {
  const file = fileForPath(stepPath(id));
  if (!file) throw new Error(`no page for ${id} at ${stepPath(id)}`);
  return file;
};

describe('static wizard pages', () => {
  it.each(QUESTION_IDS)('question %s: its answers are plain links to the static page of that answer', (id) => {
    const root = page(fileOf(id));
    expect(root.querySelector('#wizard-heading')?.textContent.trim()).toBe(questionMeta(id)!.question);
    const links = root.querySelectorAll('.wizard-answers a').map((a) => [a.getAttribute('data-answer'), a.getAttribute('href')]);
    expect(links).toEqual(questionMeta(id)!.answers.map((a) => [a.id, answersPath([{ step: id, answer: a.id }])]));
    for (const [, href] of links) expect(fileForPath(href!), href!).toBeDefined();
    // JSON data blocks (the live checks' words) are never executed: not scripts.
    expect(root.querySelectorAll('script:not([src]):not([type="module"]):not([type="application/json"])').length).toBe(0);
  });

  it.each(RESULT_IDS)('result %s: names the cause, links its fix, and offers support', (id) => {
    const root = page(fileOf(id));
    expect(root.querySelector('#wizard-heading')?.textContent.trim()).toMatch(new RegExp(`: ${outcomeTitle(id)}$`));
    const hrefs = root.querySelectorAll('.wizard-result a').map((a) => a.getAttribute('href'));
    const { cause, topic } = resultMeta(id)!;
    expect(hrefs).toContain(cause ? `/causes/${cause}/#fix-it-now` : topic ? `/other/${topic}/` : '/check/');
    expect(hrefs.some((h) => h?.startsWith('https://'))).toBe(true); // the support link
  });

  it('every answer path from every question has its static page, whose answers lead to pages that exist', () => {
    const paths = QUESTION_IDS.flatMap((id) => walkFrom(id).map((w) => answersPath(w.answers)));
    for (const path of paths) expect(fileForPath(path), path).toBeDefined();
    // A sample of them, read through: every answer link leads to a page that exists.
    for (const path of paths.filter((_, i) => i % 37 === 0)) {
      for (const a of page(fileForPath(path)!).querySelectorAll('.wizard-answers a, .wizard-answered a'))
        expect(fileForPath(a.getAttribute('href')!), `${path} → ${a.getAttribute('href')}`).toBeDefined();
    }
  });

  it('an answer path that ends on a result shows the outcome those answers rank first, with their reasons', () => {
    const ends = QUESTION_IDS.flatMap((id) => walkFrom(id)).filter((w) => w.next === RANK);
    for (const w of ends.filter((_, i) => i % 23 === 0)) {
      const root = page(fileForPath(answersPath(w.answers))!);
      const top = rankOutcomes(w.answers).top;
      expect(root.querySelector('[data-wizard]')!.getAttribute('data-step'), answersPath(w.answers)).toBe(top);
      const reasons = root.querySelectorAll('.wizard-reasons li').map((li) => li.textContent.trim());
      expect(reasons).toEqual(w.answers.map((r) => reasonOf(r.step, r.answer)).filter(Boolean));
    }
  });

  it('every result has its page and is listed for staff on /answers/', () => {
    const listed = page('answers/index.html')
      .querySelectorAll('a.answer-title')
      .map((a) => a.getAttribute('href'));
    for (const r of wizardResults()) {
      expect(fileForPath(r.url), r.url).toBeDefined();
      expect(listed, r.url).toContain(r.url);
    }
  });
});
