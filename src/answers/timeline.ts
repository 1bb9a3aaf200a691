/**
 * `timeline <range>`: what happened in a period, oldest first, each item citing its article.
 * First version: one item per article (its date and lead sentence).
 */
import { citationOf, type Article } from '../corpus/article.ts';
import type { DateRange } from './command.ts';
import { articlesByDate, type Knowledge } from './knowledge.ts';
import { leadSentence } from './lead.ts';
import type { TimelineAnswer } from './types.ts';

/**
 * Whether a date (`YYYY[-MM[-DD]]`) falls in a range given at year or month precision.
 * @example inRange("2020-07", { from: "2020", to: "2020" }) // true
 */
export function inRange(date: string, range: DateRange): boolean {
  return date.slice(0, range.from.length) >= range.from && date.slice(0, range.to.length) <= range.to;
}

/**
 * Answer a timeline question.
 * @example timelineAnswer(knowledge, "timeline 2020", { from: "2020", to: "2020" })
 */
export function timelineAnswer(knowledge: Knowledge, query: string, range: DateRange): TimelineAnswer {
  const articles = articlesByDate(knowledge);
  const events = articles
    .filter((article) => inRange(article.date.value, range))
    .map((article) => ({ date: article.date.value, text: leadSentence(knowledge, article), citations: [citationOf(article)] }));
  const answer: TimelineAnswer = { kind: 'timeline', query, from: range.from, to: range.to, events };
  if (events.length === 0) {
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
