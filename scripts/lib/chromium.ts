/**
 * The system's Chromium for the bench and the browser tests (Playwright's own browser download is
 * not used), with the flags a closed network needs.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found. Set CHROMIUM_PATH or install one of: ${CANDIDATES.join(', ')}`);
  return found;
}

/** Flags for a closed network: without them Chromium keeps calling home and logs failures. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

/** What a window with its own on-disk profile takes: launch options and context options in one. */
export type ProfileOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

/**
 * A browser window with its own on-disk profile in `dir`, like a visitor's normal window (a plain
 * context is off-the-record). Closing the context quits that browser; opening the same `dir` again
 * is a restart.
 */
export function launchProfile(dir: string, options: ProfileOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
