/**
 * Answer -> terminal text (local mode and the `ask` CLI). Pure.
 */
import type { Citation } from '../corpus/article.ts';
import type { Answer } from '../answers/types.ts';
import type { Digest } from '../digest/content.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { displayDate } from './dates.ts';
import { summaryLine } from './fallback.ts';

/**
 * Render any answer as plain text lines.
 * @example renderText(answer) // "Timeline 2020: 2 events.\n  2020-07  …"
 */
export function renderText(answer: Answer): string {
  const lines = [summaryLine(answer)];
  switch (answer.kind) {
    case 'help':
      for (const c of answer.commands) lines.push(`  ${c.usage.padEnd(40)} ${c.description}  e.g. ${c.example}`);
      break;
    case 'timeline':
      for (const e of answer.events) lines.push(`  ${e.date.padEnd(10)} ${e.text}`, ...e.citations.map(cite));
      if (answer.events.length === 0 && answer.nearest) lines.push(`  Nearest period with articles: timeline ${answer.nearest.from}`);
      break;
    case 'who':
      if (answer.person) {
        const p = answer.person;
        if (p.roles.length) lines.push(`  Roles: ${p.roles.join(', ')}`);
        if (p.aliases.length) lines.push(`  Also written: ${p.aliases.join(', ')}`);
        for (const q of p.quotes) lines.push(`  "${q.text}"`, cite(q.article));
        for (const m of p.mentions) lines.push(`  ${m.sentence}`, cite(m.article));
      } else if (answer.suggestions.length) lines.push(`  Did you mean: ${answer.suggestions.join(', ')}`);
      break;
    case 'search':
      for (const h of answer.hits) lines.push(`  ${h.title}`, `    ${h.snippet}`, cite(h));
      if (answer.suggestions.length) lines.push(`  Closest terms: ${answer.suggestions.join(', ')}`);
      break;
    case 'source':
      lines.push(`  ${[...answer.before, `>> ${answer.passage} <<`, ...answer.after].join(' ')}`, cite(answer.article));
      break;
    case 'error':
      if (answer.usage.length) lines.push(`  Try: ${answer.usage.join(' | ')}`);
      break;
  }
  return lines.join('\n');
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
