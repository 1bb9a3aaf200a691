/**
 * Everything the answers need, built once from the articles: the articles by id, their
 * sentences, the facts extracted from each (dates, events, people, quotes) and the search index.
 * Sentences and facts are kept packed and decoded when read. Updated in place when an article
 * changes; what is derived across articles (people profiles, the merged timeline, date order) is
 * rebuilt on first use after a change, or merged on a worker thread while the previous one is
 * still used (see derive-in-background.ts).
 */
import { citationOf, type Article, type Citation } from '../corpus/article.ts';
import { sortArticles } from '../corpus/load.ts';
import { extractFactsSafely, extractionWarning } from '../facts/extract.ts';
import type { CorpusWarning } from '../corpus/load.ts';
import { defaultWorkers, extractInParallel, type Extracted } from '../facts/parallel.ts';
import { ArchiveIndex } from '../search/index.ts';
import { reportedPeriods } from '../search/periods.ts';
import { timelineSortKey } from '../text/events/index.ts';
import { releaseMemory } from '../memory.ts';
import { splitSentences } from '../text/lexicon/index.ts';
import { FactStore } from './fact-store.ts';
import { PeopleDirectory } from './people-directory.ts';
import { SentenceStore } from './sentence-store.ts';
import { mergeTimeline, type EventReport, type TimelineEntry } from './timeline-merge.ts';

/** The bot's view of the archive. */
export interface Knowledge {
  articles: Map<string, Article>;
  sentences: SentenceStore;
  index: ArchiveIndex;
  /** Dates, events, people, places and quotes per article, extracted at load time. */
  facts: FactStore;
  /** Profiles across articles; built on first use, dropped on every change (unless refreshed in the background). */
  directory?: PeopleDirectory | undefined;
  /** Dated events of all articles, merged and oldest first; built on first use, dropped on every change (unless refreshed in the background). */
  timeline?: TimelineEntry[] | undefined;
  /** The timeline's sort keys, for finding a date range by binary search. */
  timelineKeys?: string[] | undefined;
  /** The timeline's reports by article, for finding what an article (or a person in it) tells. */
  reportsByArticle?: Map<string, Array<{ entry: TimelineEntry; report: EventReport }>> | undefined;
  /** Articles oldest first; built on first use, dropped on every change. */
  byDate?: Article[] | undefined;
  /**
   * When set, a change keeps the timeline and the directory (answers use them, slightly out of
   * date) until a `DerivedRefresher` replaces them; otherwise they are rebuilt on next use.
   */
  refreshInBackground?: boolean;
  /** Set when the timeline and directory kept for answers predate a change (a background merge is due). */
  derivedStale?: boolean;
  /** ISO instant the articles were last loaded or changed (set by the adapter that loads them). */
  updatedAt?: string;
  /** Articles whose facts could not be extracted since the last `takeExtractionWarnings` (one each). */
  extractionWarnings?: CorpusWarning[];
}

/**
 * The warnings for articles whose extraction failed since the last call, once each (to be logged).
 * @example for (const w of takeExtractionWarnings(knowledge)) logger.warn(`${w.file}: ${w.reason}`)
 */
export function takeExtractionWarnings(knowledge: Knowledge): CorpusWarning[] {
  const warnings = knowledge.extractionWarnings ?? [];
  knowledge.extractionWarnings = [];
  return warnings;
}

function noteFailure(knowledge: Knowledge, article: Article, error: string | undefined): void {
  if (error) (knowledge.extractionWarnings ??= []).push(extractionWarning(article.file, error));
}

/**
 * Build the knowledge for a set of articles.
 * @example const knowledge = buildKnowledge(corpus.articles)
 */
export function buildKnowledge(articles: Article[]): Knowledge {
  const knowledge = emptyKnowledge();
  for (const article of articles) upsertArticle(knowledge, article);
  knowledge.index.seal();
  return knowledge;
}

/**
 * `buildKnowledge` for a whole corpus, with the facts extracted on worker threads (one per core)
 * while this thread builds the search index: the same knowledge, sooner. Small corpora, or a
 * worker that fails, are extracted in place.
 * @example const knowledge = await buildKnowledgeInParallel(corpus.articles)
 */
export async function buildKnowledgeInParallel(articles: Article[], workers = defaultWorkers(), minArticles = MIN_PARALLEL): Promise<Knowledge> {
  if (workers < 2 || articles.length < minArticles) return buildKnowledge(articles);
  const extraction = extractInParallel(articles, workers).catch(() => undefined);
  const knowledge = emptyKnowledge();
  for (const [i, article] of articles.entries()) {
    knowledge.articles.set(article.id, article);
    knowledge.index.upsert(article);
    // let the workers' answers in now and then, so they are never short of work
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  const extracted = await extraction;
  for (const [i, article] of articles.entries()) {
    const done = extracted?.[i];
    const sentences = done?.sentences ?? splitSentences(article.body);
    knowledge.sentences.set(article.id, sentences);
    if (done) {
      knowledge.facts.set(article.id, done.facts);
      noteFailure(knowledge, article, done.error);
    } else setFactsOf(knowledge, article, knowledge.sentences.get(article.id)!);
    knowledge.index.addPeriods(article.id, reportedPeriods(knowledge.facts.get(article.id)!.dates));
  }
  knowledge.index.seal();
  return knowledge;
}

/**
 * Knowledge with no articles yet.
 * @example const knowledge = emptyKnowledge(); upsertArticle(knowledge, article)
 */
export function emptyKnowledge(index = new ArchiveIndex()): Knowledge {
  const articles = new Map<string, Article>();
  return { articles, sentences: new SentenceStore((id) => articles.get(id)?.body), index, facts: new FactStore() };
}

/** Below this many articles, starting workers (each loads the lexicons) costs more than it saves. */
const MIN_PARALLEL = 500;

/** Add or replace one article. */
export function upsertArticle(knowledge: Knowledge, article: Article): void {
  const sentences = splitSentences(article.body);
  knowledge.articles.set(article.id, article);
  knowledge.sentences.set(article.id, sentences);
  setFactsOf(knowledge, article, sentences);
  knowledge.index.upsert(article);
  knowledge.index.addPeriods(article.id, reportedPeriods(knowledge.facts.get(article.id)!.dates));
  forgetDerived(knowledge);
}

/**
 * Add or replace one article whose facts and sentences were extracted elsewhere (a worker thread).
 * @example await upsertExtracted(knowledge, article, (await extractInParallel([article], 1))[0])
 */
export async function upsertExtracted(knowledge: Knowledge, article: Article, extracted: Extracted): Promise<void> {
  // (indexed in slices first: a long article must not hold the event loop; the rest is quick)
  await knowledge.index.upsertInSlices(article);
  knowledge.articles.set(article.id, article);
  knowledge.sentences.set(article.id, extracted.sentences);
  knowledge.facts.set(article.id, extracted.facts);
  noteFailure(knowledge, article, extracted.error);
  knowledge.index.addPeriods(article.id, reportedPeriods(knowledge.facts.get(article.id)!.dates));
  forgetDerived(knowledge);
}

/** Extract in place; an extractor that throws leaves the article without facts and a warning. */
function setFactsOf(knowledge: Knowledge, article: Article, sentences: Parameters<typeof extractFactsSafely>[1]): void {
  const { facts, error } = extractFactsSafely(article, sentences);
  knowledge.facts.set(article.id, facts);
  noteFailure(knowledge, article, error);
}

/** Remove one article by id. */
export function removeArticle(knowledge: Knowledge, id: string): void {
  knowledge.articles.delete(id);
  knowledge.sentences.delete(id);
  knowledge.facts.delete(id);
  knowledge.index.remove(id);
  forgetDerived(knowledge);
}

/** Drop what is computed across articles; it is rebuilt on next use (or in the background). */
function forgetDerived(knowledge: Knowledge): void {
  knowledge.byDate = undefined;
  if (knowledge.refreshInBackground && knowledge.timeline && knowledge.directory) {
    knowledge.derivedStale = true;
    return;
  }
  knowledge.directory = undefined;
  knowledge.timeline = undefined;
  knowledge.timelineKeys = undefined;
  knowledge.reportsByArticle = undefined;
}

/**
 * All dated events, the same event from several articles merged into one entry, oldest first.
 * @example timelineOf(knowledge)[0] // { date: { value: "1950", … }, text: "…", articleIds: [...], reports: [...] }
 */
export function timelineOf(knowledge: Knowledge): TimelineEntry[] {
  knowledge.timeline ??= mergeTimeline(knowledge.facts);
  return knowledge.timeline;
}

/**
 * The timeline entries whose date may fall in a range (a slice found by binary search; callers
 * still check each entry's precision against the range).
 * @example timelineBetween(knowledge, { from: "2019", to: "2019" }) // entries dated 2019…
 */
export function timelineBetween(knowledge: Knowledge, range: { from: string; to: string }): TimelineEntry[] {
  const timeline = timelineOf(knowledge);
  knowledge.timelineKeys ??= timeline.map((event) => timelineSortKey(event.date));
  const keys = knowledge.timelineKeys;
  // "2019" -> keys from "2019" up to "2019\uffff"; "2019-03".."2019-05" -> "2019-03" up to "2019-05\uffff"
  return timeline.slice(lowerBound(keys, range.from), lowerBound(keys, `${range.to}\uffff`));
}

/**
 * The timeline entries an article reports, each with its report (empty for an article without events).
 * @example timelineReportsOf(knowledge, "003_3f8a301a5dfb26f2")[0].report.start // 412
 */
export function timelineReportsOf(knowledge: Knowledge, articleId: string): ReadonlyArray<{ entry: TimelineEntry; report: EventReport }> {
  if (!knowledge.reportsByArticle) {
    const byArticle = new Map<string, Array<{ entry: TimelineEntry; report: EventReport }>>();
    for (const entry of timelineOf(knowledge)) {
      for (const report of entry.reports) {
        const list = byArticle.get(report.articleId);
        if (list) list.push({ entry, report });
        else byArticle.set(report.articleId, [{ entry, report }]);
      }
    }
    knowledge.reportsByArticle = byArticle;
  }
  return knowledge.reportsByArticle.get(articleId) ?? [];
}

function lowerBound(keys: string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The people directory, built from the facts on first use after a change.
 * @example directoryOf(knowledge).lookup("Biegun")
 */
export function directoryOf(knowledge: Knowledge): PeopleDirectory {
  knowledge.directory ??= buildDirectory(knowledge.facts, (id) => knowledge.articles.get(id)?.date.value ?? '');
  return knowledge.directory;
}

/**
 * The people directory of every article's facts (what `directoryOf` keeps).
 * @example buildDirectory(knowledge.facts, (id) => knowledge.articles.get(id)?.date.value ?? "")
 */
export function buildDirectory(store: FactStore, dateOf: (id: string) => string): PeopleDirectory {
  return PeopleDirectory.build(
    [...store.ids()].map((articleId) => ({ articleId, articleDate: dateOf(articleId), facts: store.get(articleId)! })),
    // (quotes read afresh and dropped after use, not kept with every article's people until the end)
    (input) => store.get(input.articleId)!.quotes,
  );
}

/**
 * Build what is derived across articles now rather than on the first question.
 * @example warmUp(knowledge) // after loading; the first `who` then answers at once
 */
export function warmUp(knowledge: Knowledge): void {
  if (!knowledge.directory) {
    directoryOf(knowledge);
    releaseMemory();
  }
  timelineOf(knowledge);
  timelineReportsOf(knowledge, '');
  articlesByDate(knowledge);
}

/** Articles oldest first (sorted once per change of the archive; do not modify the array). */
export function articlesByDate(knowledge: Knowledge): Article[] {
  knowledge.byDate ??= sortArticles([...knowledge.articles.values()]);
  return knowledge.byDate;
}

/**
 * Citations of the articles with these ids that are (still) in the archive, in the same order.
 * @example citationsOf(knowledge, ["003_3f8a301a5dfb26f2"]) // [{ id: "003_…", title: "…", date: "2020-07" }]
 */
export function citationsOf(knowledge: Knowledge, ids: readonly string[]): Citation[] {
  return ids.flatMap((id) => {
    const article = knowledge.articles.get(id);
    return article ? [citationOf(article)] : [];
  });
}

/**
 * An article's title and text, as the search reads them.
 * @example textOf(knowledge, "003_3f8a301a5dfb26f2") // "Die Verhandlungen …\n…"
 */
export function textOf(knowledge: Knowledge, id: string): string | undefined {
  const article = knowledge.articles.get(id);
  return article && `${article.title}\n${article.body}`;
}
