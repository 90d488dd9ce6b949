/**
 * Everything a broken edit of the tree (./tree.ts, ./reasons.ts, ./outcomes.ts) could get wrong,
 * found at once and named by step and answer, so `astro build` stops with a list a person can fix
 * (src/build/wizard-tree-check.ts runs it). Pure: the tests feed it broken copies of the tree.
 * Build time and tests only; the browser never loads it.
 */
import { CAUSE_SLUGS } from '../config/causes';
import { CHECK_IDS } from '../config/check-rules';
import { OTHER_TOPICS } from '../config/other-topics';
import type { CheckStatus } from '../checks/types';
import type { Facts, QuestionData, ResultData, Route, Weights } from './types';

/** The tree as the validator reads it: the data of ./tree.ts plus the words kept beside it. */
export interface TreeInput {
  readonly initial: string;
  /** The pseudo-step "stop asking and rank" (`RANK`). */
  readonly rank: string;
  readonly questions: Readonly<Record<string, QuestionData>>;
  readonly results: Readonly<Record<string, ResultData>>;
  /** The outcome ranking falls back on; no answer needs to weigh for it. */
  readonly fallback: string;
  readonly findings: Readonly<Record<string, Partial<Record<CheckStatus, Weights>>>>;
  /** What an answer tells us in words (./reasons.ts); '' for none. */
  readonly reasonOf: (step: string, answer: string) => string;
  /** What each result page says (./outcomes.ts). */
  readonly outcomes: Readonly<Record<string, { readonly summary: string } | undefined>>;
}

/** Ids are in published URLs. */
const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The outcomes' own pages live under /diagnose/result/, so no question may take that name. */
const RESERVED = 'result';
const MAX_SUMMARY = 160;

const list = (ids: Iterable<string>): string => [...ids].map((id) => `"${id}"`).join(', ');
const step = (id: string): string => `wizard step "${id}"`;
const at = (id: string, answer: string): string => `${step(id)}, answer "${answer}"`;

/** Every problem in the tree, one line each (empty when it is sound). */
export function validateTree(tree: TreeInput): string[] {
  return [
    ...checkIds(tree),
    ...Object.entries(tree.questions).flatMap(([id, q]) => checkQuestion(tree, id, q)),
    ...checkResults(tree),
    ...checkFindings(tree),
    ...checkReach(tree),
  ];
}

/** Throws one error listing every problem, or returns quietly. */
export function assertValidTree(tree: TreeInput): void {
  const problems = validateTree(tree);
  if (problems.length) throw new Error(`The wizard tree has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}

function checkIds(tree: TreeInput): string[] {
  const out: string[] = [];
  if (!Object.hasOwn(tree.questions, tree.initial))
    out.push(`the first step "${tree.initial}" is not a question (known: ${list(Object.keys(tree.questions))})`);
  for (const id of Object.keys(tree.questions)) {
    if (!URL_SAFE.test(id)) out.push(`${step(id)}: the id must be lower-case letters, digits and single hyphens (it is in URLs)`);
    if (id === tree.rank || id === RESERVED) out.push(`${step(id)}: the id "${id}" is reserved`);
    if (Object.hasOwn(tree.results, id)) out.push(`${step(id)}: the id is also an outcome's (each state needs its own)`);
  }
  for (const id of Object.keys(tree.results)) {
    if (!URL_SAFE.test(id))
      out.push(`wizard outcome "${id}": the id must be lower-case letters, digits and single hyphens (it is in URLs)`);
  }
  return out;
}

function checkQuestion(tree: TreeInput, id: string, q: QuestionData): string[] {
  const out: string[] = [];
  if (q.question.trim().length <= 10) out.push(`${step(id)}: the question "${q.question}" is too short to be a question`);
  if (q.help !== undefined && q.help.trim().length <= 10) out.push(`${step(id)}: the help line "${q.help}" is too short to help`);
  if (!q.answers.length) out.push(`${step(id)}: no answers`);
  const seen = new Set<string>();
  for (const a of q.answers) {
    if (seen.has(a.id)) out.push(`${at(id, a.id)}: the answer id is used twice in this question`);
    seen.add(a.id);
    if (!URL_SAFE.test(a.id)) out.push(`${at(id, a.id)}: the id must be lower-case letters, digits and single hyphens (it is in URLs)`);
    if (!a.label.trim()) out.push(`${at(id, a.id)}: no label`);
    out.push(...checkRoutes(tree, id, a.id, a.next));
    out.push(...checkWeights(tree, at(id, a.id), a.weights));
    const weighs = Object.values(a.weights).some((w) => w !== 0);
    if (weighs && !tree.reasonOf(id, a.id))
      out.push(`${at(id, a.id)}: it moves the ranking but has no reason in words (reasons.ts "${id}=${a.id}")`);
  }
  for (const rule of q.detect ?? []) {
    const where = `${step(id)}, finding "${rule.check}"`;
    if (!(CHECK_IDS as readonly string[]).includes(rule.check)) out.push(`${where}: not a check (known: ${list(CHECK_IDS)})`);
    if (!rule.statuses.length) out.push(`${where}: no statuses`);
    for (const answer of [rule.answer, rule.otherwise]) {
      if (!seen.has(answer)) out.push(`${where}: "${answer}" is not an answer of this question (known: ${list(seen)})`);
    }
  }
  return out;
}

/** Every way on names a question or RANK; conditions name other questions and their answers; the last way has no condition. */
function checkRoutes(tree: TreeInput, id: string, answer: string, next: string | readonly Route[]): string[] {
  const out: string[] = [];
  const where = at(id, answer);
  const routes: readonly Route[] = typeof next === 'string' ? [{ go: next }] : next;
  const known = [...Object.keys(tree.questions), tree.rank];
  if (!routes.length) out.push(`${where}: next has no routes`);
  else if (routes.at(-1)!.if) out.push(`${where}: the last route of next has a condition, so some answers lead nowhere`);
  for (const route of routes) {
    if (!known.includes(route.go)) out.push(`${where}: next "${route.go}" is not a question (known: ${list(known)})`);
    for (const [cond, allowed] of Object.entries(route.if ?? {})) {
      const asked = tree.questions[cond];
      if (!Object.hasOwn(tree.questions, cond) || !asked) {
        out.push(`${where}: a route to "${route.go}" depends on "${cond}", which is not a question`);
        continue;
      }
      if (cond === id) out.push(`${where}: a route to "${route.go}" depends on this question's own answer, which is not known yet`);
      const answers = asked.answers.map((a) => a.id);
      for (const x of allowed) {
        if (!answers.includes(x))
          out.push(
            `${where}: a route to "${route.go}" needs "${cond}" = "${x}", which is not an answer of "${cond}" (known: ${list(answers)})`,
          );
      }
    }
  }
  return out;
}

function checkWeights(tree: TreeInput, where: string, weights: Weights): string[] {
  return Object.entries(weights).flatMap(([outcome, w]) => [
    ...(Object.hasOwn(tree.results, outcome)
      ? []
      : [`${where}: weighs for "${outcome}", which is not an outcome (known: ${list(Object.keys(tree.results))})`]),
    ...(Number.isFinite(w) ? [] : [`${where}: the weight for "${outcome}" is not a number`]),
  ]);
}

/** Outcomes: the contract's causes and topics each have one, each with its words. */
function checkResults(tree: TreeInput): string[] {
  const out: string[] = [];
  const ids = Object.keys(tree.results);
  for (const slug of [...CAUSE_SLUGS, ...OTHER_TOPICS, tree.fallback]) {
    if (!ids.includes(slug))
      out.push(`wizard outcome "${slug}" is missing (every cause, every "not a sign-in problem" topic and the fallback need one)`);
  }
  for (const [id, r] of Object.entries(tree.results)) {
    const where = `wizard outcome "${id}"`;
    // A cause outcome is named by its article (src/build/cause-labels.ts), so it must be that article.
    if (r.cause !== null && r.cause !== id)
      out.push(`${where}: points to the cause "${r.cause}", but a cause outcome must have its cause's id`);
    if ((CAUSE_SLUGS as readonly string[]).includes(id) && r.cause !== id) out.push(`${where}: is a cause, so its cause must be "${id}"`);
    if (r.topic !== undefined && !(OTHER_TOPICS as readonly string[]).includes(r.topic))
      out.push(`${where}: "${r.topic}" is not a topic (known: ${list(OTHER_TOPICS)})`);
    const words = tree.outcomes[id];
    if (!words) out.push(`${where}: has no words in outcomes.ts`);
    else if (words.summary.length > MAX_SUMMARY)
      out.push(`${where}: the summary is ${words.summary.length} characters (at most ${MAX_SUMMARY})`);
  }
  for (const id of Object.keys(tree.outcomes))
    if (!ids.includes(id)) out.push(`wizard outcome "${id}": has words in outcomes.ts but is not an outcome`);
  return out;
}

/** Every check the wizard hears of speaks for something, about real outcomes. */
function checkFindings(tree: TreeInput): string[] {
  const out: string[] = [];
  for (const id of CHECK_IDS) {
    const speaks = Object.values(tree.findings[id]?.problem ?? {}).some((w) => w > 0);
    if (!speaks) out.push(`wizard finding "${id}": a problem it finds must weigh for at least one outcome`);
  }
  for (const [id, byStatus] of Object.entries(tree.findings)) {
    if (!(CHECK_IDS as readonly string[]).includes(id)) out.push(`wizard finding "${id}": not a check (known: ${list(CHECK_IDS)})`);
    for (const [status, weights] of Object.entries(byStatus)) {
      if (typeof weights === 'object') out.push(...checkWeights(tree, `wizard finding "${id}", status "${status}"`, weights));
    }
  }
  return out;
}

/**
 * Walk every answer path from the first question, as the machine does (routes by the answers so
 * far): every question must be reached, no path may ask a question twice (a loop), and every
 * outcome but the fallback must have an answer on the way that weighs for it.
 */
function checkReach(tree: TreeInput): string[] {
  if (!Object.hasOwn(tree.questions, tree.initial)) return []; // reported above
  const out = new Set<string>();
  const reached = new Set<string>();
  const supported = new Set<string>([tree.fallback]);
  const visit = (id: string, facts: Facts, path: readonly string[]): void => {
    const q = tree.questions[id];
    if (!q || !Object.hasOwn(tree.questions, id)) return; // reported above
    if (path.includes(id)) return void out.add(`${step(id)}: asked twice on one path (${[...path, id].join(' → ')})`);
    reached.add(id);
    for (const a of q.answers) {
      for (const [outcome, w] of Object.entries(a.weights)) if (w > 0) supported.add(outcome);
      const routes: readonly Route[] = typeof a.next === 'string' ? [{ go: a.next }] : a.next;
      const go = routes.find((r) => Object.entries(r.if ?? {}).every(([s, ok]) => facts[s] !== undefined && ok.includes(facts[s])))?.go;
      if (go === undefined) out.add(`${at(id, a.id)}: no route applies after ${JSON.stringify(facts)}`);
      else if (go !== tree.rank) visit(go, { ...facts, [id]: a.id }, [...path, id]);
    }
  };
  visit(tree.initial, {}, []);
  for (const id of Object.keys(tree.questions)) if (!reached.has(id)) out.add(`${step(id)}: never reached from "${tree.initial}"`);
  for (const id of Object.keys(tree.results)) {
    if (!supported.has(id))
      out.add(
        `wizard outcome "${id}": no answer weighs for it, so no visitor can reach it (and it is not the fallback "${tree.fallback}")`,
      );
  }
  return [...out];
}
