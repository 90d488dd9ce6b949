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
function freshUrl(env: Pick<CheckEnv, 'origin' | 'token'>, path: string, key: string): string {
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

/**
 * A HEAD request to this site's own front page that no cache can answer (no-store, a fresh
 * query), sent with same-origin credentials and given up after `ms` or when `parent` aborts.
 * The answer, or 'timeout' (given up) or 'failed' (no answer at all).
 */
export async function probeSite(
  env: Pick<CheckEnv, 'fetch' | 'origin' | 'token' | 'setTimeout' | 'clearTimeout'>,
  key: string,
  ms: number,
  parent?: AbortSignal,
): Promise<Response | 'timeout' | 'failed'> {
  const { signal, done } = timeoutSignal(env, ms, parent);
  try {
    return await env.fetch(freshUrl(env, '/', key), { method: 'HEAD', cache: 'no-store', credentials: 'same-origin', signal });
  } catch {
    return signal.aborted ? 'timeout' : 'failed';
  } finally {
    done();
  }
}
