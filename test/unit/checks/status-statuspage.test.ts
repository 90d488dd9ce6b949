import { describe, expect, it } from 'vitest';
import { readStatuspage } from '../../../src/checks/status-statuspage';
import { StatusFormatError } from '../../../src/checks/status-feed';
import { IDS, STATUS_FEEDS } from '../../fixtures/status/feeds';

describe('the Statuspage reader tolerates documented gaps and refuses what is not a status feed', () => {
  it('reads a compatibility-layer summary with no incidents, maintenance lists or indicator', () => {
    const feed = readStatuspage({ components: [{ id: IDS.conversations, status: 'partial_outage' }] }, Date.now());
    expect(feed).toEqual({ now: [], upcoming: [], components: { [IDS.conversations]: 'partial' }, overall: undefined });
  });

  it('drops resolved incidents and finished maintenance, and moves a started window to now', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const sp = readStatuspage(
      {
        status: { indicator: 'none' },
        incidents: [{ name: 'Old', status: 'resolved', impact: 'major' }],
        scheduled_maintenances: [
          { name: 'Done', status: 'completed' },
          { name: 'Late start', status: 'scheduled', scheduled_for: '2026-12-01T11:00:00Z' },
        ],
      },
      now,
    );
    expect(sp.now.map((e) => e.name)).toEqual(['Late start']);
  });

  it.each([
    ['a widget answer', STATUS_FEEDS['widget-idle'].body],
    ['components not a list', { status: { indicator: 'none' }, components: 'all fine' }],
  ] as const)('refuses %s', (_, body) => {
    expect(() => readStatuspage(body, 0)).toThrow(StatusFormatError);
  });
});
