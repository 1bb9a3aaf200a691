/**
 * What a failed digest post means for the next attempt. Duck-typed on the shapes
 * @slack/web-api throws (`code`, `retryAfter`, `statusCode`, `data.error`), so this module
 * needs no Slack import and fakes can throw the same shapes.
 */

/**
 * A post refused with HTTP 429; `retryAfter` is the Retry-After header in seconds.
 * Slack's own WebAPIRateLimitedError has the same shape and is treated the same.
 * @example throw new SlackRateLimitError(30) // the runner waits 30 s, then posts again
 */
export class SlackRateLimitError extends Error {
  readonly code = 'slack_webapi_rate_limited_error';
  constructor(readonly retryAfter: number) {
    super(`A rate limit was exceeded (retry after ${retryAfter} s)`);
    this.name = 'SlackRateLimitError';
  }
}

/** How to treat a failed post: wait and retry, back off and retry, or give up now. */
export type PostFailure = { kind: 'rate-limited'; retryAfterMs: number } | { kind: 'transient' } | { kind: 'permanent' };

/** Platform errors worth retrying; every other `ok: false` answer (not_in_channel, …) is final. */
const RETRYABLE_PLATFORM = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

interface ErrorShape {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  data?: { error?: unknown };
}

/**
 * Classify an error thrown by a post.
 * @example classifyPostError(new SlackRateLimitError(30)) // { kind: 'rate-limited', retryAfterMs: 30000 }
 * @example classifyPostError({ code: 'slack_webapi_http_error', statusCode: 500 }) // { kind: 'transient' }
 * @example classifyPostError({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } })
 * // { kind: 'permanent' }
 */
export function classifyPostError(error: unknown): PostFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  if (typeof e.retryAfter === 'number' && Number.isFinite(e.retryAfter) && e.retryAfter >= 0) {
    return { kind: 'rate-limited', retryAfterMs: Math.ceil(e.retryAfter * 1000) };
  }
  if (e.code === 'slack_webapi_platform_error') {
    const reason = typeof e.data?.error === 'string' ? e.data.error : '';
    return RETRYABLE_PLATFORM.has(reason) ? { kind: 'transient' } : { kind: 'permanent' };
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 && e.statusCode !== 408) {
    return { kind: 'permanent' };
  }
  return { kind: 'transient' };
}

/**
 * A short, single-line description of an error for the send log.
 * @example describeError({ code: 'slack_webapi_platform_error', message: 'An API error occurred: not_in_channel' })
 * // 'slack_webapi_platform_error: An API error occurred: not_in_channel'
 */
export function describeError(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const text = typeof e?.code === 'string' && !message.includes(e.code) ? `${e.code}: ${message}` : message;
  return text.replace(/\s+/g, ' ').slice(0, 500);
}
