/**
 * Answer -> Slack message (Block Kit + fallback text). Pure.
 */
import type { Citation } from '../corpus/article.ts';
import type { Answer, ErrorAnswer, HelpAnswer, SearchAnswer, TimelineAnswer, WhoAnswer } from '../answers/types.ts';
import { codeSpan, plainMrkdwn, slackLink } from './escape.ts';
import { MessageBuilder } from './message-builder.ts';
import type { SlackMessage } from './block-types.ts';
import { fallbackText } from './fallback.ts';

/**
 * Render any answer for Slack. Adding an answer kind fails to compile until it is handled here.
 * @example renderSlack(answer).blocks[0] // { type: "header", … }
 */
export function renderSlack(answer: Answer): SlackMessage {
  const builder = new MessageBuilder(fallbackText(answer));
  switch (answer.kind) {
    case 'help':
      return renderHelp(builder, answer);
    case 'timeline':
      return renderTimeline(builder, answer);
    case 'who':
      return renderWho(builder, answer);
    case 'search':
      return renderSearch(builder, answer);
    case 'error':
      return renderError(builder, answer);
  }
}

/**
 * The context line citing an article: title · date · link.
 * @example citationLine({ id: "a", title: "T", date: "2020-07", url: "https://x.de" }) // "T · 2020-07 · <https://x.de|Artikel öffnen>"
 */
export function citationLine(citation: Citation): string {
  const parts = [`:newspaper: ${plainMrkdwn(citation.title)}`, citation.date];
  if (citation.url) parts.push(slackLink(citation.url, 'Link'));
  parts.push(codeSpan(citation.id));
  return parts.join(' · ');
}

function renderHelp(builder: MessageBuilder, answer: HelpAnswer): SlackMessage {
  builder.header('Korea desk bot').section(plainMrkdwn(answer.intro));
  for (const command of answer.commands) {
    builder.item([`*${plainMrkdwn(command.usage)}*\n${plainMrkdwn(command.description)}\n_e.g._ ${codeSpan(command.example)}`]);
  }
  return builder.build();
}

function renderTimeline(builder: MessageBuilder, answer: TimelineAnswer): SlackMessage {
  const period = answer.from === answer.to ? answer.from : `${answer.from} – ${answer.to}`;
  builder.header(`Timeline ${period}`);
  if (answer.events.length === 0) {
    const hint = answer.nearest ? ` The nearest period with articles: \`timeline ${answer.nearest.from === answer.nearest.to ? answer.nearest.from : `${answer.nearest.from}..${answer.nearest.to}`}\`.` : '';
    return builder.section(`Nothing in the archive for ${period}.${hint}`).build();
  }
  for (const event of answer.events) {
    builder.item([`*${plainMrkdwn(event.date)}*  ${plainMrkdwn(event.text)}`], event.citations.map(citationLine));
  }
  return builder.build((n) => `${n} more events not shown. Narrow the range, e.g. \`timeline ${answer.from.slice(0, 4)}-07\`.`);
}

function renderWho(builder: MessageBuilder, answer: WhoAnswer): SlackMessage {
  const person = answer.person;
  if (!person) {
    const offer = answer.suggestions.length > 0 ? ` Did you mean ${answer.suggestions.map(codeSpan).join(', ')}?` : '';
    return builder.section(`Nobody called *${plainMrkdwn(answer.query.replace(/^who\s+/i, ''))}* is mentioned in the archive.${offer}`).build();
  }
  builder.header(person.name);
  const facts = [
    person.roles.length > 0 ? `*Roles:* ${plainMrkdwn(person.roles.join(', '))}` : '',
    person.aliases.length > 0 ? `*Also written:* ${plainMrkdwn(person.aliases.join(', '))}` : '',
    `*Mentioned in* ${person.articles.length} article${person.articles.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  builder.section(facts.join('\n'));
  for (const quote of person.quotes) builder.item([`> ${plainMrkdwn(quote.text)}`], [citationLine(quote.article)]);
  for (const mention of person.mentions) builder.item([plainMrkdwn(mention.sentence)], [citationLine(mention.article)]);
  return builder.build((n) => `${n} more mentions not shown.`);
}

function renderSearch(builder: MessageBuilder, answer: SearchAnswer): SlackMessage {
  builder.header(`Search: ${answer.query}`);
  if (answer.hits.length === 0) {
    const offer = answer.suggestions.length > 0 ? ` Closest terms in the archive: ${answer.suggestions.map(codeSpan).join(', ')}.` : '';
    return builder.section(`No article matches *${plainMrkdwn(answer.query)}*.${offer}`).build();
  }
  for (const hit of answer.hits) {
    builder.item([`*${plainMrkdwn(hit.title)}*\n${plainMrkdwn(hit.snippet)}`], [citationLine(hit)]);
  }
  if (answer.total > answer.hits.length) builder.skip(answer.total - answer.hits.length);
  return builder.build((n) => `${n} more articles match.`);
}

function renderError(builder: MessageBuilder, answer: ErrorAnswer): SlackMessage {
  const usage = answer.usage.length > 0 ? `\nTry: ${answer.usage.map(codeSpan).join(' · ')}` : '';
  return builder.section(`:warning: ${plainMrkdwn(answer.message)}${usage}`).build();
}
