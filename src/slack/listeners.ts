/**
 * Slack listeners: the /korea command, @mentions and the answer buttons. Ack first, then answer;
 * failures become one friendly message for the user and one log line for the operator.
 */
import type { App } from '@slack/bolt';
import type { Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import type { BotCore } from './core.ts';
import { MemoryDeliveryLog, type DeliveryLog } from '../store/deliveries.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { feedbackReply, type FeedbackOptions } from './feedback.ts';
import { registerActions } from './actions.ts';
import { safeDigest, safeMessage } from './safe-answer.ts';
import { inputText, MAX_RAW_INPUT_LENGTH, parseCommand } from '../query/index.ts';
import { answerMetadata, previousCommand } from './thread-memory.ts';
import { detectLanguage } from '../query/index.ts';

/** The slash command's name. */
export const COMMAND_NAME = '/korea';

/** Remembers the language each user last wrote in, so a German "mehr" follows an English question. */
export class UserLanguages {
  private readonly byUser = new Map<string, Lang>();
  constructor(private readonly fallback: Lang) {}

  /** The language for this message: what it is written in, else what the user wrote before, else their chosen language, else the default. */
  resolve(user: string | undefined, text: string, chosen?: Lang): Lang {
    const detected = detectLanguage(text.slice(0, MAX_RAW_INPUT_LENGTH).replace(/^(?:<@[A-Z0-9]+(?:\|[^<>]*)?>[\s,:]*)+/, ''));
    if (user && detected) this.byUser.set(user, detected);
    return detected ?? (user ? this.byUser.get(user) : undefined) ?? chosen ?? this.fallback;
  }
}

/**
 * Register the command, mention and action listeners.
 * @example registerListeners(app, core, logger)
 */
export function registerListeners(app: App, core: BotCore, logger: Logger, extras: ListenerExtras = {}): void {
  const languages = new UserLanguages(core.lang);
  const deliveries = extras.deliveries ?? new MemoryDeliveryLog();
  const feedback = extras.feedback;
  /** The language a user chose in the App Home, if any (a database problem: none). */
  const chosen = async (user: string | undefined) => (user && feedback ? await feedback.store.language(user).catch(() => undefined) : undefined);

  app.command(COMMAND_NAME, async ({ command, ack, respond }) => {
    await ack();
    const text = inputText(command.text);
    const lang = languages.resolve(command.user_id, text, await chosen(command.user_id));
    // (parsed here only to route digest and feedback commands, which need the stores)
    const parsed = parseCommand(text);
    const { message } = parsed.kind === 'digest' && core.digest
      ? await safeDigest(() => core.digest!(parsed.args, { channel: command.channel_id, user: command.user_id }), lang, logger)
      : feedback && parsed.kind === 'feedback'
        ? { message: await feedbackReply(feedback.store, feedback.editors, command.user_id, lang, new Date()).catch((error: unknown) => failed(error, lang, logger)) }
        : safeMessage(() => core.answer(text, { lang }), lang, logger, { share: true });
    try {
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      logger.error(`respond failed for ${COMMAND_NAME} in ${command.channel_id}:`, error);
    }
  });

  app.event('app_mention', async ({ event, client, body, context }) => {
    // a retry (X-Slack-Retry-Num) may reach another replica: the delivery log is shared
    if (event.bot_id || (body.event_id && !(await deliveries.firstTime(`event:${body.event_id}`, new Date())))) {
      logger.debug(`ignored app_mention ${body.event_id} (bot message or retry ${context.retryNum ?? 0})`);
      return;
    }
    const text = inputText(event.text);
    const lang = languages.resolve(event.user, text, await chosen(event.user));
    const thread_ts = event.thread_ts ?? event.ts;
    const parsed = parseCommand(text);
    if (parsed.kind === 'digest' && core.digest && event.user) {
      const { message } = await safeDigest(() => core.digest!(parsed.args, { channel: event.channel, user: event.user! }), lang, logger);
      // only the asker sees a digest preview or a subscription reply, as with the slash command
      await postOrLog(logger, event.channel, () => client.chat.postEphemeral({ channel: event.channel, user: event.user!, thread_ts, ...message }));
      return;
    }
    const previous = await previousCommand(client, event.channel, event.thread_ts, logger);
    const { message, answer } = safeMessage(() => core.answer(text, { lang, previous }), lang, logger);
    await postOrLog(logger, event.channel, () => client.chat.postMessage({ channel: event.channel, thread_ts, ...message, ...answerMetadata(answer?.command) }));
  });

  registerActions(app, core, logger, deliveries);
}

/** What the listeners share with the rest of the bot besides the core. */
export interface ListenerExtras {
  /** Deliveries already handled (shared by replicas when in the database); default: memory. */
  deliveries?: DeliveryLog;
  /** Feedback store and editors; absent: no feedback summary command. */
  feedback?: FeedbackOptions;
}

function failed(error: unknown, lang: Lang, logger: Logger): SlackMessage {
  logger.error('feedback summary failed:', error);
  return { text: messagesFor(lang).failure, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: messagesFor(lang).failure } }] };
}

async function postOrLog(logger: Logger, channel: string, post: () => Promise<unknown>): Promise<void> {
  try {
    await post();
  } catch (error) {
    logger.error(`chat.postMessage failed in ${channel}:`, error);
  }
}
