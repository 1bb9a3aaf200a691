/**
 * The read-only view of the knowledge base that answers (and adapters) receive: articles, their
 * sentences and facts, search over the index, the merged timeline and the people directory, and
 * whether a change is still being merged in. Nothing reachable through it changes the knowledge;
 * changes go through `KnowledgeBase` (src/knowledge/knowledge-base.ts), inside src/knowledge/.
 */
import type { Article, Citation } from '../corpus/article.ts';
import type { Analyser } from '../search/analyser.ts';
import type { RankOptions, Ranking } from '../search/rank.ts';
import type { MergedPerson as MergedProfile } from '../text/people/index.ts';
import type { Sentence } from '../text/lexicon/index.ts';
import type { ArticleFacts } from './facts/extract.ts';
import type { EntityEntry, Lookup, QuoteRef } from './people-directory.ts';
import type { EventReport, TimelineEntry } from './timeline-merge.ts';

export type { TimelineEntry } from './timeline-merge.ts';
/** Reading an entry's articles without making its list (a packed entry's from its columns): for answers scanning thousands of entries. */
export { articleCountOf, someArticleOf } from './timeline-columns.ts';

/**
 * The people directory as answers read it (profiles, places and organisations, lookups).
 * @example view.directory().lookup("Biegun").kind // "person"
 */
export interface DirectoryView {
  /** Merged profiles, most articles first. */
  readonly profiles: readonly MergedProfile[];
  /** Places and organisations by key. */
  readonly entities: ReadonlyMap<string, EntityEntry>;
  /** articleId -> profiles named in it. */
  readonly byArticle: ReadonlyMap<string, readonly MergedProfile[]>;
  /** profile -> articleId -> the quotes in that article attributed to the profile. */
  readonly quotes: ReadonlyMap<MergedProfile, ReadonlyMap<string, readonly QuoteRef[]>>;
  /** What a name refers to (a person, several candidates, a place or organisation, or nothing). */
  lookup(name: string): Lookup;
}

/** A timeline entry an article reports, with its report. */
export interface ReportedEntry {
  entry: TimelineEntry;
  report: EventReport;
}

/**
 * Everything answers read from the knowledge base.
 * @example whoAnswer(knowledgeBase as KnowledgeView, { query: "who Biegun", lang: "de" }, "Biegun")
 */
export interface KnowledgeView {
  /** How many articles the archive holds. */
  articleCount(): number;
  /** The article with this id, if it is (still) in the archive. */
  article(id: string): Article | undefined;
  /** Whether the article with this id is (still) in the archive (`article(id) !== undefined`, without making it). */
  hasArticle(id: string): boolean;
  /** The date of the article with this id (`article(id)?.date.value`, without making it). */
  articleDate(id: string): string | undefined;
  /** Every article, in the order they were added. */
  articles(): IterableIterator<Article>;
  /** Articles oldest first (a new list on each call: reads every article). */
  articlesByDate(): readonly Article[];
  /** The newest article (by date, then id), without listing them all. */
  newestArticle(): Article | undefined;
  /** Citations of the articles with these ids that are (still) in the archive, in the same order. */
  citations(ids: readonly string[]): Citation[];
  /** An article's title and text, as the search reads them. */
  textOf(id: string): string | undefined;
  /** An article's sentences. */
  sentencesOf(id: string): Sentence[] | undefined;
  /** The dates, events, people, places and quotes extracted from an article. */
  factsOf(id: string): ArticleFacts | undefined;
  /** The best articles for a query (see src/search/rank.ts). */
  rank(text: string, options?: RankOptions): Ranking;
  /** The archive's closest words to `word`. */
  closestWords(word: string, limit: number, maxEdits?: number): string[];
  /** The ids of the articles containing every word of `text` (no fuzzy matching). */
  containingAll(text: string): string[];
  /** The analyser the index was built with. */
  analyser(): Analyser;
  /** All dated events, the same event from several articles merged into one entry, oldest first. */
  timeline(): readonly TimelineEntry[];
  /** The timeline entries whose date may fall in a range (callers still check each entry's precision). */
  timelineBetween(range: { from: string; to: string }): readonly TimelineEntry[];
  /** The timeline entries an article reports, each with its report. */
  timelineReportsOf(articleId: string): readonly ReportedEntry[];
  /** Visit each timeline entry an article reports (its entries are those whose `articleIds` hold it), making no list. */
  forEachTimelineEntryOf(articleId: string, visit: (entry: TimelineEntry) => void): void;
  /** The people directory. */
  directory(): DirectoryView;
  /** True while the timeline and directory answers use predate a change (it is being merged in). */
  isUpdating(): boolean;
  /** ISO instant the articles were last loaded or changed, if known. */
  updatedAt(): string | undefined;
}
