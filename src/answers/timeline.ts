/**
 * `timeline [range] [topic]`: what happened in a period (and/or about a topic or person),
 * oldest first, each item citing its article. First version: one item per article (its date
 * and lead sentence); dated events from inside articles replace this in the events module.
 */
import { citationOf, type Article } from '../corpus/article.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Command, DateRange } from './command.ts';
import { articlesByDate, type Knowledge } from './knowledge.ts';
import { leadSentence } from './lead.ts';
import { pageOf } from './paging.ts';
import type { TimelineAnswer, TimelineEvent } from './types.ts';

/** Timeline entries per page. */
export const TIMELINE_PAGE_SIZE = 15;

/**
 * Whether a date (`YYYY[-MM[-DD]]`) falls in a range given at year or month precision.
 * @example inRange("2020-07", { from: "2020", to: "2020" }) // true
 */
export function inRange(date: string, range: DateRange): boolean {
  return date.slice(0, range.from.length) >= range.from && date.slice(0, range.to.length) <= range.to;
}

/**
 * Answer a timeline question.
 * @example timelineAnswer(knowledge, { query: "timeline 2020", lang: "de" }, { kind: "timeline", range: { from: "2020", to: "2020" }, page: 1 })
 */
export function timelineAnswer(knowledge: Knowledge, base: { query: string; lang: Lang }, command: Extract<Command, { kind: 'timeline' }>): TimelineAnswer {
  const { range, topic } = command;
  const onTopic = topic ? new Set(knowledge.index.search(topic).map((hit) => hit.id)) : null;
  const articles = articlesByDate(knowledge).filter((article) => !onTopic || onTopic.has(article.id));
  const all: TimelineEvent[] = articles
    .filter((article) => !range || inRange(article.date.value, range))
    .map((article) => ({ date: article.date.value, text: leadSentence(knowledge, article), citations: [citationOf(article)] }));
  const { items, ...paging } = pageOf(all, command.page, TIMELINE_PAGE_SIZE);
  const answer: TimelineAnswer = { kind: 'timeline', ...base, from: range?.from ?? '', to: range?.to ?? '', events: items, ...paging };
  if (topic) answer.topic = topic;
  if (all.length === 0 && range) {
    const nearest = nearestArticle(articles, range);
    if (nearest) {
      const year = nearest.date.value.slice(0, 4);
      answer.nearest = { from: year, to: year };
    }
  }
  return answer;
}

function nearestArticle(articles: Article[], range: DateRange): Article | undefined {
  const target = Number(range.from.slice(0, 4));
  let best: Article | undefined;
  for (const article of articles) {
    const distance = Math.abs(Number(article.date.value.slice(0, 4)) - target);
    if (!best || distance < Math.abs(Number(best.date.value.slice(0, 4)) - target)) best = article;
  }
  return best;
}
