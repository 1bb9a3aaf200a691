import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SlackRateLimitError } from '../../src/digest/errors.ts';
import { DEFAULT_RETRY, withRetry } from '../../src/digest/retry.ts';

/** A call failing with `errors` in turn, then answering 'ok'. */
const scripted = (...errors: unknown[]) => {
  let calls = 0;
  const call = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return 'ok';
  };
  return { call, calls: () => calls };
};
const run = async (call: () => Promise<string>, policy = DEFAULT_RETRY) => {
  const sleeps: number[] = [];
  const outcome = await withRetry(call, policy, async (ms) => void sleeps.push(ms), new AbortController().signal);
  return { outcome, sleeps };
};
const e500 = { code: 'slack_webapi_http_error', statusCode: 500, message: 'HTTP 500' };

describe('withRetry', () => {
  it('returns the first success without waiting', async () => {
    assert.deepEqual(await run(scripted().call), { outcome: { ok: true, value: 'ok', attempts: 1 }, sleeps: [] });
  });
  it('doubles the backoff up to the cap', async () => {
    const policy = { ...DEFAULT_RETRY, maxAttempts: 6, baseDelayMs: 10_000, maxDelayMs: 30_000 };
    const { outcome, sleeps } = await run(scripted(e500, e500, e500, e500, e500).call, policy);
    assert.deepEqual(sleeps, [10_000, 20_000, 30_000, 30_000, 30_000]);
    assert.deepEqual(outcome, { ok: true, value: 'ok', attempts: 6 });
  });
  it('does not count 429 waits against the attempts for other failures', async () => {
    const policy = { ...DEFAULT_RETRY, maxAttempts: 2 };
    const { outcome, sleeps } = await run(scripted(new SlackRateLimitError(3), e500, new SlackRateLimitError(1)).call, policy);
    assert.deepEqual(sleeps, [3000, 1000, 1000]);
    assert.equal(outcome.ok, true);
  });
  it('fails without waiting when Retry-After is longer than it is willing to wait', async () => {
    const { outcome, sleeps } = await run(scripted(new SlackRateLimitError(3600)).call);
    assert.deepEqual(sleeps, []);
    assert.equal(outcome.ok, false);
  });
  it('fails after too many 429s in a row', async () => {
    const policy = { ...DEFAULT_RETRY, maxRateLimitWaits: 2 };
    const s = scripted(...Array.from({ length: 5 }, () => new SlackRateLimitError(1)));
    const { outcome, sleeps } = await run(s.call, policy);
    assert.deepEqual(sleeps, [1000, 1000]);
    assert.deepEqual(outcome, {
      ok: false,
      error: 'slack_webapi_rate_limited_error: A rate limit was exceeded (retry after 1 s)',
      attempts: 3,
    });
  });
  it('reports a stop during the wait as a failure', async () => {
    const abort = new AbortController();
    abort.abort();
    const outcome = await withRetry(
      scripted(e500).call,
      DEFAULT_RETRY,
      async (_ms, signal) => {
        if (signal.aborted) throw new Error('aborted');
      },
      abort.signal,
    );
    assert.deepEqual(outcome, { ok: false, error: 'stopped while waiting to retry after: slack_webapi_http_error: HTTP 500', attempts: 1 });
  });
});
