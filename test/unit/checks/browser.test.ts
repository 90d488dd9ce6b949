import { describe, expect, it } from 'vitest';
import { browserCheck } from '../../../src/checks/browser';
import { ctx, fakeEnv } from '../../helpers/fake-check-env';

describe('browser check', () => {
  it('is ok for a current Chrome and names it', async () => {
    const r = await browserCheck(fakeEnv(), ctx());
    expect(r.status).toBe('ok');
    expect(r.summary).toMatch(/Chrome 156\.0 on Linux/);
    expect(r.data).toMatchObject({ browserName: 'Chrome', browserVersion: '156.0.0.0', osName: 'Linux', browserAgeDays: 38 });
  });

  it('warns about a version older than the configured limit, by date', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Chrome', version: '131.0.0.0', osName: 'Windows' } }), ctx());
    expect(r.status).toBe('warning');
    expect(r.causes).toEqual(['app-bugs']);
    expect(r.detail).toMatch(/12 November 2024/);
    expect(r.detail).toMatch(/newest we know of is 157/);
    const lenient = await browserCheck(
      fakeEnv({ browser: { name: 'Chrome', version: '131.0.0.0' }, thresholds: { browserOutdatedDays: 1000 } }),
      ctx(),
    );
    expect(lenient.status).toBe('ok');
  });

  it('is ok for a version newer than the build-time data (the data ages, browsers do not wait)', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Chrome', version: '170.0.0.0' } }), ctx());
    expect(r.status).toBe('ok');
    expect(r.detail).toMatch(/newer than every Chrome release/);
  });

  it('is unknown for a browser without release data, but still names it', async () => {
    const r = await browserCheck(fakeEnv({ browser: { name: 'Lynx', version: '2.9' } }), ctx());
    expect(r.status).toBe('unknown');
    expect(r.summary).toMatch(/Lynx 2\.9/);
    expect(r.data).toMatchObject({ reason: 'unsupported', browserName: 'Lynx' });
  });
});
