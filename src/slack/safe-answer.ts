/**
 * Answering must never crash a listener: any failure becomes one friendly message for the user
 * (in their language) and one log line with the cause for the operator.
 */
import type { Reply } from '../core-types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
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
    logger.error('answering failed:', oneLineError(error));
    return { message: renderSlack({ kind: 'error', query: '', lang, message: messagesFor(lang).failure, usage: [] }), reply: null };
  }
}
