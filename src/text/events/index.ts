/**
 * Events for timelines: `extractEvents` finds the dated statements of one article, `mergeEvents`
 * groups reports of the same event from several articles into timeline entries, oldest first.
 * @example mergeEvents(articles.flatMap((a) => extractEvents(a, tagDates(a.body, a.date), splitSentences(a.body))))
 *   // [{ date: { value: "1953-07-27", precision: "day" }, text: "…", articleIds: ["a1", "a7"], events: […] }, …]
 */
export { extractEvents, eventDateOf, isFragment } from './extract.ts';
export { mergeEvents, type MergedEvent, type MergeOptions } from './merge.ts';
export { compatibleDates, timelineSortKey, inTimelineOrder } from './dates.ts';
export { decadeOf } from './candidates.ts';
export { WordCounts, wordWeights } from './context.ts';
export type { ArticleEvent, EventDate } from './types.ts';
export { IncrementalMerge, type ArticleReports, type KeptEntry } from './incremental.ts';
