/**
 * Answering must never crash a listener: any failure becomes one friendly message for the user
 * (in their language) and one log line with the cause for the operator.
 */
import type { Answer } from '../answers/types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { renderSlack, type RenderOptions } from '../render/slack.ts';

/**
 * Compute and render an answer; on failure, render the friendly failure message.
 * @example const message = safeMessage(() => core.answer(text), "de", logger, { share: true })
 */
export function safeMessage(compute: () => Answer, lang: Lang, logger: Logger, options: RenderOptions = {}): { message: SlackMessage; answer: Answer | null } {
  try {
    const answer = compute();
    return { message: renderSlack(answer, options), answer };
  } catch (error) {
    logger.error('answering failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    return { message: renderSlack({ kind: 'error', query: '', lang, message: messagesFor(lang).failure, usage: [] }), answer: null };
  }
}
