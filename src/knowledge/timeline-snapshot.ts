/**
 * The merged timeline in the snapshot, packed (src/knowledge/timeline-columns.ts) with articles as
 * numbers (their place in the snapshot), so start-up takes the saved timeline instead of merging
 * every report again (the merge dominates start-up on a large archive) and parses only its string
 * tables. Pure.
 */
import type { TimelineEntry } from './timeline-merge.ts';
import { numbering } from './article-numbers.ts';
import { packTimeline, unpackTimeline, type PackedTimeline, type TimelineStrings } from './timeline-columns.ts';

/** The saved timeline: its string tables and numbers (see `PackedTimeline`). */
export type SavedTimeline = PackedTimeline;

/**
 * Encode a timeline; `numberOf` gives an article's number.
 * @example encodeTimeline(knowledge.timeline(), new Map(ids.map((id, i) => [id, i])))
 */
export function encodeTimeline(timeline: readonly TimelineEntry[], numberOf: ReadonlyMap<string, number>): SavedTimeline {
  return packTimeline(timeline, numbering(numberOf, 'timeline'));
}

/**
 * The timeline of its saved form, entries reading their fields from it; `ids[n]` is the id of
 * article number n. Throws when the saved form does not fit together.
 * @example knowledge.timeline = decodeTimeline(saved, ids)
 */
export function decodeTimeline(saved: SavedTimeline, ids: readonly string[]): TimelineEntry[] {
  return unpackTimeline(saved, ids);
}

/**
 * The saved timeline of the snapshot's two sections: the string tables as JSON text and the numbers.
 * @example decodeTimeline(savedTimelineOf(file.text("timeline"), file.uint32("timelineNumbers")), ids)
 */
export function savedTimelineOf(strings: string, numbers: Uint32Array): SavedTimeline {
  return { strings: JSON.parse(strings) as TimelineStrings, numbers };
}
