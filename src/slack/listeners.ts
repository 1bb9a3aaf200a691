/**
 * Slack listeners: the /korea command, @mentions and the answer buttons. Ack first, then answer;
 * failures become one friendly message for the user and one log line for the operator.
 */
import type { App, webApi } from '@slack/bolt';
import { inputText } from '../query/index.ts';
import type { BotCore } from '../core-types.ts';
import { messagesFor } from '../i18n/messages.ts';
import { chartOf } from '../render/chart.ts';
import type { Logger } from '../log.ts';
import { MemoryDeliveryLog, type DeliveryLog } from '../store/deliveries.ts';
import { registerActions } from './actions.ts';
import { drawChart, uploadChart, withChartNote } from './chart-upload.ts';
import type { FeedbackOptions } from './feedback.ts';
import { stripSlackMarkup, UserLanguages } from './incoming.ts';
import { safeReply } from './safe-answer.ts';
import { answerMetadata, previousCommand } from './thread-memory.ts';

/** The slash command's name. */
export const COMMAND_NAME = '/korea';

/**
 * Register the command, mention and action listeners.
 * @example registerListeners(app, core, logger)
 */
export function registerListeners(app: App, core: BotCore, logger: Logger, extras: ListenerExtras = {}): void {
  const languages = new UserLanguages(core.lang);
  const deliveries = extras.deliveries ?? new MemoryDeliveryLog();
  const feedback = extras.feedback;
  const uploads = (client: webApi.WebClient) => extras.uploads ?? client;
  /** The language a user chose in the App Home, if any (a database problem: none). */
  const chosen = async (user: string | undefined) => (user && feedback ? await feedback.store.language(user).catch(() => undefined) : undefined);

  app.command(COMMAND_NAME, async ({ command, ack, respond, client }) => {
    await ack();
    const text = stripSlackMarkup(inputText(command.text));
    const lang = languages.resolve(command.user_id, text, await chosen(command.user_id));
    // a slash command's answer is ephemeral: only the asker sees it
    const context = { lang, user: command.user_id, channel: command.channel_id, private: true };
    const { message, reply } = await safeReply(() => core.handle(text, context), lang, logger, { share: true });
    // a response_url cannot carry files: the chart goes to the asker's DM with the bot (as private as
    // the answer); it is drawn while the text goes out, which never waits for it
    const expectsChart = reply !== null && chartOf(reply) !== undefined;
    const drawing = drawChart(reply, logger, text);
    try {
      await respond({ response_type: 'ephemeral', ...(expectsChart ? withChartNote(message, lang) : message) });
    } catch (error) {
      logger.error(`respond failed for ${COMMAND_NAME} in ${command.channel_id}:`, error);
      return;
    }
    const chart = await drawing;
    if (expectsChart && !(chart && (await uploadChart(uploads(client), chart, { dmWith: command.user_id }, lang, text, logger)))) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: messagesFor(lang).chartNotSent }).catch(() => undefined);
    }
  });

  app.event('app_mention', async ({ event, client, body, context }) => {
    // a retry (X-Slack-Retry-Num) may reach another replica: the delivery log is shared
    if (event.bot_id || (body.event_id && !(await deliveries.firstTime(`event:${body.event_id}`, new Date())))) {
      logger.debug(`ignored app_mention ${body.event_id} (bot message or retry ${context.retryNum ?? 0})`);
      return;
    }
    const text = stripSlackMarkup(inputText(event.text));
    const lang = languages.resolve(event.user, text, await chosen(event.user));
    const thread_ts = event.thread_ts ?? event.ts;
    const previous = await previousCommand(client, event.channel, event.thread_ts, logger);
    const asked = { lang, channel: event.channel, ...(event.user ? { user: event.user } : {}), ...(previous ? { previous } : {}) };
    const { message, reply } = await safeReply(() => core.handle(text, asked), lang, logger);
    if (reply?.kind === 'digest' && event.user) {
      // only the asker sees a digest preview or a subscription reply, as with the slash command
      await postOrLog(logger, event.channel, () => client.chat.postEphemeral({ channel: event.channel, user: event.user!, thread_ts, ...message }));
      return;
    }
    // the chart is drawn while the text goes out, then follows it into the thread
    const drawing = drawChart(reply, logger, text);
    const posted = await postOrLog(logger, event.channel, () => client.chat.postMessage({ channel: event.channel, thread_ts, ...message, ...answerMetadata(reply?.command) }));
    const chart = await drawing;
    if (chart && posted) await uploadChart(uploads(client), chart, { channel: event.channel, threadTs: thread_ts }, lang, text, logger);
  });

  registerActions(app, core, logger, deliveries, extras.uploads);
}

/** What the listeners share with the rest of the bot besides the core. */
export interface ListenerExtras {
  /** Deliveries already handled (shared by replicas when in the database); default: memory. */
  deliveries?: DeliveryLog;
  /** Feedback store, for the language each user chose in the App Home; absent: none chosen. */
  feedback?: FeedbackOptions;
  /** The client that uploads charts (one try, a timeout); absent: the listener's client. */
  uploads?: webApi.WebClient;
}

/** Post; false (and one log line) when it failed. */
async function postOrLog(logger: Logger, channel: string, post: () => Promise<unknown>): Promise<boolean> {
  try {
    await post();
    return true;
  } catch (error) {
    logger.error(`chat.postMessage failed in ${channel}:`, error);
    return false;
  }
}
