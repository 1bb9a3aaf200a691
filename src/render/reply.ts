/**
 * Any reply of the core -> a Slack message or terminal text. Adding a reply kind fails to
 * compile until both handle it. Pure.
 */
import type { Reply } from '../core-types.ts';
import type { DigestReply } from '../digest/service.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { SlackMessage } from './block-types.ts';
import { formatInstant, renderDigestReply } from './digest.ts';
import { displayDate } from './dates.ts';
import { feedbackSummaryMessage } from './feedback.ts';
import { renderSlack, type RenderOptions } from './slack.ts';
import { renderDigestText, renderText } from './text.ts';

/**
 * A reply as a Slack message (answers with their buttons per `options`).
 * @example renderReplySlack(await core.handle("digest off", context)).text // "Abo beendet. …"
 */
export function renderReplySlack(reply: Reply, options: RenderOptions = {}): SlackMessage {
  switch (reply.kind) {
    case 'digest':
      return renderDigestReply(reply.reply, reply.lang);
    case 'feedback': {
      if (reply.summary) return feedbackSummaryMessage(reply.summary, reply.lang);
      const text = messagesFor(reply.lang).feedbackEditorsOnly;
      return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
    }
    default:
      return renderSlack(reply, options);
  }
}

/**
 * A reply as terminal text (the console and the `ask` CLI).
 * @example renderReplyText(await core.handle("who Biegun", { lang: "de" })) // "Stephen Biegun: erwähnt in 2 Artikeln. …"
 */
export function renderReplyText(reply: Reply): string {
  switch (reply.kind) {
    case 'digest':
      return digestReplyText(reply.reply, reply.lang);
    case 'feedback': {
      const m = messagesFor(reply.lang);
      if (!reply.summary) return m.feedbackEditorsOnly;
      const lines = [m.feedbackSummaryTitle];
      for (const period of reply.summary.periods)
        lines.push(`  ${m.feedbackPeriod(period.days)}`, ...(period.counts.length ? period.counts.map((c) => `    ${m.feedbackCounts(c.kind, c.helpful, c.wrong)}`) : [`    ${m.feedbackNone}`]));
      return lines.join('\n');
    }
    default:
      return renderText(reply);
  }
}

/** A digest command's outcome as terminal text (the console only ever shows the preview). */
function digestReplyText(reply: DigestReply, lang: Lang): string {
  const m = messagesFor(lang);
  switch (reply.kind) {
    case 'preview':
      return renderDigestText(reply.digest, lang);
    case 'subscribed': {
      const { time, tz, kind } = reply.subscription;
      return (kind === 'dm' ? m.digestSubscribedDm : m.digestSubscribed)(time, tz, formatInstant(reply.next, tz, lang));
    }
    case 'unsubscribed':
      return m.digestUnsubscribed;
    case 'not-subscribed':
      return m.digestNotSubscribed;
    case 'status': {
      const { time, tz } = reply.subscription;
      return m.digestStatus(time, tz, formatInstant(reply.next, tz, lang), reply.lastDay ? displayDate(reply.lastDay, lang) : m.digestNever);
    }
    case 'error':
      return reply.reason === 'bad-time' ? m.digestBadTime(reply.input) : reply.reason === 'unknown-subcommand' ? m.digestUnknown(reply.input) : m.digestTooMany(reply.input);
  }
}
