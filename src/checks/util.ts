/** Small helpers shared by the checks. */
import type { CauseSlug } from '../config/causes';
import type { CheckId } from '../config/checks';
import type { CheckEnv } from './env';
import type { CheckData, CheckLink, CheckResult, CheckStatus } from './types';

export function result(
  id: CheckId,
  status: CheckStatus,
  summary: string,
  detail: string,
  causes: CauseSlug[] = [],
  extra: { links?: CheckLink[]; data?: CheckData } = {},
): CheckResult {
  return { id, status, summary, detail, causes, ...extra };
}

/** A short, human description of something thrown (never the stack). */
export function errorText(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = [typeof name === 'string' ? name : '', typeof message === 'string' ? message : ''].filter(Boolean).join(': ');
    return text.slice(0, 200) || 'unknown error';
  }
  return String(error).slice(0, 200);
}

/** Resolve after `ms`, or as soon as `signal` aborts. */
export function sleep(env: Pick<CheckEnv, 'setTimeout' | 'clearTimeout'>, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const handle = env.setTimeout(() => resolve(), ms);
    signal?.addEventListener(
      'abort',
      () => {
        env.clearTimeout(handle);
        resolve();
      },
      { once: true },
    );
  });
}

/** `promise`, or `fallback()` if it has not settled within `ms` (a rejection also gives the fallback). */
export function within<T>(
  env: Pick<CheckEnv, 'setTimeout' | 'clearTimeout'>,
  promise: Promise<T>,
  ms: number,
  fallback: () => T,
): Promise<T> {
  return new Promise<T>((resolve) => {
    const handle = env.setTimeout(() => resolve(fallback()), ms);
    promise.then(
      (value) => {
        env.clearTimeout(handle);
        resolve(value);
      },
      () => {
        env.clearTimeout(handle);
        resolve(fallback());
      },
    );
  });
}

/** A signal that aborts after `ms` or when `parent` aborts, whichever comes first. */
export function timeoutSignal(
  env: Pick<CheckEnv, 'setTimeout' | 'clearTimeout'>,
  ms: number,
  parent?: AbortSignal,
): { signal: AbortSignal; done: () => void } {
  const controller = new AbortController();
  const handle = env.setTimeout(() => controller.abort(), ms);
  const onParent = () => controller.abort();
  parent?.addEventListener('abort', onParent, { once: true });
  if (parent?.aborted) controller.abort();
  return {
    signal: controller.signal,
    done: () => {
      env.clearTimeout(handle);
      parent?.removeEventListener('abort', onParent);
    },
  };
}

/** A same-origin URL with a cache-busting query, so no cache answers instead of the server. */
export function freshUrl(env: Pick<CheckEnv, 'origin' | 'token'>, path: string, key: string): string {
  const url = new URL(path, env.origin);
  url.searchParams.set(key, env.token());
  return url.href;
}

/** Only http(s) URLs are ever offered as links (a status API could send `javascript:`). */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "15 minutes", "2 hours", "40 seconds" — rounded for people. */
export function humanDuration(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return plural(s, 'second');
  const m = Math.round(s / 60);
  if (m < 90) return plural(m, 'minute');
  const h = Math.round(m / 60);
  if (h < 36) return plural(h, 'hour');
  return plural(Math.round(h / 24), 'day');
}
