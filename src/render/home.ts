/**
 * The App Home tab: the archive's state, the user's own digest and the channels with a digest
 * they are in (with buttons that act at once), their language, example questions, and for
 * editors the feedback summary. Pure; within Block Kit's 100 blocks for Home views.
 */
import type { ActionsBlock, Button, HomeView, KnownBlock } from '@slack/types';
import type { Subscription } from '../digest/subscription.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { ACTION_IDS } from './actions.ts';
import { displayDate } from './dates.ts';
import { plainMrkdwn } from './escape.ts';
import { feedbackSummaryBlocks, type FeedbackSummary } from './feedback.ts';
import { BLOCK_LIMITS, truncate } from './limits.ts';

/** Blocks a Home view may have. */
export const HOME_BLOCK_LIMIT = 100;
/** Channels listed at most (each takes one block). */
export const HOME_MAX_CHANNELS = 20;
/** Digest times offered as buttons. */
export const HOME_DIGEST_TIMES = ['07:00', '08:00', '09:00'] as const;
/** Example questions offered as buttons (answered in a DM). */
export const HOME_EXAMPLES: Record<Lang, readonly string[]> = {
  de: ['wer ist Kim Jong Un?', 'timeline 2019', 'Sanktionen'],
  en: ['who is Kim Jong Un?', 'timeline 2019', 'sanctions'],
};

/** What the App Home shows about the archive. */
export interface ArchiveState {
  articles: number;
  newest?: { title: string; date: string };
  /** ISO instant of the last load or change. */
  updatedAt?: string;
  /** New articles are still being merged into the timeline and people. */
  merging: boolean;
}

/** Everything the Home tab shows for one user. */
export interface HomeState {
  archive: ArchiveState;
  /** The user's own DM digest, if any. */
  myDigest?: Subscription;
  /** Channel digests in channels the user is in. */
  channels: Subscription[];
  lang: Lang;
  /** Set for editors. */
  feedback?: FeedbackSummary;
}

const button = (action_id: string, text: string, value: string, primary = false): Button => ({
  type: 'button',
  action_id,
  value,
  text: { type: 'plain_text', text: truncate(text, BLOCK_LIMITS.buttonText) },
  ...(primary ? { style: 'primary' as const } : {}),
});
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, BLOCK_LIMITS.sectionText) } });
const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: truncate(text, BLOCK_LIMITS.headerText) } });
const actions = (elements: Button[]): ActionsBlock => ({ type: 'actions', elements });

/**
 * The Home view for one user.
 * @example homeView(state).blocks.length <= 100 // true
 */
export function homeView(state: HomeState): HomeView {
  const m = messagesFor(state.lang);
  const blocks: KnownBlock[] = [header(m.helpTitle), ...archiveBlocks(state), { type: 'divider' }];
  blocks.push(header(m.homeDigestTitle), section(state.myDigest ? m.homeDigestOn(state.myDigest.time) : m.homeDigestOff));
  blocks.push(
    actions([
      ...HOME_DIGEST_TIMES.map((time) => button(ACTION_IDS.homeDigestTime, time, time, state.myDigest?.time === time)),
      ...(state.myDigest ? [button(ACTION_IDS.homeDigestOff, m.homeDigestOffButton, 'off')] : []),
    ]),
  );
  blocks.push(section(`*${m.homeChannelsTitle}*`));
  if (state.channels.length === 0) blocks.push(section(m.homeNoChannels));
  for (const sub of state.channels.slice(0, HOME_MAX_CHANNELS)) {
    blocks.push({ ...section(m.homeChannelDigest(`<#${sub.channel}>`, sub.time)), accessory: button(ACTION_IDS.homeChannelOff, m.homeDigestOffButton, sub.channel) } as KnownBlock);
  }
  blocks.push({ type: 'divider' }, section(`*${m.homeLanguageTitle}*`));
  blocks.push(actions([button(ACTION_IDS.homeLanguage, 'Deutsch', 'de', state.lang === 'de'), button(ACTION_IDS.homeLanguage, 'English', 'en', state.lang === 'en')]));
  blocks.push(section(`*${m.homeExamplesTitle}*`), actions(HOME_EXAMPLES[state.lang].map((q) => button(ACTION_IDS.homeExample, q, q))));
  if (state.feedback) blocks.push({ type: 'divider' }, ...feedbackSummaryBlocks(state.feedback, state.lang));
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCK_LIMIT) };
}

function archiveBlocks(state: HomeState): KnownBlock[] {
  const m = messagesFor(state.lang);
  const { archive } = state;
  const lines = [m.homeArchive(archive.articles)];
  if (archive.newest) lines.push(m.homeNewest(plainMrkdwn(truncate(archive.newest.title, 120)), displayDate(archive.newest.date, state.lang)));
  if (archive.updatedAt) lines.push(m.homeUpdated(archive.updatedAt.slice(0, 16).replace('T', ' ') + ' UTC'));
  if (archive.merging) lines.push(m.homeMerging);
  return [section(lines.join('\n'))];
}
