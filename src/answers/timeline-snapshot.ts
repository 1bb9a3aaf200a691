/**
 * The merged timeline in the snapshot, with articles as numbers (their place in the snapshot), so
 * start-up takes the saved timeline instead of merging every report again (the merge dominates
 * start-up on a large archive). Pure.
 */
import type { EventDate } from '../text/events.ts';
import type { TimelineEntry } from './knowledge.ts';

/** One saved entry: date, text, article numbers, and per report [article number, start, end, shown (1/0)]. */
type SavedEntry = [EventDate, string, number[], number[]];

/**
 * Encode a timeline; `numberOf` gives an article's number.
 * @example encodeTimeline(timelineOf(knowledge), new Map(ids.map((id, i) => [id, i])))
 */
export function encodeTimeline(timeline: readonly TimelineEntry[], numberOf: ReadonlyMap<string, number>): SavedEntry[] {
  const number = (id: string) => {
    const n = numberOf.get(id);
    if (n === undefined) throw new Error(`the timeline cites an unknown article ${id}`);
    return n;
  };
  return timeline.map((entry) => [
    entry.date,
    entry.text,
    entry.articleIds.map(number),
    entry.reports.flatMap((r) => [number(r.articleId), r.start, r.end, r.shown ? 1 : 0]),
  ]);
}

/**
 * Rebuild the timeline from its saved form; `ids[n]` is the id of article number n.
 * @example knowledge.timeline = decodeTimeline(saved, ids)
 */
export function decodeTimeline(saved: readonly SavedEntry[], ids: readonly string[]): TimelineEntry[] {
  const id = (n: number) => {
    const found = ids[n];
    if (found === undefined) throw new Error(`timeline refers to a missing article ${n}`);
    return found;
  };
  return saved.map(([date, text, articles, flat]) => {
    const reports: TimelineEntry['reports'] = [];
    for (let i = 0; i < flat.length; i += 4) reports.push({ articleId: id(flat[i]!), start: flat[i + 1]!, end: flat[i + 2]!, shown: flat[i + 3] === 1 });
    return { date, text, articleIds: articles.map(id), reports };
  });
}
