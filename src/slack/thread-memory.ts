/**
 * Thread state lives in the thread itself: every answer the bot posts carries Slack message
 * metadata with the command it answered, and a follow-up reads it back with
 * `conversations.replies`. Nothing to store, and it survives restarts.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../log.ts';

/** The metadata event type on the bot's answers. */
export const ANSWER_EVENT_TYPE = 'korea_answer';

/** Metadata to attach to an answer so the thread can continue it. */
export function answerMetadata(command: string | undefined) {
  return command ? { metadata: { event_type: ANSWER_EVENT_TYPE, event_payload: { command } } } : {};
}

/**
 * The command the bot last answered in a thread, or undefined (no thread, no answer, or Slack
 * refused: then the follow-up is answered without context and the cause is logged).
 * @example await previousCommand(client, "C1", "1700000000.000100", logger) // "timeline 2020"
 */
export async function previousCommand(client: App['client'], channel: string, threadTs: string | undefined, logger: Logger): Promise<string | undefined> {
  if (!threadTs) return undefined;
  try {
    const replies = await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200 });
    const messages = replies.messages ?? [];
    for (let i = messages.length - 1; i >= 0; i--) {
      const metadata = messages[i]!.metadata;
      const payload = metadata?.event_type === ANSWER_EVENT_TYPE ? (metadata.event_payload as Record<string, unknown> | undefined) : undefined;
      const command = payload?.command;
      if (typeof command === 'string') return command;
    }
  } catch (error) {
    logger.warn(`conversations.replies failed in ${channel}:`, error);
  }
  return undefined;
}
