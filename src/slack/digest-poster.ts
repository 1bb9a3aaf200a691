/**
 * Delivering a digest to Slack: the short parent message, then the details in its thread.
 * Uses its own Web API client that rejects rate-limited calls at once, so the digest runner's
 * own retry policy (Retry-After, backoff, "failed" record) is the one in charge.
 */
import type { webApi } from '@slack/bolt';
import { singleShotClient, type SingleShotClientOptions } from './web-client.ts';
import type { Digest } from '../digest/content.ts';
import type { PostResult } from '../digest/runner.ts';
import type { Subscription } from '../digest/subscription.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { renderDigestPost } from '../render/digest.ts';

/** Options for the digest's Web API client. */
export type DigestClientOptions = SingleShotClientOptions;

/**
 * A Web API client for digests: no silent internal retries.
 * @example const client = digestClient({ token: config.slack.botToken, apiUrl: config.slack.apiUrl })
 */
export function digestClient(options: DigestClientOptions): webApi.WebClient {
  return singleShotClient(options);
}

/**
 * The runner's `post`: parent first (its failure throws, so the runner retries or records a
 * failure), then the thread (its failure is logged: retrying would post the parent twice).
 * @example new DigestRunner({ post: digestPoster(client, "de", logger), … })
 */
export function digestPoster(client: webApi.WebClient, lang: Lang, logger: Logger): (sub: Subscription, digest: Digest) => Promise<PostResult> {
  return async (sub, digest) => {
    const post = renderDigestPost(digest, lang);
    const parent = await client.chat.postMessage({ channel: sub.channel, ...post.parent });
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
