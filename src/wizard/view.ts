/**
 * What a wizard page shows for a snapshot, as plain data. The static pages (Astro) and the
 * in-place enhancement (DOM) both render this, so with and without JavaScript a step reads the
 * same. A result's words are in ./result-view.ts, loaded only when a result is reached.
 */
import { site } from '../config/site';
import { WIZARD_COPY } from './copy';
import { uiCopy, type UiCopy } from '../i18n/wizard/fill';
import type { PageWords } from '../i18n/wizard/en';
import { localeOf, localHref, questionText } from './lang';
import { detectedAnswer } from './rank';
import { stepUrl } from './path';
import { stepOf, type WizardSnapshot } from './session';
import { INITIAL_STEP, questionMeta, questionsLeft, resultMeta } from './steps';
import type { AnswerRecord } from './types';

interface AnswerView {
  readonly id: string;
  readonly label: string;
  readonly href: string;
}

export interface QuestionView {
  readonly kind: 'question';
  readonly step: string;
  /** The heading: the question, or "We found that … Is that right?". */
  readonly heading: string;
  /** The question itself when the heading is a confirmation, for context. */
  readonly question: string;
  readonly help?: string;
  readonly link?: { readonly label: string; readonly href: string };
  /** What the live check that settled this question found, in its words. */
  readonly found?: string;
  /** The answers; for a confirmation, "Yes, that's right" and "No, that's wrong". */
  readonly answers: AnswerView[];
  readonly progress: { readonly text: string; readonly value?: number; readonly max?: number };
  readonly paste: boolean;
}

/** A result: its words load with the result (./result-view.ts), so the view only names it. */
interface ResultStep {
  readonly kind: 'result';
  readonly step: string;
}

interface AnsweredView {
  readonly step: string;
  readonly question: string;
  readonly answer: string;
  /** Back to this question with the answers before it. */
  readonly href: string;
}

export interface WizardView {
  readonly step: QuestionView | ResultStep;
  readonly answered: AnsweredView[];
  /** For <title>, before the site name (a result's comes with its words: ./result-view.ts). */
  readonly pageTitle?: string;
}

const LINKS = { statusPage: site.statusPageUrl } as const;

/** The words around the questions in the page's language. */
export const uiOf = (words?: Pick<PageWords, 'ui'>): UiCopy => (words ? uiCopy(words.ui) : WIZARD_COPY);

function questionView(step: string, answers: readonly AnswerRecord[], snapshot: WizardSnapshot, words?: PageWords): QuestionView {
  const meta = questionMeta(step)!;
  const text = questionText(step, words)!;
  const ui = uiOf(words);
  const locale = localeOf(words);
  const detection = detectedAnswer(meta, snapshot.context.checks);
  const link = (id: string, label: string): AnswerView => ({
    id,
    label,
    href: localHref(locale, stepUrl(step, [...answers, { step, answer: id }])),
  });
  const left = questionsLeft(step, answers);
  // The count is only honest when the answers start at the first question.
  const counted = answers.length ? answers[0]!.step === INITIAL_STEP : step === INITIAL_STEP;
  const n = answers.length + 1;
  const max = answers.length + left;
  return {
    kind: 'question',
    step,
    heading: detection ? ui.confirm(text.detect(detection.rule)) : text.question,
    question: text.question,
    ...(text.help ? { help: text.help } : {}),
    ...(meta.link ? { link: { label: text.link ?? '', href: LINKS[meta.link.to] } } : {}),
    ...(detection ? { found: detection.result.summary } : {}),
    answers: detection
      ? [link(detection.rule.answer, ui.yesRight), link(detection.rule.otherwise, ui.noWrong)]
      : meta.answers.map((a) => link(a.id, text.answer(a.id))),
    progress: counted ? { text: ui.progressKnown(n, max), value: n - 1, max } : { text: ui.progressUnknown(left) },
    paste: meta.paste === true && !detection,
  };
}

/** The answers so far in words, each with a link back to its question. */
function answeredViews(answers: readonly AnswerRecord[], words?: PageWords): AnsweredView[] {
  const out: AnsweredView[] = [];
  answers.forEach((record, i) => {
    const text = questionText(record.step, words);
    const chosen = questionMeta(record.step)?.answers.find((a) => a.id === record.answer);
    if (text && chosen)
      out.push({
        step: record.step,
        question: text.question,
        answer: text.answer(chosen.id),
        href: localHref(localeOf(words), stepUrl(record.step, answers.slice(0, i))),
      });
  });
  return out;
}

/** `words`: a translation's (src/i18n/wizard/); English without. */
export function wizardView(snapshot: WizardSnapshot, words?: PageWords): WizardView {
  const step = stepOf(snapshot);
  const { answers } = snapshot.context;
  const result = resultMeta(step);
  if (result) return { step: { kind: 'result', step }, answered: answeredViews(answers, words) };
  const view = questionView(step, answers, snapshot, words);
  return {
    step: view,
    answered: answeredViews(answers, words),
    pageTitle: step === INITIAL_STEP && !answers.length ? uiOf(words).heading : view.question,
  };
}
