/**
 * What a wizard page shows for a snapshot, as plain data. The static pages (Astro) and the
 * in-place enhancement (DOM) both render this, so with and without JavaScript a step reads the
 * same.
 */
import { causeUrl } from '../lib/urls';
import { site } from '../config/site';
import { WIZARD_COPY } from './copy';
import { detectedAnswer } from './detect';
import { explainResult } from './explain';
import { stepUrl } from './path';
import { stepOf, type WizardSnapshot } from './session';
import { INITIAL_STEP, questionMeta, questionsLeft, resultMeta } from './steps';
import type { AnswerRecord } from './types';

export interface AnswerView {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  /** A live check found this answer. */
  readonly detected: boolean;
}

export interface QuestionView {
  readonly kind: 'question';
  readonly step: string;
  /** The heading: the question, or "We detected … Is that right?". */
  readonly heading: string;
  /** The question itself when the heading is a detection, for context. */
  readonly question: string;
  readonly help: string;
  readonly link?: { readonly label: string; readonly href: string };
  /** The summary of the check that detected the answer. */
  readonly detectedBy?: string;
  /** Detected answer first. */
  readonly answers: AnswerView[];
  readonly progress: { readonly text: string; readonly value?: number; readonly max?: number };
  readonly paste: boolean;
}

/** A result as this visitor's answers and checks explain it (the rest is in ./result-view.ts). */
export interface ResultStub {
  readonly kind: 'result';
  readonly step: string;
  readonly title: string;
  /** One sentence per telling answer or supporting check. */
  readonly reasons: string[];
  /** Checks that point to other causes. */
  readonly elsewhere: { readonly text: string; readonly href: string }[];
}

export interface AnsweredView {
  readonly step: string;
  readonly question: string;
  readonly answer: string;
  /** Back to this question with the answers before it. */
  readonly href: string;
}

export interface WizardView {
  readonly step: QuestionView | ResultStub;
  readonly answered: AnsweredView[];
  /** For <title>, before the site name. */
  readonly pageTitle: string;
}


const LINKS = { statusPage: site.statusPageUrl } as const;

function questionView(step: string, answers: readonly AnswerRecord[], snapshot: WizardSnapshot, plain: boolean): QuestionView {
  const meta = questionMeta(step)!;
  const detection = detectedAnswer(meta, snapshot.context.checks);
  const views = meta.answers.map((a) => ({
    id: a.id,
    label: a.label,
    href: plain ? stepUrl(a.next) : stepUrl(a.next, [...answers, { step, answer: a.id }]),
    detected: detection?.rule.answer === a.id,
  }));
  const left = questionsLeft(step);
  // The count is only honest when the answers start at the first question.
  const counted = answers.length ? answers[0]!.step === INITIAL_STEP : step === INITIAL_STEP;
  const n = answers.length + 1;
  const max = answers.length + left;
  return {
    kind: 'question',
    step,
    heading: detection ? WIZARD_COPY.detected(detection.rule.text) : meta.question,
    question: meta.question,
    help: meta.help,
    ...(meta.link ? { link: { label: meta.link.label, href: LINKS[meta.link.to] } } : {}),
    ...(detection ? { detectedBy: detection.result.summary } : {}),
    answers: [...views.filter((v) => v.detected), ...views.filter((v) => !v.detected)],
    progress: counted ? { text: WIZARD_COPY.progressKnown(n, max), value: n - 1, max } : { text: WIZARD_COPY.progressUnknown(left) },
    paste: meta.paste === true,
  };
}

function resultStub(step: string, answers: readonly AnswerRecord[], snapshot: WizardSnapshot): ResultStub {
  const { reasons, elsewhere } = explainResult(step, answers, snapshot.context.checks);
  return {
    kind: 'result',
    step,
    title: resultMeta(step)!.title,
    reasons,
    elsewhere: elsewhere.map((e) => ({ text: e.text, href: causeUrl(e.result) })),
  };
}

/**
 * The view of a snapshot. `plainLinks` (the static pages) makes answers link to the bare URL of
 * the next step: a static page knows nothing of earlier answers, so it carries none.
 */
export function wizardView(snapshot: WizardSnapshot, plainLinks = false): WizardView {
  const step = stepOf(snapshot);
  const { answers } = snapshot.context;
  const answered: AnsweredView[] = [];
  answers.forEach((record, i) => {
    const meta = questionMeta(record.step);
    const chosen = meta?.answers.find((a) => a.id === record.answer);
    if (meta && chosen) answered.push({ step: record.step, question: meta.question, answer: chosen.label, href: stepUrl(record.step, answers.slice(0, i)) });
  });
  const view = resultMeta(step) ? resultStub(step, answers, snapshot) : questionView(step, answers, snapshot, plainLinks);
  const pageTitle =
    view.kind === 'result' ? `${WIZARD_COPY.resultLead}: ${view.title}` : step === INITIAL_STEP ? WIZARD_COPY.heading : view.question;
  return { step: view, answered, pageTitle };
}
