/**
 * Digest -> Slack messages: a short parent post with the details in its thread, or both at once
 * for the ephemeral preview; and the replies to `digest on/off/status`. Pure.
 */
import type { Digest } from '../digest/content.ts';
import type { DigestReply } from '../digest/service.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { SlackMessage } from './block-types.ts';
import { displayDate } from './dates.ts';
import { codeSpan, escapeSlack, plainMrkdwn } from './escape.ts';
import { digestFeedbackButtons } from './feedback.ts';
import { MessageBuilder } from './message-builder.ts';
import { citationLine } from './slack.ts';

/** A digest post: the parent message and the thread replies (none when there is nothing more). */
export interface DigestPost {
  parent: SlackMessage;
  thread: SlackMessage[];
}

/**
 * The scheduled post.
 * @example renderDigestPost(digest, "de").parent.text // "Tagesüberblick 1. Juli 2025: 3 neue Artikel …"
 */
export function renderDigestPost(digest: Digest, lang: Lang): DigestPost {
  const m = messagesFor(lang);
  const details = detailBuilder(digest, lang);
  const summary = digest.empty ? m.digestNothingNew : m.digestNew(digest.articles.length);
  const parent = new MessageBuilder(escapeSlack(`${m.digestTitle(displayDate(digest.day, lang))}: ${summary}`))
    .header(m.digestTitle(displayDate(digest.day, lang)))
    .section(`${plainMrkdwn(summary)}${details.count > 0 ? ` ${m.digestDetailsBelow}` : ''}`)
    .actions(
      digestFeedbackButtons(
        digest.day,
        digest.articles.map((a) => a.citation.id),
        lang,
      ),
    )
    .build();
  return { parent, thread: details.count > 0 ? [details.builder.build(m.moreArticles)] : [] };
}

/**
 * The ephemeral preview: header, summary and every detail in one message.
 * @example renderDigestPreview(digest, "en").blocks[0].type // "header"
 */
export function renderDigestPreview(digest: Digest, lang: Lang): SlackMessage {
  const m = messagesFor(lang);
  const summary = digest.empty ? m.digestNothingNew : m.digestNew(digest.articles.length);
  const builder = new MessageBuilder(escapeSlack(`${m.digestTitle(displayDate(digest.day, lang))}: ${summary}`));
  builder.header(m.digestTitle(displayDate(digest.day, lang))).section(plainMrkdwn(summary));
  addDetails(builder, digest, lang);
  return builder.build(m.moreArticles);
}

function detailBuilder(digest: Digest, lang: Lang): { builder: MessageBuilder; count: number } {
  const builder = new MessageBuilder(escapeSlack(messagesFor(lang).digestTitle(displayDate(digest.day, lang))));
  return { builder, count: addDetails(builder, digest, lang) };
}

function addDetails(builder: MessageBuilder, digest: Digest, lang: Lang): number {
  const m = messagesFor(lang);
  let count = 0;
  for (const article of digest.articles) {
    if (builder.item([`*${plainMrkdwn(article.headline)}*${article.lead ? `\n${plainMrkdwn(article.lead)}` : ''}`], [citationLine(article.citation, lang)])) count++;
  }
  for (const item of digest.onThisDay.slice(0, 5)) {
    const context = item.citation ? [citationLine(item.citation, lang)] : [];
    if (builder.item([`*${m.digestOnThisDay(item.yearsAgo)}* (${displayDate(item.date, lang)}): ${plainMrkdwn(item.text)}`], context)) count++;
  }
  if (digest.people.length > 0 && builder.item([`*${m.digestPeople}:* ${plainMrkdwn(digest.people.map((p) => `${p.name} (${p.count})`).join(', '))}`])) count++;
  if (digest.quote) {
    const context = digest.quote.citation ? [citationLine(digest.quote.citation, lang)] : [];
    if (builder.item([`*${m.digestQuote}:* „${plainMrkdwn(digest.quote.text)}“ — ${plainMrkdwn(digest.quote.speaker)}`], context)) count++;
  }
  return count;
}

/**
 * Format an instant in a time zone for people: "29.11.2026, 08:00".
 * @example formatInstant(new Date("2026-11-29T07:00:00Z"), "Europe/Berlin", "de") // "29.11.2026, 08:00"
 */
export function formatInstant(instant: Date, tz: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/**
 * The answer to a digest command.
 * @example renderDigestReply({ kind: "unsubscribed" }, "de").text // "Abo beendet. …"
 */
export function renderDigestReply(reply: DigestReply, lang: Lang): SlackMessage {
  const m = messagesFor(lang);
  switch (reply.kind) {
    case 'preview':
      return renderDigestPreview(reply.digest, lang);
    case 'subscribed': {
      const { time, tz, kind, skipEmpty } = reply.subscription;
      const next = formatInstant(reply.next, tz, lang);
      const text = kind === 'dm' ? m.digestSubscribedDm(time, tz, next) : m.digestSubscribed(time, tz, next);
      return simple(skipEmpty ? `${text} ${m.digestQuiet}` : text);
    }
    case 'unsubscribed':
      return simple(m.digestUnsubscribed);
    case 'not-subscribed':
      return simple(m.digestNotSubscribed);
    case 'status': {
      const { time, tz } = reply.subscription;
      return simple(m.digestStatus(time, tz, formatInstant(reply.next, tz, lang), reply.lastDay ? displayDate(reply.lastDay, lang) : m.digestNever));
    }
    case 'error': {
      const problem = reply.reason === 'bad-time' ? m.digestBadTime(reply.input) : reply.reason === 'unknown-subcommand' ? m.digestUnknown(reply.input) : m.digestTooMany(reply.input);
      const usage = ['digest', 'digest on 08:00', 'digest on 08:00 leise', 'digest off', 'digest status', 'digest me 07:30', 'digest me off'];
      return new MessageBuilder(escapeSlack(problem)).section(`:warning: ${escapeSlack(problem)}\n${m.tryThis}: ${usage.map(codeSpan).join(' · ')}`).build();
    }
  }
}

function simple(text: string): SlackMessage {
  return new MessageBuilder(escapeSlack(text)).section(escapeSlack(text)).build();
}
