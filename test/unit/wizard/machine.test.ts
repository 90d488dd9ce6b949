/**
 * Model-based tests of the wizard machine with @xstate/graph: the tree is explored from the machine
 * itself (every answer of every question, states told apart by the answers that led there), and
 * each path found is then walked through the code the pages use (answers → URL → restored
 * snapshot → view).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TestModel, getShortestPaths } from '@xstate/graph';
import type { EventFromLogic, SnapshotFrom } from 'xstate';
import { CAUSE_SLUGS } from '../../../src/config/causes';
import { OTHER_TOPICS } from '../../../src/config/other-topics';
import { RANK, wizardMachine } from '../../../src/wizard/machine';
import { answersFromPath, stepUrl } from '../../../src/wizard/path';
import { answer, restoreUrl, startAt, stepOf, type WizardSnapshot } from '../../../src/wizard/session';
import {
  INITIAL_STEP,
  QUESTION_IDS,
  RESULT_IDS,
  questionMeta,
  questionsLeft,
  resultMeta,
  stepFromPath,
  stepPath,
} from '../../../src/wizard/steps';
import { wizardView } from '../../../src/wizard/view';
import { resultView } from '../../../src/wizard/result-view';
import { reasonOf } from '../../../src/wizard/reasons';
import { walkFrom } from '../../../src/wizard/walk';

type Snap = SnapshotFrom<typeof wizardMachine>;
type Ev = EventFromLogic<typeof wizardMachine>;

/** The longest walk allowed from the first question to a result, in answers. */
const MAX_ANSWERS = 8;

/** Every answer the current question offers (results offer none). */
const answerEvents = (s: Snap): Ev[] => (questionMeta(String(s.value))?.answers ?? []).map((a) => ({ type: 'ANSWER', answer: a.id }) as Ev);
/** Routes depend on earlier answers, so a state is where it is plus how it got there. */
const byPath = (s: Snap): string => `${String(s.value)} ${JSON.stringify(s.context.answers)}`;
const options = { events: answerEvents, serializeState: byPath };
const valueOf = (s: Snap): string => String(s.value);

const ALL_STATES = Object.keys(wizardMachine.states);
/** Every complete path (first question to a result), explored once for all the tests below. */
const model = new TestModel(wizardMachine, { ...options, stateMatcher: (_s, key) => key === '*' });
const complete = model.getSimplePaths();
const anchors = JSON.parse(readFileSync(new URL('../../../content/anchors.json', import.meta.url), 'utf8')) as Record<string, string[]>;

describe('the wizard machine as a graph', () => {
  it('has only questions, results and the passing ranking step, and every question and outcome is reachable by answers alone', () => {
    expect([...QUESTION_IDS, ...RESULT_IDS, RANK].sort()).toEqual([...ALL_STATES].sort());
    const reached = new Set(getShortestPaths(wizardMachine, options).map((p) => valueOf(p.state)));
    expect(reached.has(RANK), 'the ranking step is never rested in').toBe(false);
    expect([...reached].sort()).toEqual([...QUESTION_IDS, ...RESULT_IDS].sort());
  });

  it('reaches every cause of the contract, every “not a sign-in problem” topic and “unclear”', () => {
    expect([...RESULT_IDS].sort()).toEqual([...CAUSE_SLUGS, ...OTHER_TOPICS, 'unclear'].sort());
  });

  it('never asks a question twice on one path, and ends every path on a result within a bounded number of answers', () => {
    for (const p of complete) {
      expect(resultMeta(valueOf(p.state)), p.description).toBeDefined();
      const asked = p.steps.slice(0, -1).map((s) => valueOf(s.state));
      expect(new Set(asked).size, `a question repeats: ${asked.join(' → ')}`).toBe(asked.length);
    }
    const answersIn = (p: (typeof complete)[number]): number => p.steps.filter((s) => s.event.type === 'ANSWER').length;
    const longest = Math.max(...complete.map(answersIn));
    expect(longest).toBeLessThanOrEqual(MAX_ANSWERS);
    expect(questionsLeft(INITIAL_STEP)).toBe(longest);
    // The same paths the static pages are generated from.
    expect(walkFrom(INITIAL_STEP).filter((w) => w.next === RANK)).toHaveLength(complete.length);
    console.log(
      `wizard: ${QUESTION_IDS.length} questions, ${RESULT_IDS.length} outcomes, ${complete.length} complete paths, longest ${longest} answers`,
    );
  });

  it('makes every cause a result that links to its article’s “Fix it now” section, and topics to their pages', () => {
    for (const id of RESULT_IDS) {
      const meta = resultMeta(id)!;
      const view = resultView(id);
      if (meta.cause) {
        expect(view.fixHref).toBe(`/causes/${meta.cause}/#fix-it-now`);
        expect(anchors[`/causes/${meta.cause}/`], meta.cause).toContain('fix-it-now');
      } else if (meta.topic) expect(view.fixHref).toBe(`/other/${meta.topic}/`);
      else expect(view.fixHref).toBe('/check/');
    }
  });

  it('gives every state without answers its own static URL that maps back to it', () => {
    for (const id of [...QUESTION_IDS, ...RESULT_IDS]) expect(stepFromPath(stepPath(id)), id).toBe(id);
    expect(stepPath(INITIAL_STEP)).toBe('/diagnose/');
    expect(ALL_STATES).not.toContain('result'); // would collide with /diagnose/result/
  });
});

describe('every path, walked through the code the pages use', () => {
  const paths = complete;
  const name = (p: (typeof paths)[number]): string =>
    `${p.steps
      .slice(1)
      .map((s, i) => `${valueOf(p.steps[i]!.state)}=${(s.event as unknown as { answer: string }).answer}`)
      .join(' ')} ⇒ ${valueOf(p.state)}`;

  it.each(paths.map((p) => [name(p), p] as const))('%s', async (_name, path) => {
    let sut: WizardSnapshot = startAt();
    await path.test({
      events: {
        ANSWER: ({ event }) => {
          const next = answer(sut, (event as unknown as { answer: string }).answer);
          expect(next).toBeDefined();
          sut = next!;
        },
      },
      states: {
        '*': (state) => {
          const id = valueOf(state);
          expect(stepOf(sut)).toBe(id);
          // A link to this point restores exactly this point.
          const url = stepUrl(id, sut.context.answers);
          const restored = restoreUrl(url, '');
          expect(restored.ok && stepOf(restored.snapshot)).toBe(id);
          expect(restored.ok && restored.snapshot.context.answers).toEqual(sut.context.answers);
          const view = wizardView(sut);
          expect(view.answered.map((a) => a.step)).toEqual(sut.context.answers.map((a) => a.step));
          if (view.step.kind === 'question') {
            expect(view.step.heading).toBe(questionMeta(id)!.question);
            // Each answer links to the page of the answers so far plus this one.
            for (const a of view.step.answers)
              expect(answersFromPath(a.href)).toEqual([...sut.context.answers, { step: id, answer: a.id }]);
          } else {
            // The page's reasons are this path's own answers, in words.
            const answers = sut.context.answers;
            expect(resultView(id, answers).reasons).toEqual(answers.map((r) => reasonOf(r.step, r.answer)).filter(Boolean));
          }
        },
      },
    });
  });
});
