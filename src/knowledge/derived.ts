/**
 * What the knowledge base derives across articles besides the merged timeline
 * (timeline-merge.ts): the people directory, and the lookups kept beside the timeline (sort
 * keys for date ranges, reports by article). Pure.
 */
import type { FactStore } from './fact-store.ts';
import { PeopleDirectory } from './people-directory.ts';
import type { TimelineEntry } from './timeline-merge.ts';
import type { ReportedEntry } from './view.ts';

/**
 * The people directory of every article's facts (what the knowledge base keeps).
 * @example buildDirectory(facts, (id) => articles.get(id)?.date.value ?? "")
 */
export function buildDirectory(store: FactStore, dateOf: (id: string) => string): PeopleDirectory {
  return PeopleDirectory.build(
    [...store.ids()].map((articleId) => ({ articleId, articleDate: dateOf(articleId), facts: store.get(articleId)! })),
    // (quotes read afresh and dropped after use, not kept with every article's people until the end)
    (input) => store.get(input.articleId)!.quotes,
  );
}

/**
 * The timeline's reports grouped by article, for finding what an article (or a person in it) tells.
 * @example reportsByArticle(timeline).get("003_3f8a301a5dfb26f2")?.[0].report.start // 412
 */
export function reportsByArticle(timeline: readonly TimelineEntry[]): Map<string, ReportedEntry[]> {
  const byArticle = new Map<string, ReportedEntry[]>();
  for (const entry of timeline) {
    for (const report of entry.reports) {
      const list = byArticle.get(report.articleId);
      if (list) list.push({ entry, report });
      else byArticle.set(report.articleId, [{ entry, report }]);
    }
  }
  return byArticle;
}

/**
 * The first position in sorted `keys` whose key is not below `key` (binary search).
 * @example lowerBound(["1950", "2019", "2019-03"], "2019") // 1
 */
export function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
