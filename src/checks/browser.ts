/**
 * browser: which browser and version (bowser), and how old that version is, by release date
 * from data baked in at build time. Versions are placed numerically and aged by date.
 */
import type { Check, CheckEnv } from './env';
import type { MoreWords } from '../i18n/checks/en-more';
import { browserAge, DAY_MS } from './browser-age';
import { result } from './util';
import { moreWords } from './words';

type UserAgentInfo = Awaited<ReturnType<CheckEnv['parseUserAgent']>>;

/** How the result names the browser ("Chrome 120.0 on Windows"), and the facts a report carries. */
function describe(info: UserAgentInfo, w: MoreWords['browser']) {
  const label = [info.name, info.version?.split('.').slice(0, 2).join('.')].filter(Boolean).join(' ') || w.unknownLabel;
  return {
    name: info.name ?? w.unknownName,
    /** "Chrome 120.0 on Windows" */
    browser: `${label}${w.on(info.osName)}`,
    data: {
      ...(info.name ? { browserName: info.name } : {}),
      ...(info.version ? { browserVersion: info.version } : {}),
      ...(info.osName ? { osName: info.osName } : {}),
    },
  };
}

export const browserCheck: Check = async (env) => {
  const info = await env.parseUserAgent(env.navigator.userAgent);
  const releases = await env.loadReleases();
  const w = (await moreWords(env)).browser;
  const { name, browser, data } = describe(info, w);
  const age = browserAge(info, releases);
  if (!age) {
    return result('browser', 'unknown', w.noDataSummary(browser), w.noDataDetail(name), [], { data: { ...data, reason: 'unsupported' } });
  }
  const today = Math.floor(env.now() / DAY_MS);
  if (age.newerThanData || age.releaseDay === undefined) {
    return result('browser', 'ok', w.newerSummary(browser), w.newerDetail(name, releases.builtDay), [], {
      data: { ...data, browserAgeDays: 0 },
    });
  }
  const days = Math.max(0, today - age.releaseDay);
  const limit = env.config.thresholds.browserOutdatedDays;
  const since = w.since(age.releaseDay, age.olderThanData);
  if (days > limit) {
    return result(
      'browser',
      'warning',
      w.oldSummary(browser, days, age.olderThanData),
      w.oldDetail(since, age.newestVersion, age.newestDay, name),
      ['app-bugs'],
      { data: { ...data, browserAgeDays: days } },
    );
  }
  return result('browser', 'ok', w.recentSummary(browser), w.recentDetail(since, days, limit), [], {
    data: { ...data, browserAgeDays: days },
  });
};
