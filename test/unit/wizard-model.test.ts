/**
 * Model-based tests of the wizard machine with @xstate/graph: the tree is explored from the machine
 * itself (every answer of every question), and each path found is then walked through the code the
 * pages use (answers → URL → restored snapshot → view).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TestModel, getAdjacencyMap, getShortestPaths, getSimplePaths, type AdjacencyMap } from '@xstate/graph';
import type { EventFromLogic, SnapshotFrom } from 'xstate';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { wizardMachine } from '../../src/wizard/machine';
import { stepUrl } from '../../src/wizard/path';
import { answer, restore, startAt, stepOf, type WizardSnapshot } from '../../src/wizard/session';
import { INITIAL_STEP, QUESTION_IDS, RESULT_IDS, questionMeta, questionsLeft, resultMeta, stepFromPath } from '../../src/wizard/steps';
import { wizardView } from '../../src/wizard/view';
import { resultView } from '../../src/wizard/result-view';

type Snap = SnapshotFrom<typeof wizardMachine>;
type Ev = EventFromLogic<typeof wizardMachine>;

/** The longest walk allowed from the first question to a result, in answers. */
const MAX_ANSWERS = 10;

/** Every answer the current question offers (results offer none). */
const answerEvents = (s: Snap): Ev[] =>
  (questionMeta(String(s.value))?.answers ?? []).map((a) => ({ type: 'ANSWER', answer: a.id }) as Ev);
/** States are told apart by where they are, not by the answers that led there. */
const byValue = (s: Snap): string => String(s.value);
const options = { events: answerEvents, serializeState: byValue };

const ALL_STATES = Object.keys(wizardMachine.states);
const anchors = JSON.parse(readFileSync(new URL('../../content/anchors.json', import.meta.url), 'utf8')) as Record<string, string[]>;

describe('the wizard machine as a graph', () => {
  it('has only questions and results, and every one is reachable from the first question', () => {
    expect([...QUESTION_IDS, ...RESULT_IDS].sort()).toEqual([...ALL_STATES].sort());
    const reached = new Set(getShortestPaths(wizardMachine, options).map((p) => byValue(p.state)));
    expect([...reached].sort()).toEqual([...ALL_STATES].sort());
  });

  it('has no dead ends: every question leads on, only results stop, and there are no loops', () => {
    const adjacency: AdjacencyMap<Snap, Ev> = getAdjacencyMap(wizardMachine, options);
    const next = new Map<string, string[]>();
    for (const [key, { transitions }] of Object.entries(adjacency)) {
      // Keys are branded strings, which Object.values cannot see through.
      next.set(key, (Object.values(transitions) as { state: Snap }[]).map((t) => byValue(t.state)));
    }
    for (const [state, targets] of next) {
      if (resultMeta(state)) expect(targets, state).toEqual([]);
      else {
        expect(targets.length, `${state} has answers`).toBeGreaterThan(0);
        expect(targets, `${state} never stays put`).not.toContain(state);
      }
    }
    // Depth-first search for a cycle.
    const done = new Set<string>();
    const visit = (state: string, trail: string[]): void => {
      expect(trail, `loop through ${state}`).not.toContain(state);
      if (done.has(state)) return;
      for (const t of next.get(state) ?? []) visit(t, [...trail, state]);
      done.add(state);
    };
    visit(INITIAL_STEP, []);
  });

  it('ends every path in a result within a bounded number of answers', () => {
    const paths = getSimplePaths(wizardMachine, options).filter((p) => resultMeta(byValue(p.state)));
    const model = new TestModel(wizardMachine, { ...options, stateMatcher: (_s, key) => key === '*' });
    const complete = model.getSimplePaths(); // Maximal paths only: prefixes are dropped.
    expect(complete.length).toBe(paths.length);
    for (const p of complete) expect(resultMeta(byValue(p.state)), p.description).toBeDefined();
    // Steps start with the machine's own init step; count the answers.
    const answersIn = (p: (typeof complete)[number]): number => p.steps.filter((s) => s.event.type === 'ANSWER').length;
    const longest = Math.max(...complete.map(answersIn));
    expect(longest).toBeLessThanOrEqual(MAX_ANSWERS);
    expect(questionsLeft(INITIAL_STEP)).toBe(longest);
    const perResult = new Map<string, number>();
    for (const p of complete) perResult.set(byValue(p.state), (perResult.get(byValue(p.state)) ?? 0) + 1);
    expect([...perResult.keys()].sort()).toEqual([...RESULT_IDS].sort());
    console.log(
      `wizard model: ${ALL_STATES.length} states (${QUESTION_IDS.length} questions, ${RESULT_IDS.length} results), ` +
        `${complete.length} paths from the first question to a result, longest ${longest} answers`,
    );
  });

  it('makes every cause a result that links to its article’s “Fix it now” section', () => {
    for (const slug of CAUSE_SLUGS) {
      expect(resultMeta(slug)?.cause, slug).toBe(slug);
      expect(resultView(slug).fixHref).toBe(`/causes/${slug}/#fix-it-now`);
      expect(anchors[`/causes/${slug}/`], `published anchors of ${slug}`).toContain('fix-it-now');
    }
    for (const id of RESULT_IDS) {
      const cause = resultMeta(id)!.cause;
      if (cause) expect(CAUSE_SLUGS).toContain(cause);
      for (const n of resultView(id).next) expect(n.href).toMatch(/^\/causes\/[a-z-]+\/$|^\/diagnose\/result\/[a-z-]+\/$/);
    }
  });

  it('gives every state its own static URL that maps back to it', () => {
    for (const id of ALL_STATES) expect(stepFromPath(stepUrl(id)), id).toBe(id);
    expect(stepUrl(INITIAL_STEP)).toBe('/diagnose/');
    expect(ALL_STATES).not.toContain('result'); // would collide with /diagnose/result/
  });
});

describe('every path, walked through the code the pages use', () => {
  const model = new TestModel(wizardMachine, { ...options, stateMatcher: (_s, key) => key === '*' });
  const paths = model.getSimplePaths();

  /** A path as it would appear in a URL: `message:other → when:away → … ⇒ result`. */
  const name = (p: (typeof paths)[number]): string => {
    const hops = p.steps.slice(1).map((s, i) => `${byValue(p.steps[i]!.state)}:${(s.event as unknown as { answer: string }).answer}`);
    return `${hops.join(' → ')} ⇒ ${byValue(p.state)}`;
  };

  it.each(paths.map((p) => [name(p), p] as const))('%s', async (_name, path) => {
    let sut: WizardSnapshot = startAt();
    await path.test({
      events: {
        ANSWER: ({ event }) => {
          // The executor's event type keeps only `type`; the step carries the whole ANSWER event.
          const next = answer(sut, (event as unknown as { answer: string }).answer);
          expect(next).toBeDefined();
          sut = next!;
        },
      },
      states: {
        '*': (state) => {
          const id = byValue(state);
          expect(stepOf(sut)).toBe(id);
          // A link to this point restores exactly this point.
          const url = new URL(stepUrl(id, sut.context.answers), 'https://help.example');
          expect(stepFromPath(url.pathname)).toBe(id);
          const restored = restore(id, url.search);
          expect(restored.ok && stepOf(restored.snapshot)).toBe(id);
          expect(restored.ok && restored.snapshot.context.answers).toEqual(sut.context.answers);
          // The page shows the answers so far and this step.
          const view = wizardView(sut);
          expect(view.answered.map((a) => a.step)).toEqual(sut.context.answers.map((a) => a.step));
          if (view.step.kind === 'question') {
            expect(view.step.heading).toBe(questionMeta(id)!.question);
            for (const a of view.step.answers) expect(stepFromPath(a.href.split('?')[0]!)).toBe(questionMeta(id)!.answers.find((x) => x.id === a.id)!.next);
          } else expect(view.step.title).toBe(resultMeta(id)!.title);
        },
      },
    });
  });
});
