/**
 * Posting with retries: 429 waits exactly Retry-After, other transient failures back off
 * exponentially, permanent failures stop at once. Waiting goes through an injected `sleep`
 * so tests run without real time and `stop()` can cut a wait short.
 */
import { classifyPostError, describeError } from './errors.ts';

/** How hard to try one digest post. */
export interface RetryPolicy {
  /** Attempts for transient failures, the first included (default 4: waits 1 s, 2 s, 4 s). */
  maxAttempts: number;
  /** First backoff delay, doubled per further attempt (default 1000 ms). */
  baseDelayMs: number;
  /** Cap on one backoff delay (default 30 000 ms). */
  maxDelayMs: number;
  /** How many 429s in a row to wait out before giving up (default 5). */
  maxRateLimitWaits: number;
  /** A Retry-After longer than this is not waited for: the attempt fails (default 15 min). */
  maxRetryAfterMs: number;
}

/**
 * The defaults described on {@link RetryPolicy}.
 * @example new DigestRunner({ ...deps, retry: { ...DEFAULT_RETRY, maxAttempts: 2 } })
 */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRateLimitWaits: 5,
  maxRetryAfterMs: 15 * 60_000,
};

/** Waits `ms`; rejects when `signal` aborts. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** What became of the retried call. */
export type RetryOutcome<T> = { ok: true; value: T; attempts: number } | { ok: false; error: string; attempts: number };

/** Called before each wait, e.g. to log it. */
export type OnRetry = (info: { attempt: number; delayMs: number; reason: string; rateLimited: boolean }) => void;

/**
 * Run `call` until it succeeds or the policy says stop.
 * @example await withRetry(() => post(sub, digest), DEFAULT_RETRY, sleep, signal)
 * // { ok: true, value: undefined, attempts: 2 } after one 429 with Retry-After: 3
 */
export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy, sleep: Sleep, signal: AbortSignal, onRetry?: OnRetry): Promise<RetryOutcome<T>> {
  let attempts = 0;
  let failures = 0;
  let rateLimitWaits = 0;
  for (;;) {
    attempts++;
    let error: unknown;
    try {
      return { ok: true, value: await call(), attempts };
    } catch (e) {
      error = e;
    }
    const failure = classifyPostError(error);
    const reason = describeError(error);
    let delayMs: number;
    if (failure.kind === 'rate-limited') {
      if (++rateLimitWaits > policy.maxRateLimitWaits || failure.retryAfterMs > policy.maxRetryAfterMs) {
        return { ok: false, error: reason, attempts };
      }
      delayMs = failure.retryAfterMs;
    } else {
      if (failure.kind === 'permanent' || ++failures >= policy.maxAttempts) return { ok: false, error: reason, attempts };
      delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
    }
    onRetry?.({ attempt: attempts, delayMs, reason, rateLimited: failure.kind === 'rate-limited' });
    try {
      if (signal.aborted) throw signal.reason;
      await sleep(delayMs, signal);
    } catch {
      return { ok: false, error: `stopped while waiting to retry after: ${reason}`, attempts };
    }
  }
}
