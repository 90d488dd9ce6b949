/** The wizard's tree and words as data: answers that give evidence say so in words, message choices quote the catalog, explanations and the support summary. */
import { describe, expect, it } from 'vitest';
import { CAUSE_SLUGS } from '../../src/config/causes';
import { site } from '../../src/config/site';
import { CHECK_INFO } from '../../src/config/checks';
import { REASON_WORDS } from '../../src/report/reason-words';
import { checkStatusWords } from '../../src/browser/wizard-report';
import type { CheckResult } from '../../src/checks/types';
import { explainResult, supportSummary } from '../../src/wizard/explain';
import { wizardResults } from '../../src/wizard/results';
import { RESULT_IDS, questionMeta } from '../../src/wizard/steps';
import { MESSAGE_STEP } from '../../src/wizard/tree';
import { validateTree } from '../../src/wizard/validate';
import { wizardTree } from '../../src/build/wizard-tree-check';
import { readCauseLabels } from '../../src/build/cause-labels';
import { rawMessages } from '../helpers/catalog';

describe('questions and results as data', () => {
  it('every question and answer has words, ids fit in a URL, and evidence is explained (the build’s own check)', () => {
    // Ids, words, routes, weights, reasons, reachability: src/wizard/validate.ts, which the build runs.
    expect(validateTree(wizardTree())).toEqual([]);
  });

  it('every quoted message in the message choices is a message people reported (content/messages.yaml)', () => {
    const catalog = rawMessages();
    const known = catalog.flatMap((m) => [m.message, ...(m.variants ?? [])]).map((t) => t.replace(/\.\.\./g, '…').toLowerCase());
    for (const step of [MESSAGE_STEP, 'other-message']) {
      for (const a of questionMeta(step)!.answers) {
        for (const [, quote] of a.label.matchAll(/“([^”]+)”/g)) {
          const words = quote!.replace(/^… /, '').toLowerCase();
          expect(
            known.some((k) => k.includes(words)),
            `${step}=${a.id}: “${quote}”`,
          ).toBe(true);
        }
      }
    }
    // The paste box continues the wizard with the message choice a catalog entry names.
    const choices = questionMeta(MESSAGE_STEP)!.answers.map((a) => a.id);
    for (const m of catalog.filter((x) => x.wizard)) expect(choices, m.id).toContain(m.wizard);
  });

  it('every result has its words, and the staff list has every result with a short summary', () => {
    const list = wizardResults();
    expect(list.map((r) => r.id)).toEqual([...RESULT_IDS]);
    expect(
      list
        .map((r) => r.cause)
        .filter(Boolean)
        .sort(),
    ).toEqual([...CAUSE_SLUGS].sort());
    for (const r of list) {
      expect(r.url).toBe(`/diagnose/result/${r.id}/`);
      expect(r.summary.length, r.id).toBeLessThanOrEqual(160);
      expect(r.title.length).toBeGreaterThan(3);
    }
  });
});

describe('why we think so, and the summary for support', () => {
  const answers = [
    { step: 'where', answer: 'computer' },
    { step: 'message', answer: 'session-expired' },
    { step: 'when', answer: 'away' },
    { step: 'away-what', answer: 'stayed' },
  ];

  it('explains a result with what each telling answer says, skipping those that tell nothing', () => {
    expect(explainResult('inactivity-timeout', answers).reasons).toEqual([
      'It happens in a browser on a computer.',
      'It happens when you come back to a tab you left open.',
      'The device stayed awake on one connection, so only the time away changed.',
    ]);
    expect(explainResult('unclear', [{ step: 'message', answer: 'not-sure' }]).reasons).toEqual([]);
  });

  it('summarises the result, the other candidates, the answers, the checks in words and a link that restores the path', () => {
    const text = supportSummary(
      'inactivity-timeout',
      answers,
      { clock: { id: 'clock', status: 'ok', summary: 'Clock is right.', detail: '', causes: [] } },
      'https://help.example',
    );
    expect(text).toContain(`${site.siteName}: diagnosis summary`);
    expect(text).toContain(`Most likely cause: ${readCauseLabels()['inactivity-timeout']}`); // the article's label
    expect(text).toContain('Link: https://help.example/diagnose/where=computer/message=session-expired/when=away/away-what=stayed/');
    expect(text).toContain('- While you were away, did the device sleep or change network? No, it stayed awake on one connection');
    expect(text).toContain('- Device clock: Clock is right.');
    expect(text).not.toMatch(/inactivity-timeout|clock: ok/); // words, not ids
  });

  it('says why a check could not tell, and the browser when it is known, in words', () => {
    const timedOut: CheckResult = {
      id: 'service-status',
      status: 'unknown',
      summary: 'This check took too long and was stopped.',
      detail: '',
      causes: [],
      data: { reason: 'timeout' },
    };
    const browser = { name: 'Firefox', version: '146.0', os: 'Linux' };
    const text = supportSummary('inactivity-timeout', answers, { 'service-status': timedOut }, 'https://help.example', {
      browser,
      status: checkStatusWords,
    });
    expect(text).toContain(`- ${CHECK_INFO['service-status'].label}: Unknown (${REASON_WORDS.timeout}). ${timedOut.summary}`);
    expect(text).toContain('Browser: Firefox 146.0 on Linux\n');
    expect(text).not.toMatch(/service-status|: unknown|\btimeout\b/);
    expect(supportSummary('inactivity-timeout', answers, {}, 'https://help.example')).not.toContain('Browser:');
  });

  it('says so when no answers were given', () => {
    const text = supportSummary('unclear', [], {}, 'https://help.example');
    expect(text).toContain('Result: No single cause stands out\n');
    expect(text).toContain('- (none given)');
  });
});
