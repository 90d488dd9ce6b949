/**
 * browser: which browser and version (bowser), and how old that version is, by release date
 * from data baked in at build time. Versions are placed numerically and aged by date.
 */
import type { Check, CheckEnv } from './env';
import { browserAge, DAY_MS, formatDay } from './browser-age';
import { plural } from '../common/time-words';
import { result } from './util';

type UserAgentInfo = Awaited<ReturnType<CheckEnv['parseUserAgent']>>;

/** How the result names the browser ("Chrome 120.0 on Windows"), and the facts a report carries. */
function describe(info: UserAgentInfo) {
  return {
    name: info.name ?? 'an unknown browser',
    label: [info.name, info.version?.split('.').slice(0, 2).join('.')].filter(Boolean).join(' ') || 'Unknown browser',
    on: info.osName ? ` on ${info.osName}` : '',
    data: {
      ...(info.name ? { browserName: info.name } : {}),
      ...(info.version ? { browserVersion: info.version } : {}),
      ...(info.osName ? { osName: info.osName } : {}),
    },
  };
}

export const browserCheck: Check = async (env) => {
  const info = await env.parseUserAgent(env.navigator.userAgent);
  const { name, label, on, data } = describe(info);
  const releases = await env.loadReleases();
  const age = browserAge(info, releases);
  if (!age) {
    return result(
      'browser',
      'unknown',
      `You use ${label}${on}; we have no release dates for it.`,
      `We could not tell how old this version of ${name} is. Whatever the browser, keeping it up to date avoids sign-in bugs that have long been fixed.`,
      [],
      { data: { ...data, reason: 'unsupported' } },
    );
  }
  const today = Math.floor(env.now() / DAY_MS);
  if (age.newerThanData || age.releaseDay === undefined) {
    return result(
      'browser',
      'ok',
      `You use ${label}${on}, a current version.`,
      `This version is newer than every ${name} release we knew of when this site was built (${formatDay(releases.builtDay)}), so it is up to date.`,
      [],
      { data: { ...data, browserAgeDays: 0 } },
    );
  }
  const days = Math.max(0, today - age.releaseDay);
  const limit = env.config.thresholds.browserOutdatedDays;
  const since = age.olderThanData ? `before ${formatDay(age.releaseDay)}` : `on ${formatDay(age.releaseDay)}`;
  if (days > limit) {
    return result(
      'browser',
      'warning',
      `You use ${label}${on}, released ${age.olderThanData ? 'more than ' : ''}${plural(Math.round(days / 30), 'month')} ago.`,
      `This version came out ${since}; the newest we know of is ${age.newestVersion} (${formatDay(age.newestDay)}). Web apps test against current browsers, and sign-in bugs in old versions stay unfixed. Update ${name} and restart it.`,
      ['app-bugs'],
      { data: { ...data, browserAgeDays: days } },
    );
  }
  return result(
    'browser',
    'ok',
    `You use ${label}${on}, a recent version.`,
    `This version came out ${since} (${plural(days, 'day')} ago); versions up to ${plural(limit, 'day')} old count as current.`,
    [],
    { data: { ...data, browserAgeDays: days } },
  );
};
