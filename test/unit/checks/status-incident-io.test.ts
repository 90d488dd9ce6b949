import { describe, expect, it } from 'vitest';
import { readIncidentIo } from '../../../src/checks/status-incident-io';
import { StatusFormatError } from '../../../src/checks/status-feed';
import { STATUS_FEEDS } from '../../fixtures/status/feeds';

describe('the incident.io widget reader tolerates documented gaps and refuses what is not a status feed', () => {
  it('counts an unknown impact word as the mildest impact, never as all good', () => {
    const feed = readIncidentIo(
      { ongoing_incidents: [{ name: 'x', current_worst_impact: 'brand_new_word' }], in_progress_maintenances: [] },
      Date.now(),
    );
    expect(feed.now[0]!.impact).toBe('degraded');
  });

  it('drops finished maintenance, and moves a started window to now', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const io = readIncidentIo(
      {
        ongoing_incidents: [],
        in_progress_maintenances: [],
        scheduled_maintenances: [
          { name: 'Over', starts_at: '2026-12-01T09:00:00Z', ends_at: '2026-12-01T10:00:00Z' },
          { name: 'Begun', starts_at: '2026-12-01T11:00:00Z', ends_at: '2026-12-01T13:00:00Z' },
          { name: 'Tomorrow', starts_at: '2026-12-02T11:00:00Z', ends_at: '2026-12-02T13:00:00Z' },
        ],
      },
      now,
    );
    expect(io.now.map((e) => e.name)).toEqual(['Begun']);
    expect(io.upcoming.map((e) => e.name)).toEqual(['Tomorrow']);
  });

  it('keeps links http(s) only and trims absurd names', () => {
    const feed = readIncidentIo(
      {
        page_url: 'https://status.openai.com',
        ongoing_incidents: [{ name: 'x'.repeat(500), url: 'javascript:alert(1)' }],
        in_progress_maintenances: [],
      },
      0,
    );
    expect(feed.now[0]!.url).toBe('https://status.openai.com/');
    expect(feed.now[0]!.name.length).toBeLessThanOrEqual(200);
  });

  it.each([
    ['not an object', []],
    ['a Statuspage answer', STATUS_FEEDS['statuspage-all-good'].body],
    ['incidents not a list', { ongoing_incidents: {}, in_progress_maintenances: [] }],
    ['incident without a name', { ongoing_incidents: [{ name: ' ' }], in_progress_maintenances: [] }],
  ] as const)('refuses %s', (_, body) => {
    expect(() => readIncidentIo(body, 0)).toThrow(StatusFormatError);
  });
});
