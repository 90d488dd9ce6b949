/**
 * The tree validator: the real tree passes, and deliberately broken copies fail with messages that
 * name the step and the answer, every problem at once. The build runs the same entry
 * (src/build/wizard-tree-check.ts, an Astro integration in astro.config.mjs).
 */
import { describe, expect, it } from 'vitest';
import { checkWizardTree, wizardTree } from '../../../src/build/wizard-tree-check';
import { CHECK_IDS } from '../../../src/config/check-rules';
import type { QuestionData, Route, Weights } from '../../../src/wizard/types';
import { validateTree, type TreeInput } from '../../../src/wizard/validate';

type Answer = QuestionData['answers'][number];

/** A deep, writable copy of the real tree to break. */
function copy(): TreeInput & { questions: Record<string, QuestionData> } {
  const tree = wizardTree();
  return { ...tree, questions: structuredClone(tree.questions) as Record<string, QuestionData> };
}

/** Replace one answer of one question in a copy. */
function withAnswer(tree: TreeInput, step: string, answer: string, change: (a: Answer) => Answer): TreeInput {
  const q = tree.questions[step]!;
  const answers = q.answers.map((a) => (a.id === answer ? change(a) : a));
  return { ...tree, questions: { ...tree.questions, [step]: { ...q, answers } } };
}

const known = (tree: TreeInput): string => [...Object.keys(tree.questions), tree.rank].map((id) => `"${id}"`).join(', ');

describe('the wizard tree validator', () => {
  it('finds nothing wrong with the tree as it is (the build runs the same check)', () => {
    expect(validateTree(wizardTree())).toEqual([]);
    expect(() => checkWizardTree()).not.toThrow();
  });

  it('names the step and the answer of a `next` that is not a question, with the known ones', () => {
    const tree = withAnswer(copy(), 'when', 'away', (a) => ({ ...a, next: 'fo' }));
    const problems = validateTree(tree);
    expect(problems).toContain(`wizard step "when", answer "away": next "fo" is not a question (known: ${known(tree)})`);
    // The question it used to lead to is now unreachable: reported too, in the same run.
    expect(problems).toContain('wizard step "away-what": never reached from "where"');
  });

  it('checks routes: their targets, the questions and answers their conditions name, and a last route without a condition', () => {
    const routes: Route[] = [
      { if: { where: ['app', 'moon'] }, go: 'app-when' },
      { if: { nowhere: ['x'] }, go: 'tool-browser' },
      { if: { where: ['tool'] }, go: 'gone' },
    ];
    const problems = validateTree(withAnswer(copy(), 'message', 'session-expired', (a) => ({ ...a, next: routes })));
    const at = 'wizard step "message", answer "session-expired"';
    expect(problems).toEqual(
      expect.arrayContaining([
        `${at}: a route to "app-when" needs "where" = "moon", which is not an answer of "where" (known: "computer", "phone", "app", "tool")`,
        `${at}: a route to "tool-browser" depends on "nowhere", which is not a question`,
        `${at}: next "gone" is not a question (known: ${known(copy())})`,
        `${at}: the last route of next has a condition, so some answers lead nowhere`,
      ]),
    );
  });

  it('checks ids: URL-safe, answers unique per question, no question named like an outcome or a reserved word', () => {
    const tree = copy();
    const where = tree.questions.where!;
    tree.questions.where = {
      ...where,
      answers: [...where.answers, { ...where.answers[0]!, id: 'computer' }, { ...where.answers[1]!, id: 'Phone Two' }],
    };
    tree.questions['Bad_Id'] = { question: 'Is this ever asked?', answers: [{ id: 'yes', label: 'Yes', next: 'rank', weights: {} }] };
    tree.questions.result = tree.questions['Bad_Id'];
    tree.questions.unclear = tree.questions['Bad_Id'];
    const problems = validateTree(tree);
    expect(problems).toEqual(
      expect.arrayContaining([
        'wizard step "where", answer "computer": the answer id is used twice in this question',
        'wizard step "where", answer "Phone Two": the id must be lower-case letters, digits and single hyphens (it is in URLs)',
        'wizard step "Bad_Id": the id must be lower-case letters, digits and single hyphens (it is in URLs)',
        'wizard step "result": the id "result" is reserved',
        'wizard step "unclear": the id is also an outcome\'s (each state needs its own)',
        'wizard step "Bad_Id": never reached from "where"',
      ]),
    );
  });

  it('checks weights and findings name real outcomes and checks, and that a weighing answer has a reason', () => {
    let tree = withAnswer(copy(), 'away-what', 'stayed', (a) => ({ ...a, weights: { ...a.weights, 'idle-too-long': 2 } }));
    tree = withAnswer(tree, 'away-what', 'not-sure', (a) => ({ ...a, weights: { 'inactivity-timeout': 1 } }));
    tree = {
      ...tree,
      findings: {
        ...tree.findings,
        clock: { problem: { 'clock-skwe': 5 } as Weights },
        network: { ok: { 'network-changes': 1 } },
        radar: { problem: { 'clock-skew': 1 } },
      },
    };
    tree = {
      ...tree,
      questions: {
        ...tree.questions,
        clock: {
          ...tree.questions.clock!,
          detect: [{ check: 'clock', statuses: ['problem'], answer: 'late', otherwise: 'right', text: 'x' }],
        },
      },
    };
    const problems = validateTree(tree);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^wizard step "away-what", answer "stayed": weighs for "idle-too-long", which is not an outcome \(known: "inactivity-timeout", /,
        ),
        'wizard step "away-what", answer "not-sure": it moves the ranking but has no reason in words (reasons.ts "away-what=not-sure")',
        expect.stringMatching(/^wizard finding "clock", status "problem": weighs for "clock-skwe", which is not an outcome/),
        `wizard finding "radar": not a check (known: ${CHECK_IDS.map((id) => `"${id}"`).join(', ')})`,
        'wizard finding "network": a problem it finds must weigh for at least one outcome',
        'wizard step "clock", finding "clock": "late" is not an answer of this question (known: "wrong", "right", "not-sure")',
      ]),
    );
  });

  it('finds a loop, an outcome nothing weighs for, and outcome words that do not fit', () => {
    let tree = withAnswer(copy(), 'away-what', 'slept', (a) => ({ ...a, next: 'when' }));
    // No answer speaks for "rate-limits" any more.
    tree = withAnswer(tree, 'other-message', 'limit', (a) => ({ ...a, weights: {} }));
    const outcomes = { ...tree.outcomes, 'rate-limits': { summary: 'x'.repeat(161) }, 'no-such': { summary: 'x' } };
    const problems = validateTree({ ...tree, outcomes });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^wizard step "when": asked twice on one path \(where → message → when → away-what → when\)$/),
        'wizard outcome "rate-limits": no answer weighs for it, so no visitor can reach it (and it is not the fallback "unclear")',
        'wizard outcome "rate-limits": the summary is 161 characters (at most 160)',
        'wizard outcome "no-such": has words in outcomes.ts but is not an outcome',
      ]),
    );
    // The fallback needs no weight.
    expect(problems.some((p) => p.startsWith('wizard outcome "unclear"'))).toBe(false);
  });

  it('stops the build with every problem in one error', () => {
    const tree = withAnswer(
      withAnswer(copy(), 'when', 'away', (a) => ({ ...a, next: 'fo' })),
      'where',
      'app',
      (a) => ({ ...a, id: 'app!' }),
    );
    expect(() => checkWizardTree(tree)).toThrow(/^The wizard tree has \d+ problem\(s\):\n- /);
    expect(() => checkWizardTree(tree)).toThrow('\n- wizard step "when", answer "away": next "fo" is not a question');
    expect(() => checkWizardTree(tree)).toThrow('\n- wizard step "where", answer "app!": the id must be');
  });
});
