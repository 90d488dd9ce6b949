/**
 * Walking the wizard with the people in test/fixtures/wizard-stories.ts: every combination of each
 * person's honest answers, through the real machine, with the live findings their browser would
 * give the wizard. Shared by the Node table (every combination) and the Chromium walks (main paths).
 */
import { CHECK_INFO, type CheckId } from '../../src/config/checks';
import type { CheckResult, CheckStatus } from '../../src/checks/types';
import { detectedAnswer, rankOutcomes } from '../../src/wizard/rank';
import { answer, startAt, stepOf, withCheck, type WizardSnapshot } from '../../src/wizard/session';
import { INITIAL_STEP, questionMeta } from '../../src/wizard/steps';
import type { AnswerRecord, CheckResults, QuestionMeta } from '../../src/wizard/types';
import type { WizardStory } from '../fixtures/wizard-stories';

/**
 * The findings the wizard would really have: the checks it runs itself, plus the ones /check/
 * saved for someone who ran it earlier.
 */
export function wizardFindings(story: WizardStory): CheckResults {
  const out: CheckResults = {};
  for (const [id, status] of Object.entries(story.findings ?? {}) as [CheckId, CheckStatus][]) {
    if (!('live' in CHECK_INFO[id].inWizard) && !story.ranCheckPage) continue;
    out[id] = {
      id,
      status,
      summary: `${CHECK_INFO[id].label}: ${status} (story).`,
      detail: 'From the story.',
      causes: [...CHECK_INFO[id].causes],
    } satisfies CheckResult;
  }
  return out;
}

/**
 * The answers a person can give as the question is really shown. A question a finding settled is a
 * confirmation with two buttons: someone whose honest answer is the finding's, or who is not sure,
 * says "Yes, that's right"; someone with any other answer says "No, that's wrong".
 */
function asAsked(meta: QuestionMeta, honest: readonly string[], checks: CheckResults): string[] {
  const detection = detectedAnswer(meta, checks);
  if (!detection) return [...honest];
  const { answer: yes, otherwise: no } = detection.rule;
  const out = new Set<string>();
  for (const id of honest) out.add(id === yes || id === 'not-sure' ? yes : no);
  return [...out];
}

export interface StoryWalk {
  readonly answers: readonly AnswerRecord[];
  /** The result shown. */
  readonly result: string;
  /** The outcomes the result page lists, best first (the result, then "also possible"). */
  readonly listed: readonly string[];
}

/** Every path this person could take with their own honest answers. Throws when they reach a question they have no answer for. */
export function walkStory(story: WizardStory, checks: CheckResults = wizardFindings(story)): StoryWalk[] {
  const out: StoryWalk[] = [];
  const visit = (snapshot: WizardSnapshot): void => {
    const step = stepOf(snapshot);
    const meta = questionMeta(step);
    if (!meta) {
      const { answers } = snapshot.context;
      out.push({ answers, result: step, listed: rankOutcomes(answers, checks).candidates.map((c) => c.id) });
      return;
    }
    const honest = story.answers[step];
    if (!honest?.length) throw new Error(`story ${story.id} has no answer for question “${step}”`);
    for (const id of asAsked(meta, honest, snapshot.context.checks)) {
      const next = answer(snapshot, id);
      if (!next) throw new Error(`story ${story.id}: “${id}” is not an answer to “${step}”`);
      visit(next);
    }
  };
  let start = startAt(INITIAL_STEP);
  for (const result of Object.values(checks)) start = withCheck(start, result!);
  visit(start);
  return out;
}

/** The story's main path: its first answer at every question. */
export const mainPath = (story: WizardStory): StoryWalk =>
  walkStory({ ...story, answers: Object.fromEntries(Object.entries(story.answers).map(([q, a]) => [q, a.slice(0, 1)])) })[0]!;

export const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(0)} %`;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export const isRight = (story: WizardStory, outcome: string): boolean => outcome === story.cause || outcome === story.alsoTrue;
