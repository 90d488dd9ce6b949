/**
 * Chromium for browser tests: one browser per test file, on-disk profiles where a test needs a
 * normal window or a restart, and the network closed. Launch flags live in scripts/lib/chromium.ts
 * (the bench uses them too); no test launches Chromium any other way.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core';
import { launchChromium, launchProfile, type ProfileOptions } from '../../scripts/lib/chromium';

/**
 * One Chromium for a whole test file: launched before its tests and closed after them.
 * Returns a getter, because the browser only exists once the file's tests start. Options may be a
 * function, for flags known only in an earlier beforeAll (a local server's port).
 */
export function browserForFile(options: LaunchOptions | (() => LaunchOptions) = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browserForFile(): the browser is only there inside tests');
    return browser;
  };
}

/**
 * Kept under test-results/ rather than the system temp dir: /tmp may be a RAM disk, where storage
 * behaves like a private window's and would fool the private-window heuristic.
 */
const PROFILES = resolve('test-results/profiles');

export interface Profiles {
  /** A fresh profile folder, optionally with Default/Preferences (the browser's own settings file). */
  dir(preferences?: object): string;
  /** A normal window on a profile folder (a fresh one when none is given); closing it quits that browser. */
  open(dir?: string, options?: ProfileOptions): Promise<BrowserContext>;
}

/**
 * Normal browser windows, each with its own on-disk profile, for a test file: what a visitor's own
 * window is (a plain context is off-the-record), what a browser's settings or a restart need.
 * `defaults` (flags known only once the tests start may come from a function) apply to every
 * window; the folders are removed after the file's tests.
 */
export function profilesForFile(defaults: ProfileOptions | (() => ProfileOptions) = {}): Profiles {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  const dir = (preferences?: object): string => {
    mkdirSync(PROFILES, { recursive: true });
    const path = mkdtempSync(join(PROFILES, 'profile-'));
    made.push(path);
    mkdirSync(join(path, 'Default'));
    if (preferences) writeFileSync(join(path, 'Default', 'Preferences'), JSON.stringify(preferences));
    return path;
  };
  return {
    dir,
    open: (path = dir(), options = {}) => {
      const base = typeof defaults === 'function' ? defaults() : defaults;
      return launchProfile(path, { ...base, ...options, args: [...(base.args ?? []), ...(options.args ?? [])] });
    },
  };
}

/** The network is closed here: answer every other origin (the status API) locally, at once. */
export async function answerForeignOriginsLocally(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 503, body: '' }));
}
