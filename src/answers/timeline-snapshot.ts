/**
 * The merged timeline in the snapshot: each entry as references to its reports (article number,
 * event number within that article's facts), so start-up rebuilds exactly the saved timeline
 * instead of merging every report again (the merge dominates start-up on a large archive). Pure.
 */
import type { ArticleFacts } from '../facts/extract.ts';
import type { ArticleEvent, EventDate, TimelineEvent } from '../text/events.ts';

/** One saved entry: date, text, article ids, and [article number, event number] per report. */
interface SavedEntry {
  d: EventDate;
  x: string;
  a: string[];
  r: Array<[number, number]>;
}

/**
 * Encode a timeline against the articles' order; null when a report is not among the facts.
 * @example encodeTimeline(timelineOf(knowledge), ids, knowledge.facts)
 */
export function encodeTimeline(timeline: readonly TimelineEvent[], ids: readonly string[], facts: ReadonlyMap<string, ArticleFacts>): SavedEntry[] | null {
  const refOf = new Map<ArticleEvent, [number, number]>();
  ids.forEach((id, article) => facts.get(id)?.events.forEach((event, index) => refOf.set(event, [article, index])));
  const saved: SavedEntry[] = [];
  for (const entry of timeline) {
    const refs = entry.events.map((event) => refOf.get(event));
    if (refs.some((ref) => !ref)) return null;
    saved.push({ d: entry.date, x: entry.text, a: entry.articleIds, r: refs as Array<[number, number]> });
  }
  return saved;
}

/**
 * Rebuild the timeline from its saved form and the restored facts.
 * @example knowledge.timeline = decodeTimeline(saved, ids, facts)
 */
export function decodeTimeline(saved: readonly SavedEntry[], ids: readonly string[], facts: ReadonlyMap<string, ArticleFacts>): TimelineEvent[] {
  return saved.map((entry) => ({
    date: entry.d,
    text: entry.x,
    articleIds: entry.a,
    events: entry.r.map(([article, index]) => {
      const event = facts.get(ids[article]!)?.events[index];
      if (!event) throw new Error(`timeline refers to a missing event ${article}/${index}`);
      return event;
    }),
  }));
}
