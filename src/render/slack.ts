/**
 * Answer -> Slack message (Block Kit + fallback text). Pure.
 */
import type { Citation } from '../corpus/article.ts';
import type { Answer, ErrorAnswer, HelpAnswer, SearchAnswer, SourceAnswer, TimelineAnswer, WhoAnswer, PersonProfile } from '../answers/types.ts';
import { messagesFor } from '../i18n/messages.ts';
import { commandButton, moreButton, narrowButton, shareButton, sourceButton } from './actions.ts';
import type { ButtonElement, SlackMessage } from './block-types.ts';
import { displayDate } from './dates.ts';
import { codeSpan, escapeSlack, highlighted, plainMrkdwn, slackLink } from './escape.ts';
import { fallbackText, periodLabel, periodShown } from './fallback.ts';
import { newestPerRole } from './roles.ts';
import { MessageBuilder } from './message-builder.ts';
import { cutTitle, whoCard, whoRest } from './who-card.ts';
import { answerFeedbackButtons, wantsFeedback } from './feedback.ts';

/** Which buttons to add. */
export interface RenderOptions {
  /** "Share in channel" (for ephemeral slash-command answers). */
  share?: boolean;
  /** "More" and "Show source" buttons. Default true. */
  interactive?: boolean;
  /** "Hilfreich" / "Stimmt nicht" under search, who and timeline answers. Default: when interactive. */
  feedback?: boolean;
}

/**
 * Render any answer for Slack. Adding an answer kind fails to compile until it is handled here.
 * @example renderSlack(answer, { share: true }).blocks[0] // { type: "header", … }
 */
export function renderSlack(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const builder = new MessageBuilder(fallbackText(answer));
  const ctx = { builder, interactive: options.interactive ?? true };
  switch (answer.kind) {
    case 'help':
      renderHelp(ctx, answer);
      break;
    case 'timeline':
      renderTimeline(ctx, answer);
      break;
    case 'who':
      renderWho(ctx, answer);
      break;
    case 'search':
      renderSearch(ctx, answer);
      break;
    case 'source':
      renderSource(ctx, answer);
      break;
    case 'error':
      renderError(ctx, answer);
      break;
  }
  builder.actions(buttonsFor(answer, options, ctx.interactive));
  return builder.build(notShownLabel(answer));
}

interface Ctx {
  builder: MessageBuilder;
  interactive: boolean;
}

/**
 * The context line citing an article: title · date · link · id.
 * @example citationLine({ id: "a", title: "T", date: "2020-07", url: "https://x.de" }, "de") // ":newspaper: T · Juli 2020 · <https://x.de|Link> · `a`"
 */
export function citationLine(citation: Citation, lang: Answer['lang']): string {
  const parts = [`:newspaper: ${plainMrkdwn(citation.title)}`, displayDate(citation.date, lang)];
  if (citation.url) parts.push(slackLink(citation.url, messagesFor(lang).link));
  parts.push(codeSpan(citation.id));
  return parts.join(' · ');
}

function buttonsFor(answer: Answer, options: RenderOptions, interactive: boolean): ButtonElement[] {
  const buttons: ButtonElement[] = [];
  if (options.share && answer.kind !== 'error' && answer.command) buttons.push(shareButton(answer.command, answer.lang));
  if (interactive && (answer.kind === 'search' || answer.kind === 'timeline') && answer.page < answer.pageCount && answer.command) {
    buttons.push(moreButton(`${answer.command.replace(/ page \d+$/, '')} page ${answer.page + 1}`, answer.lang));
  }
  // "Rentenreform 2024" -> "Nur Artikel datiert 2024" (when some matching articles are, and not all)
  if (interactive && answer.kind === 'search' && answer.period && answer.period.dated > 0 && answer.period.dated < answer.total) {
    buttons.push(narrowButton(answer.period.narrow, periodShown(answer.period, answer.lang), answer.lang));
  }
  // "Mehr" on a who card: every article naming the person, through search
  // "Mehr" on a who card: the quotes and mentions after it, a page at a time
  if (interactive && answer.kind === 'who' && answer.person) {
    const page = answer.page ?? 1;
    if (page < whoRest(answer.person, page).pages) buttons.push(moreButton(`who ${answer.person.name} page ${page + 1}`, answer.lang));
  }
  if ((options.feedback ?? interactive) && wantsFeedback(answer)) buttons.push(...answerFeedbackButtons(answer));
  return buttons;
}

function notShownLabel(answer: Answer): (n: number) => string {
  const m = messagesFor(answer.lang);
  if (answer.kind === 'timeline') return m.moreEvents;
  if (answer.kind === 'search') return m.moreArticles;
  return m.moreMentions;
}

function source(ctx: Ctx, citation: Citation, text: string, lang: Answer['lang']): ButtonElement | undefined {
  return ctx.interactive ? sourceButton(citation.id, text, lang) : undefined;
}

function renderHelp({ builder }: Ctx, answer: HelpAnswer): void {
  const m = messagesFor(answer.lang);
  builder.header(answer.title).section(plainMrkdwn(answer.intro));
  for (const command of answer.commands) {
    builder.item([`*${plainMrkdwn(command.usage)}*\n${plainMrkdwn(command.description)}\n_${m.example}_ ${codeSpan(command.example)}`]);
  }
}

function renderTimeline(ctx: Ctx, answer: TimelineAnswer): void {
  const m = messagesFor(answer.lang);
  const period = periodLabel(answer);
  ctx.builder.header(m.timelineTitle(period));
  if (answer.updating) ctx.builder.section(`_${escapeSlack(m.derivedUpdating)}_`);
  if (answer.events.length === 0) {
    const hint = answer.nearest
      ? ` ${m.timelineNearest(codeSpan(`timeline ${[answer.topic ?? '', answer.nearest.from === answer.nearest.to ? answer.nearest.from : `${answer.nearest.from}..${answer.nearest.to}`].filter(Boolean).join(' ')}`))}`
      : '';
    ctx.builder.section(`${plainMrkdwn(m.timelineEmpty(period))}${hint}`);
    return;
  }
  let year = '';
  const spansYears = new Set(answer.events.map((e) => e.date.slice(0, 4))).size > 1;
  for (const event of answer.events) {
    const first = event.citations[0];
    const heading = spansYears && event.date.slice(0, 4) !== year ? `*${event.date.slice(0, 4)}*\n` : '';
    year = event.date.slice(0, 4);
    ctx.builder.item(
      [`${heading}*${plainMrkdwn(displayDate(event.date, answer.lang, event.modifier, event.precision === 'decade'))}*${event.planned ? ` _(${m.timelinePlanned})_` : ''}  ${plainMrkdwn(event.text)}`],
      event.citations.map((c) => citationLine(c, answer.lang)),
      first && source(ctx, first, event.text, answer.lang),
    );
  }
  ctx.builder.skip(answer.remaining);
}

function renderWho(ctx: Ctx, answer: WhoAnswer): void {
  const m = messagesFor(answer.lang);
  const person = answer.person;
  const asked = answer.name;
  if (answer.updating) ctx.builder.section(`_${escapeSlack(m.derivedUpdating)}_`);
  if (answer.candidates && answer.candidates.length > 0) {
    ctx.builder.section(plainMrkdwn(m.whoAmbiguous(asked)));
    for (const c of answer.candidates)
      ctx.builder.item(
        [`*${plainMrkdwn(c.name)}*${c.roles.length ? ` — ${plainMrkdwn(c.roles.join(', '))}` : ''} (${m.mentionedIn(c.articles)})`],
        [],
        ctx.interactive ? commandButton(`who ${c.name}`, answer.lang) : undefined,
      );
    return;
  }
  if (answer.entity) {
    ctx.builder.section(`${escapeSlack(m.whoEntity(answer.entity.name, answer.entity.kind, answer.entity.articles.length))} ${escapeSlack(m.whoEntitySearch(''))}${codeSpan(answer.entity.name)}`);
    return;
  }
  if (!person) {
    const offer = answer.suggestions.length > 0 ? ` ${m.didYouMean(answer.suggestions.map(codeSpan).join(', '))}` : '';
    ctx.builder.section(`${plainMrkdwn(m.nobody(asked))}${offer}`);
    return;
  }
  ctx.builder.header(person.name);
  const roles = person.roleHistory.length > 0 ? newestPerRole(person.roleHistory).map((r) => `${r.role} (${displayDate(r.date, answer.lang)})`) : person.roles;
  const facts = [
    answer.searchedFor ? `_${escapeSlack(m.whoSearchedFor(answer.searchedFor))}_` : '',
    roles.length > 0 ? `*${m.roles}:* ${plainMrkdwn(unique(roles).slice(0, 4).join(', '))}` : '',
    person.aliases.length > 0 ? `*${m.alsoWritten}:* ${plainMrkdwn(person.aliases.join(', '))}` : '',
    `*${m.mentionedIn(person.articles.length)}* · ${escapeSlack(m.whoSpan(displayDate(person.firstMention, answer.lang), displayDate(person.lastMention, answer.lang)))}`,
    person.related.length > 0 ? `*${m.whoRelated}:* ${plainMrkdwn(person.related.map((r) => r.name).join(', '))}` : '',
  ].filter(Boolean);
  if (answer.page && answer.page > 1) {
    renderWhoRest(ctx, answer, person, answer.page);
    return;
  }
  ctx.builder.section(facts.join('\n'));
  // the card: the most telling quotes and the latest mentions, a short citation each; "Mehr" for the rest
  const card = whoCard(person);
  for (const quote of card.quotes) {
    const text = quote.type === 'direct' ? `„${plainMrkdwn(quote.text)}“` : `_${m.indirect}:_ ${plainMrkdwn(quote.text)}`;
    ctx.builder.item([`> ${text}`], [shortLine(quote.article, answer.lang)], source(ctx, quote.article, quote.text, answer.lang));
  }
  for (const mention of card.mentions) ctx.builder.item([plainMrkdwn(mention.sentence)], [shortLine(mention.article, answer.lang)], source(ctx, mention.article, mention.sentence, answer.lang));
  ctx.builder.skip(card.rest);
}

/** Page 2 on of a profile: the quotes and mentions after the card. */
function renderWhoRest(ctx: Ctx, answer: WhoAnswer, person: PersonProfile, page: number): void {
  const m = messagesFor(answer.lang);
  const rest = whoRest(person, page);
  if (rest.items.length === 0) return void ctx.builder.section(escapeSlack(m.nothingMore));
  ctx.builder.section(`_${escapeSlack(m.whoPage(page, rest.pages))}_`);
  for (const item of rest.items) {
    if ('quote' in item) {
      const q = item.quote;
      const text = q.type === 'direct' ? `„${plainMrkdwn(q.text)}“` : `_${m.indirect}:_ ${plainMrkdwn(q.text)}`;
      ctx.builder.item([`> ${text}`], [shortLine(q.article, answer.lang)], source(ctx, q.article, q.text, answer.lang));
    } else ctx.builder.item([plainMrkdwn(item.mention.sentence)], [shortLine(item.mention.article, answer.lang)], source(ctx, item.mention.article, item.mention.sentence, answer.lang));
  }
}

/** The card's citation: ":newspaper: title (linked when the article has a URL) · date". */
function shortLine(citation: Citation, lang: Answer['lang']): string {
  const title = cutTitle(citation.title);
  return `:newspaper: ${citation.url ? slackLink(citation.url, title) : plainMrkdwn(title)} · ${escapeSlack(displayDate(citation.date, lang))}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function renderSearch(ctx: Ctx, answer: SearchAnswer): void {
  const m = messagesFor(answer.lang);
  ctx.builder.header(m.searchTitle(answer.searchedFor || answer.query));
  const notes = [
    answer.corrections.length > 0 ? `_${escapeSlack(m.searchedForWords(answer.searchedFor))}_` : '',
    answer.partial ? `_${escapeSlack(m.partialMatch)}_` : '',
    answer.period ? `_${escapeSlack(m.periodReading(periodShown(answer.period, answer.lang), answer.period.dated))}_` : '',
  ].filter(Boolean);
  if (notes.length > 0) ctx.builder.section(notes.join('\n'));
  if (answer.hits.length === 0) {
    const offer = answer.suggestions.length > 0 ? ` ${m.closestTerms(answer.suggestions.map(codeSpan).join(', '))}` : '';
    const wider = answer.withoutFilters > 0 ? ` ${escapeSlack(m.withoutFilters(answer.withoutFilters))}` : '';
    ctx.builder.section(`${plainMrkdwn(m.noMatch(answer.searchedFor || answer.query))}${wider}${offer}`);
    return;
  }
  answer.hits.forEach((hit, i) => {
    if (answer.weaker > 0 && i === answer.hits.length - answer.weaker) ctx.builder.section(`_${escapeSlack(m.weakerHits)}_`);
    const passages = hit.passages.length > 0 ? hit.passages.map((p) => highlighted(p.text, p.highlights)).join('\n') : plainMrkdwn(hit.snippet);
    ctx.builder.item([`*${plainMrkdwn(hit.title)}*\n${passages}`], [citationLine(hit, answer.lang)], source(ctx, hit, hit.snippet, answer.lang));
  });
  ctx.builder.skip(answer.remaining);
}

function renderSource({ builder }: Ctx, answer: SourceAnswer): void {
  const m = messagesFor(answer.lang);
  const quoted = [...answer.before.map(plainMrkdwn), `*${plainMrkdwn(answer.passage)}*`, ...answer.after.map(plainMrkdwn)].join(' ');
  builder.header(m.sourceTitle).item([quoted], [citationLine(answer.article, answer.lang)]);
}

function renderError({ builder }: Ctx, answer: ErrorAnswer): void {
  const m = messagesFor(answer.lang);
  const usage = answer.usage.length > 0 ? `\n${m.tryThis}: ${answer.usage.map(codeSpan).join(' · ')}` : '';
  builder.section(`:warning: ${escapeSlack(answer.message)}${usage}`);
}
