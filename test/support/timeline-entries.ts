/**
 * Timeline entries made for tests: one event dated `value`, reported by each article in turn.
 */
import type { TimelineEntry } from '../../src/knowledge/timeline-merge.ts';

/**
 * An entry dated `value` (precision from its length), reported once by each article, the first report shown.
 * @example timelineEntry('2020-06', 'a', 'b') // text "Ereignis 2020-06 (a, b)", reports at 0-9 and 10-19
 */
export function timelineEntry(value: string, ...articles: string[]): TimelineEntry {
  return {
    date: { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' },
    text: `Ereignis ${value} (${articles.join(', ')})`,
    articleIds: articles,
    reports: articles.map((articleId, k) => ({ articleId, start: 10 * k, end: 10 * k + 9, shown: k === 0 })),
    people: [],
  };
}
