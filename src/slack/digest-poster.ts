/**
 * Delivering a digest to Slack: the short parent message, then the details in its thread.
 * Give it a single-shot client (`singleShotClient` in web-client.ts: rate-limited calls rejected at
 * once, no silent retries), so the digest runner's own retry policy (Retry-After, backoff, "failed"
 * record) is the one in charge.
 */
import type { webApi } from '@slack/bolt';
import type { Digest } from '../digest/content.ts';
import type { PostResult } from '../digest/runner.ts';
import type { Subscription } from '../digest/subscription.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { renderDigestPost } from '../render/digest.ts';

/**
 * The runner's `post`: parent first (its failure throws, so the runner retries or records a
 * failure), then the thread (its failure is logged: retrying would post the parent twice).
 * @example new DigestRunner({ post: digestPoster(client, "de", logger), … })
 */
export function digestPoster(client: webApi.WebClient, lang: Lang, logger: Logger): (sub: Subscription, digest: Digest) => Promise<PostResult> {
  return async (sub, digest) => {
    const post = renderDigestPost(digest, lang);
    const parent = await client.chat.postMessage({ channel: sub.channel, ...post.parent, metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { day: digest.day } } });
    const ts = parent.ts;
    const channel = parent.channel ?? sub.channel;
    for (const reply of post.thread) {
      try {
        if (ts) await client.chat.postMessage({ channel, thread_ts: ts, ...reply });
      } catch (error) {
        logger.warn(`digest thread reply failed in ${sub.channel} (parent was posted):`, error);
      }
    }
    return ts ? { ts } : undefined;
  };
}

/** The metadata event type on a digest's parent message: how a replica recognises one that went out. */
export const DIGEST_EVENT_TYPE = 'korea_digest';

/** Messages read back at most when looking for a digest (the day's are among the newest). */
const HISTORY_LIMIT = 200;

/**
 * The runner's `alreadyPosted`: the `ts` of the day's digest if it is in the channel already
 * (a replica that died after posting but before recording it), else undefined. Direct-message
 * digests are not looked up (reading a DM needs its channel id): undefined.
 * @example await digestFinder(client)(sub, "2026-03-10") // "1773126000.000100" or undefined
 */
export function digestFinder(client: webApi.WebClient): (sub: Subscription, day: string) => Promise<string | undefined> {
  return async (sub, day) => {
    if (sub.kind !== 'channel') return undefined;
    const history = await client.conversations.history({ channel: sub.channel, limit: HISTORY_LIMIT, include_all_metadata: true });
    const found = (history.messages ?? []).find((m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && (m.metadata.event_payload as { day?: unknown } | undefined)?.day === day);
    return found?.ts;
  };
}
