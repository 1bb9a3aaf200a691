/**
 * The knowledge base: the articles by id, their sentences, the facts extracted from each (dates,
 * events, people, quotes) and the search index, with private state behind methods. Sentences and
 * facts are kept packed and decoded when read. Changed in place when an article changes (only
 * from inside src/knowledge/: apply-change, bootstrap, the snapshot, the background merge); what
 * is derived across articles (people directory, merged timeline, date order) is rebuilt on first
 * use after a change, or merged on a worker thread while the previous one is still used
 * (derive-in-background.ts). Answers receive it as a read-only `KnowledgeView`.
 */
import { citationOf, type Article, type Citation } from '../corpus/article.ts';
import type { CorpusWarning } from '../corpus/load.ts';
import { ArchiveIndex, type PackedIndex } from '../search/index.ts';
import { reportedPeriods } from '../search/periods.ts';
import { rank, type RankOptions, type Ranking } from '../search/rank.ts';
import { closestWords } from '../search/typo.ts';
import { sentenceOffsets, splitSentences, type Sentence } from '../text/lexicon/index.ts';
import { ArticleMap } from './article-map.ts';
import { DateOrder } from './date-order.ts';
import { Derived } from './derived.ts';
import { FactStore } from './fact-store.ts';
import { extractFactsSafely, extractionWarning, type ArticleFacts } from './facts/extract.ts';
import type { Extracted } from './facts/parallel.ts';
import { releaseMemory } from './memory.ts';
import type { PeopleDirectory } from './people-directory.ts';
import { sameText } from './same-text.ts';
import { SentenceStore } from './sentence-store.ts';
import type { TimelineEntry } from './timeline-merge.ts';
import type { KnowledgeView, ReportedEntry } from './view.ts';

/**
 * The bot's knowledge of the archive.
 * @example const kb = new KnowledgeBase(); kb.upsert(article); kb.seal(); kb.directory().lookup("Biegun")
 */
export class KnowledgeBase implements KnowledgeView {
  readonly #articles = new ArticleMap();
  readonly #sentences = new SentenceStore((id) => this.#articles.get(id)?.body);
  readonly #facts = new FactStore();
  readonly #index: ArchiveIndex;
  /** The timeline and the people directory (see derived.ts). */
  readonly #derived = new Derived(this.#facts, (id) => this.#articles.get(id)?.date.value ?? '');
  /** Article ids oldest first: sorted (or a snapshot's read) on first use, then patched on every change. */
  #dateOrder: DateOrder | undefined;
  /** A snapshot's date order, read on first use. */
  #storedDateOrder: (() => DateOrder) | undefined;
  #updatedAt: string | undefined;
  #extractionWarnings: CorpusWarning[] = [];
  #release: (() => void) | undefined;

  /** An empty knowledge base over an index (a fresh one, or one restored from a snapshot). */
  constructor(index = new ArchiveIndex()) {
    this.#index = index;
  }

  // --- the read-only view (KnowledgeView) ---

  articleCount(): number {
    return this.#articles.size;
  }
  article(id: string): Article | undefined {
    return this.#articles.get(id);
  }
  hasArticle(id: string): boolean {
    return this.#articles.has(id);
  }
  articleDate(id: string): string | undefined {
    return this.#articles.dateOf(id);
  }
  articles(): IterableIterator<Article> {
    return this.#articles.values();
  }
  sentencesOf(id: string): Sentence[] | undefined {
    return this.#sentences.get(id);
  }
  factsOf(id: string): ArticleFacts | undefined {
    return this.#facts.get(id);
  }
  isUpdating(): boolean {
    return this.#derived.isUpdating();
  }
  updatedAt(): string | undefined {
    return this.#updatedAt;
  }
  analyser(): ArchiveIndex['analyser'] {
    return this.#index.analyser;
  }
  rank(text: string, options?: RankOptions): Ranking {
    return rank(this.#index, text, options);
  }
  closestWords(word: string, limit: number, maxEdits?: number): string[] {
    return closestWords(this.#index, word, limit, maxEdits);
  }
  containingAll(text: string): string[] {
    return this.#index.containingAll(text);
  }

  /**
   * Articles oldest first, a new list on each call (for the digest): a snapshot's articles not
   * made into objects yet are made for the list only, not kept (the order itself holds ids).
   */
  articlesByDate(): Article[] {
    return this.#order().ids.map((id) => this.#articles.peek(id)!);
  }

  /** The newest article (the last of `articlesByDate`, without making the list). @example kb.newestArticle()?.title */
  newestArticle(): Article | undefined {
    const ids = this.#order().ids;
    return ids.length > 0 ? this.#articles.get(ids[ids.length - 1]!) : undefined;
  }

  /** Article ids oldest first (do not modify). @example kb.idsByDate()[0] // "001_…" */
  idsByDate(): readonly string[] {
    return this.#order().ids;
  }

  /**
   * (a snapshot's articles not made yet are made for the citation only, not kept: a `who` cites every article of a person)
   * @example kb.citations(["003_3f8a301a5dfb26f2"]) // [{ id: "003_…", title: "…", date: "2020-07" }]
   */
  citations(ids: readonly string[]): Citation[] {
    return ids.flatMap((id) => {
      const article = this.#articles.peek(id);
      return article ? [citationOf(article)] : [];
    });
  }

  /** @example kb.textOf("003_3f8a301a5dfb26f2") // "Die Verhandlungen …\n…" */
  textOf(id: string): string | undefined {
    const article = this.#articles.get(id);
    return article && `${article.title}\n${article.body}`;
  }

  /** @example kb.timeline()[0] // { date: { value: "1950", … }, text: "…", articleIds: [...], reports: [...] } */
  timeline(): TimelineEntry[] {
    return this.#derived.timeline();
  }

  /** @example kb.timelineBetween({ from: "2019", to: "2019" }) // entries dated 2019… */
  timelineBetween(range: { from: string; to: string }): TimelineEntry[] {
    return this.#derived.timelineBetween(range);
  }

  /** @example kb.timelineReportsOf("003_3f8a301a5dfb26f2")[0].report.start // 412 */
  timelineReportsOf(articleId: string): readonly ReportedEntry[] {
    return this.#derived.timelineReportsOf(articleId);
  }

  /** @example const about = new Set(); kb.forEachTimelineEntryOf("003_3f8a301a5dfb26f2", (entry) => about.add(entry)) */
  forEachTimelineEntryOf(articleId: string, visit: (entry: TimelineEntry) => void): void {
    this.#derived.forEachTimelineEntryOf(articleId, visit);
  }

  /** The people directory, built from the facts on first use after a change. @example kb.directory().lookup("Biegun") */
  directory(): PeopleDirectory {
    return this.#derived.directory();
  }

  // --- changes (called from inside src/knowledge/ only) ---

  /** Add or replace one article, its facts extracted in place. @example kb.upsert(article) */
  upsert(article: Article): void {
    const sentences = splitSentences(article.body);
    this.#articles.set(article.id, article);
    this.#sentences.set(article.id, sentences);
    this.#extractInPlace(article, sentences);
    this.#index.upsert(article);
    this.#addPeriods(article.id);
    this.#forgetDerived(article.id);
  }

  /** Add or replace one article whose facts and sentences were extracted on a worker thread. */
  async upsertExtracted(article: Article, extracted: Extracted): Promise<void> {
    // (indexed in slices first: a long article must not hold the event loop; the rest is quick)
    await this.#index.upsertInSlices(article);
    this.#articles.set(article.id, article);
    this.#sentences.set(article.id, extracted.sentences);
    this.#facts.set(article.id, extracted.facts);
    this.#noteFailure(article, extracted.error);
    this.#addPeriods(article.id);
    this.#forgetDerived(article.id);
  }

  /** Remove one article by id. @example kb.remove("003_3f8a301a5dfb26f2") */
  remove(id: string): void {
    this.#articles.delete(id);
    this.#sentences.delete(id);
    this.#facts.delete(id);
    this.#index.remove(id);
    this.#forgetDerived(id);
  }

  /** A parallel build's first step: store and index an article (facts follow with `completeExtraction`). */
  addIndexed(article: Article): void {
    this.#articles.set(article.id, article);
    this.#index.upsert(article);
    this.#patchDateOrder(article.id);
  }

  /** A parallel build's second step: what a worker extracted, or (without it) an extraction in place. */
  completeExtraction(article: Article, done: Extracted | undefined): void {
    this.#storeExtraction(article, done);
    this.#addPeriods(article.id);
  }

  /**
   * A snapshot's articles, `ids[row]` each, before any other: each made by `articleAt(row)` when
   * first asked for (its date given by `dateAt(row)` without making it), with its sentence offsets
   * and its packed facts (read from the snapshot when asked for, decoded when read).
   */
  addStored(ids: readonly string[], articleAt: (row: number) => Article, sentenceOffsets: (row: number) => Uint32Array, packedFacts: (row: number) => Uint8Array, dateAt?: (row: number) => string): void {
    this.#articles.keepRows(ids, articleAt, dateAt);
    this.#sentences.keepRows(ids, sentenceOffsets);
    this.#facts.keepRows(ids, packedFacts);
  }

  /**
   * Put back an article whose text or facts can no longer be read from the snapshot, read again
   * from the corpus: its text kept in memory, its facts extracted again (in place, or given by a
   * worker). The search index, timeline and directory are kept when it is the text they were made
   * from (`sameText`); a file changed since (unseen with `--live none`) is upserted as any change.
   * @example kb.repair(await loadArticleFile("corpus/003_3f8a301a5dfb26f2.txt"))
   */
  repair(article: Article, extracted?: Extracted): void {
    const stored = this.#articles.get(article.id);
    const offsets = extracted?.sentences ?? sentenceOffsets(splitSentences(article.body));
    if (!stored || !sameText(stored, this.#sentences.offsetsOf(article.id), article, offsets)) {
      this.#index.upsert(article);
      this.#articles.set(article.id, article);
      this.#storeExtraction(article, extracted);
      this.#addPeriods(article.id);
      this.#forgetDerived(article.id);
      return;
    }
    this.#articles.set(article.id, article);
    this.#storeExtraction(article, extracted);
  }

  /**
   * A snapshot's date order, and its timeline and directory decoded on first use (or by
   * `warmUp`), so nothing is merged again at start-up and search answers before they are decoded.
   * A decoding that fails is told to `onError`; that part is then merged again from the facts.
   */
  restoreDerived(byDate: () => DateOrder, timeline: () => TimelineEntry[], directory: () => PeopleDirectory, onError: (error: Error) => void = () => {}): void {
    this.#dateOrder = undefined;
    this.#storedDateOrder = byDate;
    this.#derived.restore(timeline, directory, onError);
  }

  /** Whether an article is still row `row` of the snapshot it was restored from (not replaced or removed since). */
  isStoredRow(id: string, row: number): boolean {
    return this.#articles.isStoredRow(id, row);
  }

  /** What `close` releases: the snapshot file a restored knowledge base reads its texts and facts from. */
  releaseWith(release: () => void): void {
    this.#release = release;
  }

  /**
   * Release the snapshot file the texts and facts restored from it are read from (at shutdown);
   * reading those afterwards throws. Closing twice, or a knowledge base built afresh, is harmless.
   */
  close(): void {
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  /** Finish the index after a build (see `ArchiveIndex.seal`). */
  seal(): void {
    this.#index.seal();
  }

  /** Note when the articles were last loaded or changed. @example kb.setUpdatedAt(new Date().toISOString()) */
  setUpdatedAt(iso: string): void {
    this.#updatedAt = iso;
  }

  /**
   * The warnings for articles whose extraction failed since the last call, once each (to be logged).
   * @example for (const w of kb.takeExtractionWarnings()) logger.warn(`${w.file}: ${w.reason}`)
   */
  takeExtractionWarnings(): CorpusWarning[] {
    const warnings = this.#extractionWarnings;
    this.#extractionWarnings = [];
    return warnings;
  }

  /** Build (or decode, after a snapshot) what is derived across articles now rather than on the first question. @example kb.warmUp() */
  warmUp(): void {
    for (const step of this.warmUpSteps()) step();
  }

  /**
   * `warmUp` as steps to run one after another (between them the event loop may answer): the
   * directory, the timeline, the reports by article, the date order (the search analyser's word
   * tables need no step: a build has made them, a snapshot restored them).
   * @example for (const step of kb.warmUpSteps()) { step(); await setImmediate(); }
   */
  warmUpSteps(): Array<() => void> {
    // (decoding or building each leaves much garbage that V8 collects late: given back after each, for a lower peak;
    // not when it was at hand already: a full collection of a large heap holds every answer meanwhile)
    const thenRelease = (part: 'timeline' | 'directory', step: () => void) => () => {
      const work = !this.#derived.isReady(part);
      step();
      if (work) releaseMemory();
    };
    return [thenRelease('directory', () => this.directory()), thenRelease('timeline', () => this.timeline()), () => this.timelineReportsOf(''), () => this.#order()];
  }

  /** Whether a snapshot's timeline or directory still waits to be decoded (a question that needs it decodes it first). */
  isDecoding(): boolean {
    return this.#derived.isDecoding();
  }

  // --- the background merge (derive-in-background.ts) and the snapshot (knowledge-snapshot.ts) ---

  /** From now on a change keeps the timeline and directory (answers say they are updating) until `replaceDerived`. */
  keepDerivedWhileUpdating(): void {
    this.#derived.keepWhileUpdating();
  }

  /** Replace the timeline and directory by ones merged elsewhere (the lookups beside them are rebuilt). */
  replaceDerived(timeline: TimelineEntry[], directory: PeopleDirectory): void {
    this.#derived.replace(timeline, directory);
    this.timelineReportsOf('');
  }

  /**
   * `replaceDerived` with a timeline that differs from the one at hand (`base`) only by the
   * entries `change` names (an incremental merge): the lookups beside it are patched.
   */
  patchDerived(base: readonly TimelineEntry[], timeline: TimelineEntry[], change: { removed: readonly TimelineEntry[]; added: readonly TimelineEntry[] }, directory: PeopleDirectory): void {
    this.#derived.patch(base, timeline, change, directory);
    this.timelineReportsOf('');
  }

  /** Drop the timeline and directory: the next question merges them in place. */
  dropDerived(): void {
    this.#derived.drop();
  }

  /** Every change so far is merged in: answers are up to date again. */
  markUpToDate(): void {
    this.#derived.markUpToDate();
  }

  /** Whether the merged timeline and people directory are at hand (restored, merged in the background or built), rather than merged on the next read. */
  hasDerived(): boolean {
    return this.#derived.has();
  }

  /** The articles changed since the last call, once a refresher keeps the derived state while updating. */
  takeChangedIds(): string[] {
    return this.#derived.takeChanges();
  }
  /** The packed facts of every article, read-only (for merging the timeline incrementally). */
  factStore(): Pick<FactStore, 'get' | 'ids' | 'orderOf'> {
    return this.#facts;
  }
  /** Article ids in the order their facts were stored (the order the timeline and directory are merged in). */
  factIds(): IterableIterator<string> {
    return this.#facts.ids();
  }
  /** An article's facts, packed (src/knowledge/facts/packed.ts). */
  packedFactsOf(id: string): Uint8Array | undefined {
    return this.#facts.packedOf(id);
  }
  /** An article's sentence offsets, as stored. */
  sentenceOffsetsOf(id: string): Uint32Array | undefined {
    return this.#sentences.offsetsOf(id);
  }
  /** The index, packed for a snapshot. */
  packIndex(): PackedIndex {
    return this.#index.pack();
  }

  /** Keep an article's sentences and facts: what a worker extracted, or (without it) an extraction in place. */
  #storeExtraction(article: Article, done: Extracted | undefined): void {
    const sentences = done?.sentences ?? splitSentences(article.body);
    this.#sentences.set(article.id, sentences);
    if (done) {
      this.#facts.set(article.id, done.facts);
      this.#noteFailure(article, done.error);
    } else this.#extractInPlace(article, this.#sentences.get(article.id)!);
  }

  /** Extract in place; an extractor that throws leaves the article without facts and a warning. */
  #extractInPlace(article: Article, sentences: Parameters<typeof extractFactsSafely>[1]): void {
    const { facts, error } = extractFactsSafely(article, sentences);
    this.#facts.set(article.id, facts);
    this.#noteFailure(article, error);
  }

  #noteFailure(article: Article, error: string | undefined): void {
    if (error) this.#extractionWarnings.push(extractionWarning(article.file, error));
  }

  #addPeriods(id: string): void {
    this.#index.addPeriods(id, reportedPeriods(this.#facts.get(id)!.dates));
  }

  /** Drop what is computed across articles; it is rebuilt on next use (or in the background). The date order is patched. */
  #forgetDerived(articleId: string): void {
    this.#patchDateOrder(articleId);
    this.#derived.forget(articleId);
  }

  /** The date order: a snapshot's read, or sorted now. */
  #order(): DateOrder {
    this.#dateOrder ??= this.#storedDateOrder?.() ?? DateOrder.sorted(Array.from(this.#articles.values(), (a) => ({ id: a.id, date: a.date.value })));
    this.#storedDateOrder = undefined;
    return this.#dateOrder;
  }

  /** Bring the date order (if there is one yet) in line with an article added, changed or removed. */
  #patchDateOrder(id: string): void {
    if (!this.#dateOrder && !this.#storedDateOrder) return;
    const article = this.#articles.get(id);
    if (article) this.#order().set(id, article.date.value);
    else this.#order().delete(id);
  }
}
