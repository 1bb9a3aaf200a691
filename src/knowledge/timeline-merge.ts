/**
 * The merged timeline as the answers keep it: each entry with its reports (where each article
 * tells it) and the people in them, built from the packed facts one decade at a time. Pure.
 */
import { nearbyPeopleIn, peopleIn } from './facts/extract.ts';
import { releaseMemory } from './memory.ts';
import { decadeOf, WordCounts, inTimelineOrder, mergeEvents, type ArticleEvent, type EventDate } from '../text/events/index.ts';
import type { FactStore } from './fact-store.ts';

/** One article's report of a timeline entry: where in the article it is told. */
export interface EventReport {
  articleId: string;
  start: number;
  end: number;
  /** Whether the entry shows this report's text. */
  shown: boolean;
}

/** An entry of the merged timeline: one event, told by one or more articles. */
export interface TimelineEntry {
  date: EventDate;
  text: string;
  /** Article ids, in the order the reports were given. */
  articleIds: string[];
  reports: EventReport[];
  /** The people named in its reports, in the order of the reports. */
  people: string[];
  /** A plan or expectation, dated when it was said. */
  planned?: true;
}

/**
 * The merged timeline of every article's events (what `KnowledgeBase.timeline()` keeps), with
 * the word weights of all reports, or fixed ones (as an incremental merge keeps them).
 * @example mergeTimeline(facts).length // 1234
 */
export function mergeTimeline(store: Pick<FactStore, 'ids' | 'get'>, fixedWeight?: (word: string) => number): TimelineEntry[] {
  // first the word weights over all reports and the articles reporting each decade; then one
  // decade at a time (reports of different decades never merge), so only one decade's reports
  // are decoded at once
  const counts = new WordCounts();
  const articlesOf = new Map<string, string[]>();
  for (const id of store.ids()) {
    for (const event of store.get(id)!.events) {
      counts.add(event);
      const ids = articlesOf.get(decadeOf(event)) ?? articlesOf.set(decadeOf(event), []).get(decadeOf(event))!;
      if (ids.at(-1) !== id) ids.push(id);
    }
  }
  const weight = fixedWeight ?? counts.weights();
  const entries: TimelineEntry[] = [];
  for (const [decade, ids] of articlesOf) {
    entries.push(...mergeDecade(store, decade, ids, weight));
    // (a large decade leaves a large working set behind: give it back before the next)
    if (ids.length >= 2_000) releaseMemory();
  }
  // entries of one date keep their order, as when merging all reports at once
  return inTimelineOrder(entries);
}

function mergeDecade(store: Pick<FactStore, 'ids' | 'get'>, decade: string, ids: readonly string[], weight: (word: string) => number): TimelineEntry[] {
  // each article's events of the decade and the people in them (the rest of its facts is not kept)
  const events: ArticleEvent[] = [];
  const people = new Map<ArticleEvent, string[]>();
  const nearby = new Map<ArticleEvent, string[]>();
  for (const id of ids) {
    const facts = store.get(id)!;
    for (const event of facts.events) {
      if (decadeOf(event) !== decade) continue;
      events.push(event);
      people.set(event, peopleIn(facts, event.start, event.end));
      if (people.get(event)!.length === 0) nearby.set(event, nearbyPeopleIn(facts, event.start));
    }
  }
  const merged = mergeEvents(events, { peopleOf: (event) => people.get(event) ?? [], nearbyPeopleOf: (event) => nearby.get(event) ?? [], weight });
  return merged.map(({ date, text, articleIds, events: reports, planned }) => ({
    date,
    text,
    articleIds,
    reports: reports.map((e) => ({ articleId: e.articleId, start: e.start, end: e.end, shown: e.text === text })),
    people: [...new Set(reports.flatMap((e) => people.get(e) ?? []))],
    ...(planned ? { planned } : {}),
  }));
}
