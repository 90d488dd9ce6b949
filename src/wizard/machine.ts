/**
 * The diagnosis wizard: one XState machine, generated from the tree in ./tree.ts, and the single
 * source of truth for the static pages and the enhanced wizard alike.
 *
 * Every question is a state whose `meta` holds its words and answers; an answer's transitions are
 * generated from its routes, so the answer list and the arrows cannot disagree. Which question
 * comes next depends only on the answers, never on a live check, so a shared link walks the same
 * questions in every browser. When the questions are done the machine passes through `rank`,
 * which moves to the outcome with the most evidence from the answers and the live checks
 * (./rank.ts); a check result arriving on a result page ranks again.
 */
import { assign, setup } from 'xstate';
import { detections, questionData, rankOutcomes } from './rank';
import { INITIAL_STEP, QUESTIONS, RANK, RESULTS } from './tree';
import type { AnswerRecord, Facts, QuestionData, Route, WizardContext, WizardEvent } from './types';

export { INITIAL_STEP, RANK };

export const factsOf = (answers: readonly AnswerRecord[]): Facts => Object.fromEntries(answers.map((a) => [a.step, a.answer]));

/** Whether a route applies, given the answers so far. */
export const routeApplies = (route: Route, facts: Facts): boolean =>
  Object.entries(route.if ?? {}).every(([step, allowed]) => facts[step] !== undefined && allowed.includes(facts[step]));

/** The routes of an answer (a plain `next` is one route without a condition). */
export const routesOf = (next: string | readonly Route[]): readonly Route[] => (typeof next === 'string' ? [{ go: next }] : next);

const wizard = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    meta: {} as import('./types').StepMeta,
  },
  guards: {
    chose: ({ event, context }, params: { answer: string; route: Route }) =>
      event.type === 'ANSWER' && event.answer === params.answer && routeApplies(params.route, factsOf(context.answers)),
    ranksFirst: ({ context }, params: { outcome: string }) => rankOutcomes(context.answers, context.checks).top === params.outcome,
    answered: ({ context }) => context.answers.length > 0,
  },
  actions: {
    record: assign({
      answers: ({ context }, params: { step: string; answer: string }) => {
        // Which findings the question was asked about, for "Yes, that's right" / "No, that's wrong".
        const meta = questionData(params.step);
        const asked = meta ? detections(meta, context.checks).map((d) => d.rule.check) : [];
        return [...context.answers, asked.length ? { ...params, asked } : params];
      },
    }),
    keepCheck: assign({
      checks: ({ context, event }) =>
        event.type === 'CHECK.RESULT' ? { ...context.checks, [event.result.id]: event.result } : context.checks,
    }),
    forget: assign({ answers: () => [] }),
  },
});

/** A question state: its meta, and one guarded `ANSWER` transition per answer and route. */
function ask(step: string, data: QuestionData) {
  return wizard.createStateConfig({
    meta: { kind: 'question', ...data },
    on: {
      ANSWER: data.answers.flatMap((a) =>
        routesOf(a.next).map((route) => ({
          target: route.go,
          guard: { type: 'chose' as const, params: { answer: a.id, route } },
          actions: { type: 'record' as const, params: { step, answer: a.id } },
        })),
      ),
    },
  });
}

const RESULT_IDS = Object.keys(RESULTS) as (keyof typeof RESULTS)[];

export const wizardMachine = wizard.createMachine({
  id: 'wizard',
  initial: INITIAL_STEP,
  context: { answers: [], checks: {} },
  on: {
    'CHECK.RESULT': { actions: 'keepCheck' },
    RESTART: { target: `.${INITIAL_STEP}`, actions: 'forget' },
  },
  states: {
    ...Object.fromEntries(Object.entries(QUESTIONS as Record<string, QuestionData>).map(([id, data]) => [id, ask(id, data)])),
    // Passed through, never rested in: the outcome with the most evidence.
    [RANK]: {
      always: RESULT_IDS.map((outcome) => ({ target: outcome, guard: { type: 'ranksFirst' as const, params: { outcome } } })),
    },
    ...Object.fromEntries(
      RESULT_IDS.map((id) => [
        id,
        wizard.createStateConfig({
          meta: { kind: 'result', ...RESULTS[id] },
          tags: ['result'],
          // New evidence may change which outcome leads. An outcome's own page, opened without
          // answers (a link from the staff index), stays what it is.
          on: { 'CHECK.RESULT': [{ target: RANK, guard: 'answered', actions: 'keepCheck' }, { actions: 'keepCheck' }] },
        }),
      ]),
    ),
  },
});
