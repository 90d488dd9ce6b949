/** Why we think so, and the summary for support. */
import { describe, expect, it } from 'vitest';
import { site } from '../../../src/config/site';
import { CHECK_INFO } from '../../../src/config/checks';
import { REASON_WORDS } from '../../../src/report/reason-words';
import { checkStatusWords } from '../../../src/browser/wizard-report';
import { checkWords } from '../../../src/i18n/checks/names';
import { reportText } from '../../../src/i18n/report';
import { explainResult, supportSummary } from '../../../src/wizard/explain';
import { outcomeTitle } from '../../../src/wizard/outcome-title';
import { readCauseLabels } from '../../../src/build/cause-labels';
import { questionMeta } from '../../../src/wizard/steps';
import { timedOut } from '../../../src/checks/run';

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
    const awayWhat = questionMeta('away-what')!;
    expect(text).toContain(`- ${awayWhat.question} ${awayWhat.answers.find((x) => x.id === 'stayed')!.label}`);
    expect(text).toContain(`- ${CHECK_INFO.clock.label}: Clock is right.`);
    expect(text).not.toMatch(/inactivity-timeout|clock: ok/); // words, not ids
  });

  it('says why a check could not tell, and the browser when it is known, in words', async () => {
    const stopped = timedOut('service-status', 3000);
    const browser = { name: 'Firefox', version: '146.0', os: 'Linux' };
    const text = supportSummary('inactivity-timeout', answers, { 'service-status': stopped }, 'https://help.example', {
      browser,
      status: await checkStatusWords('en'),
    });
    expect(text).toContain(`- ${CHECK_INFO['service-status'].label}: Unknown (${REASON_WORDS.timeout}). ${stopped.summary}`);
    expect(text).toContain('Browser: Firefox 146.0 on Linux\n');
    expect(text).not.toMatch(/service-status|: unknown|\btimeout\b/);
    expect(supportSummary('inactivity-timeout', answers, {}, 'https://help.example')).not.toContain('Browser:');
  });

  it('says a check’s name and status in the page’s language', async () => {
    const stopped = timedOut('service-status', 3000);
    const text = supportSummary('inactivity-timeout', answers, { 'service-status': stopped }, 'https://help.example', {
      status: await checkStatusWords('ja'),
      checkLabel: (id) => checkWords('ja')[id].label,
    });
    const t = reportText('ja');
    expect(text).toContain(
      `- ${checkWords('ja')['service-status'].label}: ${t.statusWithReason.replace('{status}', t.status.unknown).replace('{reason}', t.reasons.timeout)}.`,
    );
    expect(text).not.toContain(CHECK_INFO['service-status'].label);
  });

  it('says so when no answers were given', () => {
    const text = supportSummary('unclear', [], {}, 'https://help.example');
    expect(text).toContain(`Result: ${outcomeTitle('unclear')}\n`);
    expect(text).toContain('- (none given)');
  });
});
