/**
 * A Web API client that makes each call once: no silent internal retries, rate-limited calls
 * rejected at once, a timeout. For callers that run their own retry policy (the digest runner,
 * the bot's identity), so that the policy in charge is the one they log and report.
 */
import { webApi } from '@slack/bolt';

/** Options for a single-shot client. */
export interface SingleShotClientOptions {
  token: string;
  /** Web API base URL override, e.g. a fake Slack on 127.0.0.1. */
  apiUrl?: string;
  /** Give up on a call after this long; default 10 s. */
  timeoutMs?: number;
}

/**
 * A Web API client without retries.
 * @example await singleShotClient({ token }).auth.test()
 */
export function singleShotClient(options: SingleShotClientOptions): webApi.WebClient {
  return new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? 10_000,
  });
}
