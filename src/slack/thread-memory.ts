/**
 * Thread state lives in the thread itself: every answer the bot posts carries Slack message
 * metadata with the command it answered, and a follow-up reads it back with
 * `conversations.replies`. Nothing to store, and it survives restarts.
 */
import type { App } from '@slack/bolt';
import type { Logger } from '../log.ts';

/** Pages of a thread read at most (200 messages each). */
const MAX_PAGES = 10;

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
    // replies come oldest first, a page at a time: read on to the newest (bounded)
    let found: string | undefined;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const replies = await client.conversations.replies({ channel, ts: threadTs, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) });
      for (const message of replies.messages ?? []) {
        const payload = message.metadata?.event_type === ANSWER_EVENT_TYPE ? (message.metadata.event_payload as Record<string, unknown> | undefined) : undefined;
        if (typeof payload?.command === 'string') found = payload.command;
      }
      cursor = replies.response_metadata?.next_cursor || undefined;
      if (!replies.has_more || !cursor) break;
    }
    return found;
  } catch (error) {
    logger.warn(`conversations.replies failed in ${channel}:`, error);
  }
  return undefined;
}
