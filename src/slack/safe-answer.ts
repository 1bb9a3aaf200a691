/**
 * Answering must never crash a listener: any failure becomes one friendly message for the user
 * (in their language) and one log line with the cause for the operator. An article the snapshot
 * can no longer give while it is being read again from the corpus (a SnapshotError the repair
 * marked `beingReadAgain`: the operator was told once, src/knowledge/snapshot-repair.ts) is said
 * as such, logged at debug level only; any other SnapshotError is a failure like any error.
 */
import type { Reply } from '../core-types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { SnapshotError } from '../knowledge/container.ts';
import { oneLineError, type Logger } from '../log.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { renderReplySlack } from '../render/reply.ts';
import { renderSlack, type RenderOptions } from '../render/slack.ts';

/**
 * Compute and render a reply; on failure, render the friendly failure message.
 * @example const { message } = await safeReply(() => core.handle(text, context), "de", logger, { share: true })
 */
export async function safeReply(compute: () => Reply | Promise<Reply>, lang: Lang, logger: Logger, options: RenderOptions = {}): Promise<{ message: SlackMessage; reply: Reply | null }> {
  try {
    const reply = await compute();
    return { message: renderReplySlack(reply, options), reply };
  } catch (error) {
    const unreadable = error instanceof SnapshotError && error.beingReadAgain;
    if (unreadable) logger.debug('answering needs an article being read again:', oneLineError(error));
    else logger.error('answering failed:', oneLineError(error));
    const messages = messagesFor(lang);
    return { message: renderSlack({ kind: 'error', query: '', lang, message: unreadable ? messages.unreadable : messages.failure, usage: [] }), reply: null };
  }
}
