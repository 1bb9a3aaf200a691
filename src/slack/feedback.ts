/**
 * Feedback in Slack: "Hilfreich" stores a vote and thanks the user; "Stimmt nicht" stores the vote
 * and opens the modal (reason and text), whose submission completes it (the core answers
 * `/korea feedback`). One vote per user and answer; a second click changes it.
 */
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, RespondFn, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { ACTION_IDS, decodeFeedback } from '../render/actions.ts';
import { FEEDBACK_CALLBACK_ID, feedbackModal, readFeedbackModal } from '../render/feedback.ts';
import type { SlackMessage } from '../render/block-types.ts';
import type { Feedback, FeedbackStore, Verdict } from '../store/feedback.ts';

type ButtonBody = BlockAction<ButtonAction>;

/** Who may read the feedback summary. */
export interface FeedbackOptions {
  store: FeedbackStore;
  /** User ids of the desk's editors (EDITORS). */
  editors: ReadonlySet<string>;
  clock?: () => Date;
}

/**
 * Register the two feedback buttons and the modal's submission.
 * @example registerFeedback(app, { store, editors: new Set(["U1"]) }, logger)
 */
export function registerFeedback(app: App, options: FeedbackOptions, logger: Logger): void {
  const clock = options.clock ?? (() => new Date());
  for (const [id, verdict] of [
    [ACTION_IDS.helpful, 'helpful'],
    [ACTION_IDS.wrong, 'wrong'],
  ] as const) {
    app.action<ButtonBody>(id, async (args) => {
      await args.ack();
      await onVote(args, verdict, options.store, clock, logger);
    });
  }
  app.view<ViewSubmitAction>(FEEDBACK_CALLBACK_ID, async (args) => onModal(args, options.store, clock, logger));
}

async function onVote(args: SlackActionMiddlewareArgs<ButtonBody> & AllMiddlewareArgs, verdict: Verdict, store: FeedbackStore, clock: () => Date, logger: Logger): Promise<void> {
  const { body, action, respond, client } = args;
  const value = decodeFeedback(action.value);
  if (!value) return logger.warn(`${action.action_id} button with an unreadable value`);
  const m = messagesFor(value.lang);
  const channel = body.channel?.id;
  const ts = body.message?.ts;
  const feedback: Feedback = { answerId: value.a, question: value.q, kind: value.k, cited: value.c, user: body.user.id, verdict, at: clock().toISOString() };
  if (channel) feedback.channel = channel;
  if (channel && ts && body.container?.is_ephemeral !== true) feedback.link = `https://slack.com/archives/${channel}/p${ts.replace('.', '')}`;
  let outcome: 'new' | 'changed' | 'same';
  try {
    outcome = await store.vote(feedback);
  } catch (error) {
    logger.error('storing feedback failed:', error);
    return reply(respond, { text: m.failure, blocks: [] }, logger);
  }
  if (verdict === 'wrong') {
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: feedbackModal({ ...value, ...(channel ? { ch: channel } : {}) }, value.lang) });
      return;
    } catch (error) {
      logger.warn('views.open for the feedback modal failed (the vote is stored):', error);
    }
  }
  await reply(respond, thanks(outcome === 'changed' ? m.feedbackChanged : m.feedbackThanks), logger);
}

async function onModal(args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs, store: FeedbackStore, clock: () => Date, logger: Logger): Promise<void> {
  const { ack, body, view, client } = args;
  const lang: Lang = langOf(view.private_metadata);
  const reading = readFeedbackModal(view, lang);
  if (!reading.ok) return ack({ response_action: 'errors', errors: reading.errors });
  const at = clock().toISOString();
  try {
    const { context } = reading;
    // the vote is stored on the click; a submission without one (the click failed) stores it now
    if (!(await store.explain(context.a, body.user.id, reading.reason, reading.text, at))) {
      await store.vote({ answerId: context.a, question: context.q, kind: context.k, cited: context.c, user: body.user.id, verdict: 'wrong', at, ...(context.ch ? { channel: context.ch } : {}) });
      await store.explain(context.a, body.user.id, reading.reason, reading.text, at);
    }
  } catch (error) {
    logger.error('storing feedback from the modal failed:', error);
    return ack({ response_action: 'errors', errors: { reason: messagesFor(lang).failure } });
  }
  await ack();
  const channel = reading.context.ch;
  if (channel) {
    await client.chat.postEphemeral({ channel, user: body.user.id, ...thanks(messagesFor(lang).feedbackThanks) }).catch((error: unknown) => logger.warn('thanking for feedback failed:', error));
  }
}

function thanks(text: string): SlackMessage {
  return { text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text }] }] };
}

async function reply(respond: RespondFn, message: SlackMessage, logger: Logger): Promise<void> {
  try {
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  } catch (error) {
    logger.error('answering a feedback click failed:', error);
  }
}

function langOf(metadata: unknown): Lang {
  try {
    return (JSON.parse(String(metadata)) as { lang?: unknown }).lang === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}
