/**
 * The wizard's static pages in Spanish and Japanese, read in Node: every page English has exists
 * under /<locale>/ with the same ids, in that language (its words are its table's, never the
 * English ones), with `<html lang>`, hreflang alternates to the same path in every language, links
 * that stay in the language, the page's words block for the browser, and /<locale>/report/words.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileForPath, page } from '../helpers/dist';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/config/locales';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { localizedPath } from '../../src/common/locale-path';
import { wizardTable } from '../../src/i18n/wizard';
import { WIZARD_WORDS_ID } from '../../src/i18n/wizard/en';
import { questionText } from '../../src/wizard/lang';
import { QUESTION_IDS, RESULT_IDS, questionMeta, resultMeta, stepPath } from '../../src/wizard/steps';
import { answerPages } from '../../src/wizard/walk';
import { replay, stepOf } from '../../src/wizard/session';
import { answersPath } from '../../src/wizard/path';
import { reasonOf } from '../../src/wizard/reasons';

/** A cause's name in a language: its article's front-matter label, read from the content itself. */
function causeLabel(locale: Locale, slug: string): string {
  const file = join(process.cwd(), 'content', ...(locale === 'en' ? [] : [locale]), 'causes', `${slug}.mdx`);
  return /^label: *"?(.+?)"?$/m.exec(readFileSync(file, 'utf8'))![1]!;
}

/** An outcome's name in a language: its article's label, or the table's title. */
function outcomeName(locale: Locale, id: string): string {
  const cause = resultMeta(id)!.cause;
  return cause ? causeLabel(locale, cause) : (wizardTable(locale).outcomes as Readonly<Record<string, { title?: string }>>)[id]!.title!;
}

const heading = (file: string) => page(file).querySelector('#wizard-heading')?.textContent.trim();
const fileAt = (path: string): string => {
  const file = fileForPath(path);
  if (!file) throw new Error(`no page at ${path}`);
  return file;
};

describe.each(TRANSLATED_LOCALES)('the wizard in %s', (locale) => {
  const table = wizardTable(locale);
  const at = (path: string) => localizedPath(locale, path);

  it.each(QUESTION_IDS)(`question %s: asked in ${locale}, its answers link to the next page in ${locale}`, (id) => {
    const file = fileAt(at(stepPath(id)));
    const root = page(file);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(locale);
    expect(heading(file)).toBe(questionText(id, table)!.question);
    expect(heading(file)).not.toBe(questionMeta(id)!.question);
    const links = root.querySelectorAll('.wizard-answers a').map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    expect(links).toEqual(
      questionMeta(id)!.answers.map((a) => [questionText(id, table)!.answer(a.id), at(answersPath([{ step: id, answer: a.id }]))]),
    );
    for (const [, href] of links) expect(fileForPath(href!), href!).toBeDefined();
    expect(root.querySelector('[data-restart]')?.getAttribute('href')).toBe(at('/diagnose/'));
  });

  it.each(RESULT_IDS)(`result %s: named and explained in ${locale}, its fix in ${locale}`, (id) => {
    const file = fileAt(at(stepPath(id)));
    expect(heading(file)).toMatch(new RegExp(`: ${outcomeName(locale, id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const root = page(file);
    const summary = (table.outcomes as Readonly<Record<string, { summary: string }>>)[id]!.summary;
    expect(root.querySelector('.wizard-result .lede')?.textContent.trim()).toBe(summary);
    const { cause, topic } = resultMeta(id)!;
    const hrefs = root.querySelectorAll('.wizard-result a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(cause ? at(`/causes/${cause}/#fix-it-now`) : topic ? at(`/other/${topic}/`) : at('/check/'));
    expect(root.querySelectorAll('.wizard-result h3').map((h) => h.textContent.trim())).toContain(table.result.why);
  });

  it('every answer path English has is a page here too, in this language, with this language’s reasons', () => {
    const pages = answerPages();
    expect(pages.length).toBeGreaterThan(1000);
    for (const { answers } of pages) {
      const file = fileAt(at(answersPath(answers)));
      const root = page(file);
      const replayed = replay(answers);
      if (!replayed.ok) throw new Error(replayed.problem);
      const step = stepOf(replayed.snapshot);
      expect(root.querySelector('[data-wizard]')?.getAttribute('data-step'), file).toBe(step);
      // What was answered, in this language.
      expect(
        root.querySelectorAll('.wizard-answered .wizard-a').map((a) => a.textContent.trim()),
        file,
      ).toEqual(answers.map((r) => questionText(r.step, table)!.answer(r.answer)));
      if (questionMeta(step)) {
        const confirm = root.querySelector('#wizard-heading')!.textContent.trim();
        expect(confirm, file).toBe(questionText(step, table)!.question);
      } else {
        const reasons = root.querySelectorAll('.wizard-reasons li').map((li) => li.textContent.trim());
        const mine = table.reasons as Readonly<Record<string, string>>;
        expect(reasons, file).toEqual(answers.filter((r) => reasonOf(r.step, r.answer)).map((r) => mine[`${r.step}=${r.answer}`]));
      }
    }
  });

  it('every wizard page links its counterparts at the same path in every language, and tells the browser its words', () => {
    for (const path of [at('/diagnose/'), at(stepPath('when')), at(stepPath('clock-skew')), at(answersPath(answerPages()[5]!.answers))]) {
      const root = page(fileAt(path));
      const english = path.slice(locale.length + 1);
      const alternates = Object.fromEntries(
        root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
      expect(alternates).toEqual({ ...Object.fromEntries(LOCALES.map((l) => [l, localizedPath(l, english)])), 'x-default': english });
      for (const other of LOCALES) expect(fileForPath(localizedPath(other, english)), `${other} ${english}`).toBeDefined();
      const words = JSON.parse(root.querySelector(`#${WIZARD_WORDS_ID}`)!.textContent) as {
        locale: string;
        questions: unknown;
        causes: Record<string, string>;
      };
      expect(words.locale).toBe(locale);
      expect(words.questions).toEqual(table.questions);
      expect(words.causes).toEqual(Object.fromEntries(CAUSE_SLUGS.map((s) => [s, causeLabel(locale, s)])));
    }
  });

  it(`/${locale}/report/words.json names questions, answers and results in ${locale}, in the shape of /report/words.json`, () => {
    const read = (path: string) =>
      JSON.parse(readFileSync(join(DIST, path), 'utf8')) as Record<'questions' | 'answers' | 'results', Record<string, string>>;
    const english = read('report/words.json');
    const mine = read(`${locale}/report/words.json`);
    for (const part of ['questions', 'answers', 'results'] as const)
      expect(Object.keys(mine[part]).sort()).toEqual(Object.keys(english[part]).sort());
    for (const id of QUESTION_IDS) expect(mine.questions[id]).toBe(questionText(id, table)!.question);
    for (const id of RESULT_IDS) expect(mine.results[id]).toBe(outcomeName(locale, id));
    expect(mine.answers['where:computer']).toBe(questionText('where', table)!.answer('computer'));
  });
});

it('the English wizard pages carry their words in the same block, and name the same outcomes as before', () => {
  const root = page(fileAt('/diagnose/'));
  const words = JSON.parse(root.querySelector(`#${WIZARD_WORDS_ID}`)!.textContent) as { locale: string; questions: unknown };
  expect(words.locale).toBe('en');
  expect(words.questions).toEqual(wizardTable('en').questions);
  for (const id of RESULT_IDS)
    expect(heading(fileAt(stepPath(id)))).toMatch(new RegExp(`: ${outcomeName('en', id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});
