/**
 * Slack listeners: the /korea command and @mentions. Ack first, then answer; any failure becomes
 * one friendly message for the user and one log line for the operator.
 */
import type { App } from '@slack/bolt';
import type { Answer } from '../answers/types.ts';
import type { Logger } from '../log.ts';
import { renderSlack } from '../render/slack.ts';

/** What the Slack adapter needs from the core. */
export interface BotCore {
  answer(text: string): Answer;
  articleCount(): number;
}

/** Shown when answering fails unexpectedly. */
export const FRIENDLY_FAILURE = 'Sorry, something went wrong while answering. Please try again in a minute.';

/** The slash command's name. */
export const COMMAND_NAME = '/korea';

/**
 * Register the command and mention listeners.
 * @example registerListeners(app, core, logger)
 */
export function registerListeners(app: App, core: BotCore, logger: Logger): void {
  app.command(COMMAND_NAME, async ({ command, ack, respond }) => {
    await ack();
    const message = safeRender(core, command.text, logger);
    try {
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(`respond failed for ${COMMAND_NAME} in ${command.channel_id}:`, error);
    }
  });

  app.event('app_mention', async ({ event, client }) => {
    const message = safeRender(core, event.text ?? '', logger);
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      await client.chat.postMessage({ channel: event.channel, thread_ts, ...message });
    } catch (error) {
      logger.error(`chat.postMessage failed in ${event.channel}:`, error);
    }
  });
}

function safeRender(core: BotCore, text: string, logger: Logger) {
  try {
    return renderSlack(core.answer(text));
  } catch (error) {
    logger.error('answering failed:', error, 'input length', text.length);
    return renderSlack({ kind: 'error', query: '', message: FRIENDLY_FAILURE, usage: [] });
  }
}
