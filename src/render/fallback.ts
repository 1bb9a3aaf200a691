/**
 * The plain fallback `text` of a Slack message (notifications, screen readers, old clients).
 * Shared by the Slack renderer and the terminal renderer's first line.
 */
import type { Answer, TimelineAnswer } from '../answers/types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { displayDate } from './dates.ts';
import { escapeSlack } from './escape.ts';

/**
 * One escaped summary line for any answer.
 * @example fallbackText(searchAnswerWithNoHits) // "Kein Artikel passt zu Kaesong."
 */
export function fallbackText(answer: Answer): string {
  return escapeSlack(summaryLine(answer));
}

/**
 * A timeline's period as words: "Juli 2020", "2018 – 2020", "Kaesong, 2019".
 * @example periodLabel({ from: "2018", to: "2020", lang: "de" }) // "2018 – 2020"
 */
export function periodLabel(answer: Pick<TimelineAnswer, 'from' | 'to' | 'topic' | 'lang'>): string {
  const from = displayDate(answer.from, answer.lang);
  const range = answer.from === answer.to ? from : `${from} – ${displayDate(answer.to, answer.lang)}`;
  return [answer.topic, range].filter(Boolean).join(', ');
}

/** The unescaped summary line. */
export function summaryLine(answer: Answer): string {
  const m = messagesFor(answer.lang);
  switch (answer.kind) {
    case 'help':
      return m.helpFallback;
    case 'timeline':
      return m.timelineSummary(periodLabel(answer), answer.total);
    case 'who':
      if (answer.person) return m.whoSummary(answer.person.name, answer.person.articles.length);
      if (answer.candidates?.length) return m.whoAmbiguous(answer.name);
      if (answer.entity) return m.whoEntity(answer.entity.name, answer.entity.kind, answer.entity.articles.length);
      return m.nobody(answer.name);
    case 'search':
      return answer.hits.length > 0 ? m.searchSummary(answer.searchedFor || answer.query, answer.total, answer.weaker) : m.noMatch(answer.searchedFor || answer.query);
    case 'source':
      return `${answer.article.title} (${displayDate(answer.article.date, answer.lang)}): ${answer.passage}`;
    case 'error':
      return answer.message;
  }
}

/**
 * A search period as words: "2024", "März 2019", "2019 – 2020".
 * @example periodShown({ from: "2019-03", to: "2019-03" }, "de") // "März 2019"
 */
export function periodShown(period: { from: string; to: string }, lang: Lang): string {
  const from = displayDate(period.from, lang);
  return period.from === period.to ? from : `${from} – ${displayDate(period.to, lang)}`;
}
