/**
 * `timeline [range] [topic | person]`: what happened, from the dated events inside the articles
 * (the same event told by several articles is one entry citing all of them), oldest first.
 */
import type { Lang } from '../i18n/messages.ts';
import type { Command, DateRange } from '../query/index.ts';
import type { KnowledgeView } from '../knowledge/view.ts';
import type { TimelineEntry } from '../knowledge/view.ts';
import { timelineChartData } from './chart-data.ts';
import { someArticleOf } from '../knowledge/view.ts';
import { pageOf } from './paging.ts';
import type { TimelineAnswer, TimelineEvent } from './types.ts';

/** Timeline entries per page. */
export const TIMELINE_PAGE_SIZE = 15;

/**
 * Whether a date (`YYYY[-MM[-DD]]`) falls in a range given at year or month precision. A date
 * coarser than the range ("2019" for "2019-03") does not fall in it.
 * @example inRange("2020-07", { from: "2020", to: "2020" }) // true
 */
export function inRange(date: string, range: DateRange): boolean {
  if (date.length < range.from.length) return false;
  return date.slice(0, range.from.length) >= range.from && date.slice(0, range.to.length) <= range.to;
}

/**
 * Answer a timeline question.
 * @example timelineAnswer(knowledge, { query: "timeline 2020", lang: "de" }, { kind: "timeline", range: { from: "2020", to: "2020" }, page: 1 })
 */
export function timelineAnswer(knowledge: KnowledgeView, base: { query: string; lang: Lang }, command: Extract<Command, { kind: 'timeline' }>): TimelineAnswer {
  const { range, topic } = command;
  const onTopic = topic ? topicFilter(knowledge, topic) : () => true;
  const candidates = range ? knowledge.timelineBetween(range) : knowledge.timeline();
  // (an entry whose articles were all removed since the last merge is not shown: nothing to cite)
  const present = (id: string) => knowledge.hasArticle(id);
  const cited = (event: TimelineEntry) => someArticleOf(event, present);
  const all = candidates.filter((event) => (!range || inRange(event.date.value, range)) && onTopic(event) && cited(event));
  // (only the page shown is turned into answer events: a year of a large archive has thousands)
  const { items, ...paging } = pageOf(all, command.page, TIMELINE_PAGE_SIZE);
  const events = items.map((event) => toAnswerEvent(knowledge, event));
  const answer: TimelineAnswer = { kind: 'timeline', ...base, from: range?.from ?? '', to: range?.to ?? '', events, total: all.length, ...paging };
  if (topic) answer.topic = topic;
  if (knowledge.isUpdating()) answer.updating = true;
  // the chart covers the whole range; it comes with the first page only ("mehr" does not repeat it)
  const chart = command.page <= 1 ? timelineChartData(all, range) : undefined;
  if (chart) answer.chart = chart;
  if (all.length === 0 && range) {
    const year = nearestYear(knowledge.timeline().filter(onTopic), range);
    if (year) answer.nearest = { from: year, to: year };
  }
  return answer;
}

/** Events about a person (named in the event), or else from articles containing every topic word (no fuzzy matching: a timeline must not silently change its subject). */
function topicFilter(knowledge: KnowledgeView, topic: string): (event: TimelineEntry) => boolean {
  const found = knowledge.directory().lookup(topic);
  if (found.kind === 'person' && !found.corrected) {
    // the entries with a report that names the person (one of their mentions falls inside it)
    const about = new Set<TimelineEntry>();
    for (const mention of found.profile.mentions) {
      for (const { entry, report } of knowledge.timelineReportsOf(mention.articleId)) {
        if (mention.start >= report.start && mention.end <= report.end) about.add(entry);
      }
    }
    return (event) => about.has(event);
  }
  // (the entries those articles report, found from each article: an entry's articles are those of its reports)
  const about = new Set<TimelineEntry>();
  const add = (entry: TimelineEntry) => void about.add(entry);
  for (const id of knowledge.containingAll(topic)) knowledge.forEachTimelineEntryOf(id, add);
  return (event) => about.has(event);
}

function toAnswerEvent(knowledge: KnowledgeView, event: TimelineEntry): TimelineEvent {
  // the article whose sentence is shown comes first: "Quelle zeigen" opens the first citation
  const shownFrom = event.reports.find((report) => report.shown)?.articleId;
  const ordered = shownFrom ? [shownFrom, ...event.articleIds.filter((id) => id !== shownFrom)] : event.articleIds;
  const citations = knowledge.citations(ordered);
  const precision = event.date.precision;
  // the JSON contract's dates are YYYY[-MM[-DD]]: a decade ("199") is given as its first year
  const date = precision === 'decade' ? `${event.date.value}0` : event.date.value;
  const answerEvent: TimelineEvent = { date, precision, text: event.text, people: event.people, citations };
  if (event.date.modifier) answerEvent.modifier = event.date.modifier;
  if (event.planned) answerEvent.planned = true;
  return answerEvent;
}

function nearestYear(events: readonly TimelineEntry[], range: DateRange): string | undefined {
  const target = Number(range.from.slice(0, 4));
  let best: string | undefined;
  for (const event of events) {
    const year = event.date.value.slice(0, 4);
    if (event.date.precision === 'decade' || !/^\d{4}$/.test(year)) continue;
    if (!best || Math.abs(Number(year) - target) < Math.abs(Number(best) - target)) best = year;
  }
  return best;
}
