/**
 * Send requests to the bot the way Slack does: signed with the signing secret (v0 HMAC-SHA256).
 */
import { createHmac } from 'node:crypto';

/** Slack's request signature for a body at a timestamp. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Options for a signed POST. */
export interface SignedPostOptions {
  secret: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Override the signature (to test forgeries). */
  signature?: string;
  headers?: Record<string, string>;
  /** Abort the request (e.g. `AbortSignal.timeout(5000)`). */
  signal?: AbortSignal;
}

/**
 * POST a signed request and return the response.
 * @example await signedPost(`${bot}/slack/events`, { secret, body, contentType: "application/json" })
 */
export async function signedPost(url: string, options: SignedPostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(options.secret, timestamp, options.body),
      ...options.headers,
    },
    body: options.body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** A slash command form body as Slack sends it. */
export function slashCommandBody(text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'newsroom',
    channel_id: 'C1',
    channel_name: 'korea-desk',
    user_id: 'U1',
    user_name: 'journalist',
    command: '/korea',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...extra,
  }).toString();
}

/** An Events API envelope for an app_mention. */
export function mentionEventBody(event: { text: string; ts: string; thread_ts?: string; channel?: string }, eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'app_mention', user: 'U1', channel: event.channel ?? 'C1', event_ts: event.ts, ...event },
  });
}
