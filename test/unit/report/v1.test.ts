/** Report format v1 is frozen: links made before v2 existed decode exactly as they did then. */
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../src/report/format';
import { REPORT_LINKS_V1 } from '../../fixtures/report-links-v1';

describe('report format v1, frozen by saved links', () => {
  it.each(REPORT_LINKS_V1.map((f) => [f.name, f] as const))('%s', (_, fixture) => {
    expect(decodeReport(fixture.link)).toEqual({ ok: true, report: fixture.report });
    expect(decodeReport(`#${fixture.link}`)).toEqual({ ok: true, report: fixture.report });
  });

  it('the saved links cover every status, not-run checks, clock skew both ways and zero, browser, answers and result', () => {
    const reports = REPORT_LINKS_V1.map((f) => f.report);
    const statuses = new Set(reports.flatMap((r) => Object.values(r.checks)));
    expect([...statuses].sort()).toEqual(['ok', 'problem', 'unknown', 'warning']);
    expect(
      reports.some((r) => Object.keys(r.checks).length === 1 && !r.browser && !r.answers && !r.result && r.clockSkewSeconds === undefined),
    ).toBe(true);
    expect(reports.some((r) => Object.keys(r.checks).length === 9)).toBe(true);
    const skews = reports.flatMap((r) => (r.clockSkewSeconds === undefined ? [] : [Math.sign(r.clockSkewSeconds)]));
    expect(new Set(skews)).toEqual(new Set([1, -1, 0]));
    expect(reports.some((r) => r.browser)).toBe(true);
    expect(reports.some((r) => r.answers && r.result)).toBe(true);
  });
});
