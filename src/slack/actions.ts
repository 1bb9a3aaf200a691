/**
 * The answer buttons: "Im Channel teilen" posts the answer visibly, "Mehr" shows the next page,
 * "Quelle zeigen" shows the cited passage in its context. A candidate's profile (an ambiguous
 * name) brings its chart as a mention does: into the thread, or by DM for an ephemeral answer.
 */
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { ACTION_IDS } from '../render/actions.ts';
import type { SlackMessage } from '../render/block-types.ts';
import { messagesFor } from '../i18n/messages.ts';
import { chartOf } from '../render/chart.ts';
import type { Logger } from '../log.ts';
import type { BotCore } from '../core-types.ts';
import { MemoryDeliveryLog, type DeliveryLog } from '../store/deliveries.ts';
import { buttonPress } from './button-press.ts';
import { drawChart, uploadChart, withChartNote } from './chart-upload.ts';
import { safeReply } from './safe-answer.ts';
import { userMention } from './slack-ids.ts';
import { answerMetadata } from './thread-memory.ts';

type ButtonBody = BlockAction<ButtonAction>;

/**
 * Register the three button handlers.
 * @example registerActions(app, core, logger)
 */
export function registerActions(app: App, core: BotCore, logger: Logger, deliveries: DeliveryLog = new MemoryDeliveryLog(), uploads?: webApi.WebClient): void {
  /** False for a click already handled (a redelivery, possibly to another replica). */
  const firstClick = async (body: ButtonBody, action: ButtonAction) => {
    if (await deliveries.firstTime(`click:${body.user.id}:${action.action_id}:${action.action_ts}`, new Date())) return true;
    logger.debug(`ignored a repeated click on ${action.action_id}`);
    return false;
  };
  app.action<ButtonBody>(ACTION_IDS.share, async ({ ack, action, body, respond }) => {
    await ack();
    if (!(await firstClick(body, action))) return;
    const value = buttonPress(ACTION_IDS.share, action.value);
    if (!value) return logger.warn('share button with an unreadable value');
    const { message } = await safeReply(() => value.answer(core), value.lang, logger, { interactive: false });
    const shared: SlackMessage = {
      ...message,
      blocks: [...message.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: messagesFor(value.lang).sharedBy(userMention(body.user?.id, messagesFor(value.lang).someone)) }] }],
    };
    await send(logger, () => respond({ response_type: 'in_channel', replace_original: false, ...shared }));
  });

  // "Mehr" and the candidate buttons of an ambiguous name both answer the command they carry
  for (const id of [ACTION_IDS.more, ACTION_IDS.ask]) {
    app.action<ButtonBody>(id, async ({ ack, action, body, respond, client }) => {
      await ack();
      if (!(await firstClick(body, action))) return;
      const value = buttonPress(id, action.value);
      if (!value) return logger.warn(`${id} button with an unreadable value`);
      const ephemeral = answersPrivately(body);
      const answered = await safeReply(() => value.answer(core), value.lang, logger, { share: ephemeral });
      // ("Mehr" shows page 2 on, which carries no chart; a candidate's profile does). The chart is
      // drawn while the text goes out, which never waits for it.
      const expectsChart = answered.reply !== null && chartOf(answered.reply) !== undefined;
      const drawing = drawChart(answered.reply, logger, value.command ?? '');
      const message = expectsChart && ephemeral ? withChartNote(answered.message, value.lang) : answered.message;
      const posted = await reply(ephemeral, body, respond, client, message, answered.reply?.command, logger);
      const chart = await drawing;
      if (!expectsChart || !posted.ok) return;
      if (!chart) {
        if (ephemeral) await send(logger, () => respond({ response_type: 'ephemeral', replace_original: false, text: messagesFor(value.lang).chartNotSent }));
        return;
      }
      const target = posted.threadTs && body.channel ? { channel: body.channel.id, threadTs: posted.threadTs } : { dmWith: body.user.id };
      const sent = await uploadChart(uploads ?? client, chart, target, value.lang, value.command ?? '', logger);
      if (!sent && 'dmWith' in target) await send(logger, () => respond({ response_type: 'ephemeral', replace_original: false, text: messagesFor(value.lang).chartNotSent }));
    });
  }

  app.action<ButtonBody>(ACTION_IDS.source, async ({ ack, action, body, respond, client }) => {
    await ack();
    if (!(await firstClick(body, action))) return;
    const value = buttonPress(ACTION_IDS.source, action.value);
    if (!value) return logger.warn('source button with an unreadable value');
    const ephemeral = answersPrivately(body);
    const { message } = await safeReply(() => value.answer(core), value.lang, logger, { interactive: false });
    await reply(ephemeral, body, respond, client, message, undefined, logger);
  });
}

/** Ephemeral answers continue ephemerally; answers in a thread continue in that thread. Whether it went out, and the thread's ts when posted there. */
/**
 * Whether a click is answered only to the clicker: it came from an ephemeral message, or there is
 * no message or channel to answer in (decided once, so the chart note and the reply agree).
 */
function answersPrivately(body: ButtonBody): boolean {
  return body.container?.is_ephemeral === true || !body.message || !body.channel;
}

async function reply(
  ephemeral: boolean,
  body: ButtonBody,
  respond: RespondFn,
  client: App['client'],
  message: SlackMessage,
  command: string | undefined,
  logger: Logger,
): Promise<{ ok: boolean; threadTs?: string }> {
  if (ephemeral || !body.channel || !body.message) {
    return { ok: await send(logger, () => respond({ response_type: 'ephemeral', replace_original: false, ...message })) };
  }
  const thread_ts = (body.message.thread_ts as string | undefined) ?? body.message.ts;
  return { ok: await send(logger, () => client.chat.postMessage({ channel: body.channel!.id, thread_ts, ...message, ...answerMetadata(command) })), threadTs: thread_ts };
}

/** Post; false (and one log line) when it failed. */
async function send(logger: Logger, post: () => Promise<unknown>): Promise<boolean> {
  try {
    await post();
    return true;
  } catch (error) {
    logger.error('posting a button answer failed:', error);
    return false;
  }
}
