/**
 * The merged timeline in the snapshot, with articles as numbers (their place in the snapshot), so
 * start-up takes the saved timeline instead of merging every report again (the merge dominates
 * start-up on a large archive). Pure.
 */
import type { EventDate } from '../text/events/index.ts';
import type { TimelineEntry } from './timeline-merge.ts';
import { idsOf, numbering } from './article-numbers.ts';

/** One saved entry: date, text, article numbers, per report [article number, start, end, shown (1/0)], people as numbers in the names, and 1 for a plan or expectation. */
type SavedEntry = [EventDate, string, number[], number[], number[], 1?];

/** The saved timeline: the names of the people in it, once each, and the entries. */
export interface SavedTimeline {
  names: string[];
  entries: SavedEntry[];
}

/**
 * Encode a timeline; `numberOf` gives an article's number.
 * @example encodeTimeline(knowledge.timeline(), new Map(ids.map((id, i) => [id, i])))
 */
export function encodeTimeline(timeline: readonly TimelineEntry[], numberOf: ReadonlyMap<string, number>): SavedTimeline {
  const number = numbering(numberOf, 'timeline');
  const names = new Map<string, number>();
  const name = (person: string) => names.get(person) ?? names.set(person, names.size).get(person)!;
  const entries = timeline.map((entry): SavedEntry => {
    const saved: SavedEntry = [entry.date, entry.text, entry.articleIds.map(number), entry.reports.flatMap((r) => [number(r.articleId), r.start, r.end, r.shown ? 1 : 0]), entry.people.map(name)];
    if (entry.planned) saved.push(1);
    return saved;
  });
  return { names: [...names.keys()], entries };
}

/**
 * Rebuild the timeline from its saved form; `ids[n]` is the id of article number n.
 * @example knowledge.timeline = decodeTimeline(saved, ids)
 */
export function decodeTimeline(saved: SavedTimeline, ids: readonly string[]): TimelineEntry[] {
  const id = idsOf(ids, 'timeline');
  const name = (n: number) => {
    const found = saved.names[n];
    if (found === undefined) throw new Error(`timeline refers to a missing name ${n}`);
    return found;
  };
  return saved.entries.map(([date, text, articles, flat, people, planned]) => {
    const reports: TimelineEntry['reports'] = [];
    for (let i = 0; i < flat.length; i += 4) reports.push({ articleId: id(flat[i]!), start: flat[i + 1]!, end: flat[i + 2]!, shown: flat[i + 3] === 1 });
    const entry: TimelineEntry = { date, text, articleIds: articles.map(id), reports, people: people.map(name) };
    if (planned === 1) entry.planned = true;
    return entry;
  });
}
