/**
 * The App Home tab: published on `app_home_opened` (`views.publish`) and again after each of its
 * buttons acts (digest time or off, a channel's digest off, language, an example question
 * answered in a DM with the bot).
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { DigestStore } from '../digest/store.ts';
import type { Subscription } from '../digest/subscription.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { ACTION_IDS } from '../render/actions.ts';
import { HOME_DIGEST_TIMES, HOME_EXAMPLES, HOME_MAX_CHANNELS, homeView, type HomeState } from '../render/home.ts';
import type { BotCore } from '../core-types.ts';
import { feedbackSummary } from '../store/feedback-summary.ts';
import type { FeedbackOptions } from './feedback.ts';
import { drawChart, uploadChart } from './chart-upload.ts';
import { safeReply } from './safe-answer.ts';
import { isSlackUserId } from './slack-ids.ts';
import { languageOf } from '../core.ts';

type ButtonBody = BlockAction<ButtonAction>;
type Client = App['client'];

/** What the Home tab reads and changes. */
export interface HomeOptions {
  digests: DigestStore;
  feedback: FeedbackOptions;
}

/**
 * Register the Home tab's event and buttons.
 * @example registerHome(app, core, { digests: store, feedback }, logger)
 */
export function registerHome(app: App, core: BotCore, options: HomeOptions, logger: Logger): void {
  const publish = async (client: Client, user: string) => {
    try {
      await client.views.publish({ user_id: user, view: homeView(await homeState(client, core, options, user)) });
    } catch (error) {
      logger.error(`views.publish for the App Home of ${user} failed:`, error);
    }
  };

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab === 'home' || event.tab === undefined) await publish(client, event.user);
  });

  const onButton = (id: string, act: (value: string, user: string, client: Client) => Promise<void>) => {
    app.action<ButtonBody>(id, async ({ ack, action, body, client }) => {
      await ack();
      const user = body.user.id;
      try {
        await act(action.value ?? '', user, client);
      } catch (error) {
        logger.error(`App Home button ${id} failed:`, error);
      }
      await publish(client, user);
    });
  };
  // the same digest commands a user could type, for their own DM or a channel they are in
  const digest = (args: string, channel: string, user: string) => core.handle(`digest ${args}`, { lang: core.lang, user, channel });

  onButton(ACTION_IDS.homeDigestTime, async (time, user) => {
    if ((HOME_DIGEST_TIMES as readonly string[]).includes(time)) await digest(`me ${time}`, user, user);
    else logger.warn(`App Home: digest time "${time.slice(0, 20)}" is not one offered`);
  });
  onButton(ACTION_IDS.homeDigestOff, async (_value, user) => void (await digest('me off', user, user)));
  onButton(ACTION_IDS.homeChannelOff, async (channel, user, client) => {
    // only a channel the user is in, as with "/korea digest off" typed there
    if (await isMember(client, channel, user)) await digest('off', channel, user);
    else logger.warn(`App Home: ${user} is not in ${channel.slice(0, 20)}; its digest stays`);
  });
  onButton(ACTION_IDS.homeLanguage, async (lang, user) => {
    if (lang === 'de' || lang === 'en') await options.feedback.store.setLanguage(user, lang);
  });
  onButton(ACTION_IDS.homeExample, async (question, user, client) => {
    const lang = (await options.feedback.store.language(user).catch(() => undefined)) ?? core.lang;
    if (!HOME_EXAMPLES.de.includes(question) && !HOME_EXAMPLES.en.includes(question)) return;
    const { message, reply } = await safeReply(() => core.handle(question, { lang: languageOf(question, lang) }), lang, logger);
    // the chart is drawn while the text goes out, then follows it into the message's thread in the DM
    const drawing = drawChart(reply, logger, question);
    const posted = await client.chat.postMessage({ channel: user, ...message });
    const chart = await drawing;
    if (chart && posted.channel && posted.ts) await uploadChart(client, chart, { channel: posted.channel, threadTs: posted.ts }, lang, question, logger);
  });
}

/** Everything the Home tab shows for one user. */
async function homeState(client: Client, core: BotCore, options: HomeOptions, user: string): Promise<HomeState> {
  const lang: Lang = (await options.feedback.store.language(user).catch(() => undefined)) ?? core.lang;
  const subscriptions = await options.digests.listSubscriptions().catch(() => [] as Subscription[]);
  const channels: Subscription[] = [];
  for (const sub of subscriptions) {
    if (sub.kind !== 'channel' || channels.length >= HOME_MAX_CHANNELS) continue;
    if (await isMember(client, sub.channel, user)) channels.push(sub);
  }
  const state: HomeState = { archive: core.archive(), channels, lang };
  const mine = subscriptions.find((sub) => sub.kind === 'dm' && sub.channel === user);
  if (mine) state.myDigest = mine;
  if (options.feedback.editors.has(user)) state.feedback = await feedbackSummary(options.feedback.store, new Date()).catch(() => ({ periods: [], latestWrong: [] }));
  return state;
}

/** Whether a user is in a channel (the first 1000 members are looked at; an error: no). */
async function isMember(client: Client, channel: string, user: string): Promise<boolean> {
  if (!isSlackUserId(user) || !/^[CG][A-Z0-9]+$/.test(channel)) return false;
  try {
    const members = await client.conversations.members({ channel, limit: 1000 });
    return (members.members ?? []).includes(user);
  } catch {
    return false;
  }
}
