/**
 * Answer -> terminal text (local mode and the `ask` CLI). Pure.
 */
import type { Citation } from '../corpus/article.ts';
import type { Answer, WhoAnswer, PersonProfile } from '../answers/types.ts';
import type { Digest } from '../digest/content.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { displayDate } from './dates.ts';
import { periodShown, summaryLine } from './fallback.ts';
import { newestPerRole } from './roles.ts';
import { shortCitation, whoCard, whoRest } from './who-card.ts';

/**
 * Render any answer as plain text lines.
 * @example renderText(answer) // "Timeline 2020: 2 events.\n  2020-07  …"
 */
export function renderText(answer: Answer): string {
  const lines = [summaryLine(answer)];
  if ((answer.kind === 'timeline' || answer.kind === 'who') && answer.updating) lines.push(`  ${messagesFor(answer.lang).derivedUpdating}`);
  switch (answer.kind) {
    case 'help':
      for (const c of answer.commands) lines.push(`  ${c.usage.padEnd(40)} ${c.description}  e.g. ${c.example}`);
      break;
    case 'timeline':
      for (const e of answer.events)
        lines.push(`  ${displayDate(e.date, answer.lang, e.modifier, e.precision === 'decade')}${e.planned ? ` (${messagesFor(answer.lang).timelinePlanned})` : ''}: ${e.text}`, ...e.citations.map(cite));
      if (answer.events.length === 0 && answer.nearest) lines.push(`  ${messagesFor(answer.lang).timelineNearest(`timeline ${[answer.topic ?? '', answer.nearest.from].filter(Boolean).join(' ')}`)}`);
      break;
    case 'who':
      lines.push(...whoLines(answer));
      break;
    case 'search':
      if (answer.corrections.length) lines.push(`  ${messagesFor(answer.lang).searchedForWords(answer.searchedFor)}`);
      if (answer.period) lines.push(`  ${messagesFor(answer.lang).periodReading(periodShown(answer.period, answer.lang), answer.period.dated)} (${answer.period.narrow})`);
      for (const h of answer.hits) lines.push(`  ${h.title}`, ...(h.passages.length ? h.passages.map((p) => `    ${p.text}`) : [`    ${h.snippet}`]), cite(h));
      if (answer.suggestions.length) lines.push(`  ${messagesFor(answer.lang).closestTerms(answer.suggestions.join(', '))}`);
      break;
    case 'source':
      lines.push(`  ${[...answer.before, `>> ${answer.passage} <<`, ...answer.after].join(' ')}`, cite(answer.article));
      break;
    case 'error':
      if (answer.usage.length) lines.push(`  ${messagesFor(answer.lang).tryThis}: ${answer.usage.join(' | ')}`);
      break;
  }
  return lines.join('\n');
}

function whoLines(answer: WhoAnswer): string[] {
  const m = messagesFor(answer.lang);
  const p = answer.person;
  if (answer.candidates?.length) return answer.candidates.map((c) => `  who ${c.name}${c.roles.length ? `  (${c.roles.join(', ')})` : ''}`);
  if (answer.entity) return answer.entity.articles.map(cite);
  if (!p) return answer.suggestions.length ? [`  ${m.didYouMean(answer.suggestions.join(', '))}`] : [];
  const lines: string[] = [];
  if (answer.page && answer.page > 1) return whoRestLines(answer, p, answer.page);
  if (answer.searchedFor) lines.push(`  ${m.whoSearchedFor(answer.searchedFor)}`);
  if (p.roleHistory.length)
    lines.push(
      `  ${m.roles}: ${newestPerRole(p.roleHistory)
        .map((r) => `${r.role} (${displayDate(r.date, answer.lang)})`)
        .join(', ')}`,
    );
  if (p.aliases.length) lines.push(`  ${m.alsoWritten}: ${p.aliases.join(', ')}`);
  lines.push(`  ${m.whoSpan(displayDate(p.firstMention, answer.lang), displayDate(p.lastMention, answer.lang))}`);
  if (p.related.length) lines.push(`  ${m.whoRelated}: ${p.related.map((r) => r.name).join(', ')}`);
  const card = whoCard(p);
  for (const q of card.quotes) lines.push(`  ${q.type === 'direct' ? `„${q.text}“` : `(${m.indirect}) ${q.text}`}`, `    ${shortCitation(q.article, answer.lang)}`);
  for (const mention of card.mentions) lines.push(`  ${mention.sentence}`, `    ${shortCitation(mention.article, answer.lang)}`);
  if (card.rest > 0) lines.push(`  ${m.more}: ${m.moreMentions(card.rest)} (who ${p.name} page 2)`);
  return lines;
}

/** Page 2 on of a profile: the quotes and mentions after the card. */
function whoRestLines(answer: WhoAnswer, p: PersonProfile, page: number): string[] {
  const m = messagesFor(answer.lang);
  const rest = whoRest(p, page);
  if (rest.items.length === 0) return [`  ${m.nothingMore}`];
  const lines = [`  ${m.whoPage(page, rest.pages)}`];
  for (const item of rest.items) {
    if ('quote' in item) lines.push(`  ${item.quote.type === 'direct' ? `„${item.quote.text}“` : `(${m.indirect}) ${item.quote.text}`}`, `    ${shortCitation(item.quote.article, answer.lang)}`);
    else lines.push(`  ${item.mention.sentence}`, `    ${shortCitation(item.mention.article, answer.lang)}`);
  }
  if (page < rest.pages) lines.push(`  ${m.more}: who ${p.name} page ${page + 1}`);
  return lines;
}

function cite(citation: Citation): string {
  return `    [${citation.id}] ${citation.title} (${citation.date})${citation.url ? ` ${citation.url}` : ''}`;
}

/**
 * A digest as terminal text (local mode's `digest` preview).
 * @example renderDigestText(digest, "de") // "Tagesüberblick 28. November 2026: Keine neuen Artikel …"
 */
export function renderDigestText(digest: Digest, lang: Lang): string {
  const m = messagesFor(lang);
  const lines = [`${m.digestTitle(displayDate(digest.day, lang))}: ${digest.empty ? m.digestNothingNew : m.digestNew(digest.articles.length)}`];
  for (const a of digest.articles) lines.push(`  ${a.headline}`, ...(a.lead ? [`    ${a.lead}`] : []), cite(a.citation));
  for (const item of digest.onThisDay) lines.push(`  ${m.digestOnThisDay(item.yearsAgo)} (${displayDate(item.date, lang)}): ${item.text}`);
  if (digest.people.length) lines.push(`  ${m.digestPeople}: ${digest.people.map((p) => `${p.name} (${p.count})`).join(', ')}`);
  if (digest.quote) lines.push(`  ${m.digestQuote}: "${digest.quote.text}" — ${digest.quote.speaker}`);
  return lines.join('\n');
}
