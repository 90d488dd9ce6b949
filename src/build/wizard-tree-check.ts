/**
 * Build time only: the wizard tree is checked before any page is built, so `astro build` (and
 * `astro dev`) stop with every problem named by step and answer (src/wizard/validate.ts) instead
 * of an XState error about the first broken arrow, or a page that quietly leads nowhere.
 */
import type { AstroIntegration } from 'astro';
import { OUTCOMES } from '../wizard/outcomes';
import { reasonOf } from '../wizard/reasons';
import { FALLBACK, FINDINGS, INITIAL_STEP, QUESTIONS, RANK, RESULTS } from '../wizard/tree';
import { assertValidTree, type TreeInput } from '../wizard/validate';

/** The tree as it is in the repository. */
export const wizardTree = (): TreeInput => ({
  initial: INITIAL_STEP,
  rank: RANK,
  questions: QUESTIONS,
  results: RESULTS,
  fallback: FALLBACK,
  findings: FINDINGS,
  reasonOf,
  outcomes: OUTCOMES,
});

/** What the build runs: throws, listing every problem, when the tree is broken. */
export function checkWizardTree(tree: TreeInput = wizardTree()): void {
  assertValidTree(tree);
}

/** Astro integration: checks the tree when the configuration is set up, before anything is built. */
export function wizardTreeCheck(): AstroIntegration {
  return { name: 'shc-wizard-tree', hooks: { 'astro:config:setup': () => checkWizardTree() } };
}
