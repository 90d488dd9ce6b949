import { describe, expect, it } from 'vitest';
import { serviceStatusCheck } from '../../../src/checks/service-status';
import { parseIncidentIo, parseStatuspage, StatusFormatError } from '../../../src/checks/status-parse';
import { ctx, fakeEnv } from '../../helpers/fake-check-env';
import { incident, incidentIoSummary, maintenance, STATUS_FIXTURES, statuspageSummary } from '../../fixtures/status/statuspage';

const json = (body: unknown, init: ResponseInit = {}) => () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

describe('Statuspage v2 parsing (strict)', () => {
  it('reads indicator, unresolved incidents and maintenance in progress', () => {
    const s = parseStatuspage(
      statuspageSummary({
        indicator: 'major',
        incidents: [incident(), incident({ name: 'Old one', status: 'resolved' })],
        scheduled_maintenances: [maintenance(), maintenance({ name: 'Next week', status: 'scheduled' })],
      }),
    );
    expect(s.indicator).toBe('major');
    expect(s.incidents).toEqual([{ name: 'Users are being signed out', severity: 'major', url: 'https://stspg.io/abc' }]);
    expect(s.maintenances.map((m) => m.name)).toEqual(['Database upgrade']);
  });

  it.each([
    ['not an object', []],
    ['no status', { ...statuspageSummary(), status: undefined }],
    ['unknown indicator', statuspageSummary({ indicator: 'fine' })],
    ['incidents not a list', { ...statuspageSummary(), incidents: {} }],
    ['incident without a name', statuspageSummary({ incidents: [incident({ name: '' })] })],
    ['incident with an unknown status', statuspageSummary({ incidents: [incident({ status: 'on fire' })] })],
    ['maintenances missing', { ...statuspageSummary(), scheduled_maintenances: undefined }],
  ])('rejects %s', (_, body) => {
    expect(() => parseStatuspage(body)).toThrow(StatusFormatError);
  });

  it('never passes on a javascript: link, and trims absurd names', () => {
    const s = parseStatuspage(statuspageSummary({ incidents: [incident({ shortlink: 'javascript:alert(1)', name: 'x'.repeat(500) })] }));
    expect(s.incidents[0]!.url).toBe('https://status.example.com/');
    expect(s.incidents[0]!.name.length).toBeLessThanOrEqual(200);
  });
});

describe('incident.io widget parsing (strict)', () => {
  it('reads ongoing incidents with their worst impact and maintenances in progress', () => {
    const s = parseIncidentIo(
      incidentIoSummary({
        ongoing_incidents: [{ id: 'i', name: 'Login errors', status: 'identified', url: 'https://status.example.com/incidents/i', current_worst_impact: 'full_outage' }],
        in_progress_maintenances: [{ id: 'm', name: 'Upgrade', url: '/incidents/m' }],
      }),
    );
    expect(s.indicator).toBe('critical');
    expect(s.incidents[0]).toMatchObject({ name: 'Login errors', severity: 'critical' });
    expect(s.maintenances[0]!.url).toBe('https://status.example.com/incidents/m');
  });

  it('rejects a Statuspage answer when configured for incident.io', () => {
    expect(() => parseIncidentIo(STATUS_FIXTURES.allGood)).toThrow(StatusFormatError);
  });
});

describe('service-status check', () => {
  it('is ok when all is well, and asks the provider without cookies or referrer', async () => {
    const env = fakeEnv({ fetch: json(STATUS_FIXTURES.allGood) });
    const r = await serviceStatusCheck(env, ctx());
    expect(r.status).toBe('ok');
    const [req] = env.fakes.requests;
    expect(req!.url.href).toBe(env.config.statusApi.url);
    expect(req!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors', cache: 'no-store' });
  });

  it('is a problem during an incident, naming it and linking it', async () => {
    const r = await serviceStatusCheck(fakeEnv({ fetch: json(STATUS_FIXTURES.incident) }), ctx());
    expect(r.status).toBe('problem');
    expect(r.causes).toEqual(['server-maintenance']);
    expect(r.detail).toMatch(/Users are being signed out/);
    expect(r.links).toContainEqual({ label: 'Users are being signed out', href: 'https://stspg.io/abc' });
  });

  it('is a problem during maintenance in progress', async () => {
    const r = await serviceStatusCheck(fakeEnv({ fetch: json(STATUS_FIXTURES.maintenance) }), ctx());
    expect(r.status).toBe('problem');
    expect(r.summary).toMatch(/maintenance in progress/);
    expect(r.detail).toMatch(/Database upgrade/);
  });

  it('only warns about a minor incident, and ignores maintenance that has not started', async () => {
    const minor = statuspageSummary({ indicator: 'minor', incidents: [incident({ impact: 'minor', name: 'Slow images' })] });
    expect((await serviceStatusCheck(fakeEnv({ fetch: json(minor) }), ctx())).status).toBe('warning');
    const later = statuspageSummary({ scheduled_maintenances: [maintenance({ status: 'scheduled' })] });
    expect((await serviceStatusCheck(fakeEnv({ fetch: json(later) }), ctx())).status).toBe('ok');
  });

  it.each([
    ['HTTP 500', () => new Response('oops', { status: 500 }), /HTTP 500/],
    ['invalid JSON', () => new Response('<html>Gateway</html>', { status: 200 }), /not valid JSON/],
    ['a different shape', json({ ok: true }), /unexpected status format/],
    ['a CORS refusal', () => Promise.reject(new TypeError('Failed to fetch')), /could not be reached/],
    ['an oversized answer', () => new Response('x', { headers: { 'Content-Length': String(10 * 1024 * 1024) } }), /too large/],
  ])('is unknown with the status page link for %s', async (_, fetch, why) => {
    const env = fakeEnv({ fetch });
    const r = await serviceStatusCheck(env, ctx());
    expect(r.status).toBe('unknown');
    expect(r.detail).toMatch(why);
    expect(r.links).toEqual([{ label: 'ChatGPT status page', href: env.config.statusPageUrl }]);
  });

  it('gives up on a provider that never answers, before the check time limit', async () => {
    const env = fakeEnv({ fetch: () => new Promise<Response>(() => {}), thresholds: { checkTimeoutMs: 900 } });
    const started = Date.now();
    const r = await serviceStatusCheck(env, ctx());
    expect(Date.now() - started).toBeLessThan(900);
    expect(r.status).toBe('unknown');
    expect(r.detail).toMatch(/did not answer within 0.6 seconds/);
  });

  it('reads an incident.io widget when configured so', async () => {
    const body = incidentIoSummary({ ongoing_incidents: [{ id: 'i', name: 'Sign-in errors', status: 'investigating', url: 'https://status.example.com/i', current_worst_impact: 'partial_outage' }] });
    const r = await serviceStatusCheck(fakeEnv({ fetch: json(body), statusApi: { kind: 'incident-io', url: 'https://status.example.com/api/v1/summary' } }), ctx());
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/Sign-in errors/);
  });
});
