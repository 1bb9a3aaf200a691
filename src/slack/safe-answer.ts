/**
 * Answering must never crash a listener: any failure becomes one friendly message for the user
 * (in their language) and one log line with the cause for the operator.
 */
import type { Answer } from '../answers/types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { oneLineError, type Logger } from '../log.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { renderSlack, type RenderOptions } from '../render/slack.ts';
import { renderDigestReply } from '../render/digest.ts';
import type { DigestReply } from '../digest/service.ts';

/**
 * Compute and render an answer; on failure, render the friendly failure message.
 * @example const message = safeMessage(() => core.answer(text), "de", logger, { share: true })
 */
export function safeMessage(compute: () => Answer, lang: Lang, logger: Logger, options: RenderOptions = {}): { message: SlackMessage; answer: Answer | null } {
  try {
    const answer = compute();
    return { message: renderSlack(answer, options), answer };
  } catch (error) {
    logger.error('answering failed:', oneLineError(error));
    return { message: renderSlack({ kind: 'error', query: '', lang, message: messagesFor(lang).failure, usage: [] }), answer: null };
  }
}

/**
 * Run a digest command and render its reply; on failure, the friendly failure message.
 * @example const { message } = await safeDigest(() => core.digest!("on 07:30", target), "de", logger)
 */
export async function safeDigest(run: () => Promise<DigestReply>, lang: Lang, logger: Logger): Promise<{ message: SlackMessage }> {
  try {
    return { message: renderDigestReply(await run(), lang) };
  } catch (error) {
    logger.error('digest command failed:', oneLineError(error));
    return { message: renderSlack({ kind: 'error', query: '', lang, message: messagesFor(lang).failure, usage: [] }) };
  }
}
