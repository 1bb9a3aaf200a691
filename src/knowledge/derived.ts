/**
 * What the knowledge base derives across articles: the merged timeline (timeline-merge.ts) with
 * the lookups kept beside it (sort keys for date ranges, reports by article) and the people
 * directory, built on first use and dropped on a change, or kept while a change is merged in
 * the background (then "updating"). A snapshot's timeline and directory are decoded on first use
 * (`restore`), so a start from a snapshot answers search before they are decoded. Private state
 * of the knowledge base.
 */
import { timelineSortKey } from '../text/events/index.ts';
import type { FactStore } from './fact-store.ts';
import { PeopleDirectory } from './people-directory.ts';
import { mergeTimeline, type TimelineEntry } from './timeline-merge.ts';
import type { ReportedEntry } from './view.ts';
import { ReportsByArticle } from './reports-by-article.ts';
import { firstPosition } from '../common/sorted.ts';

/**
 * The timeline and directory of a knowledge base's facts, as kept between changes.
 * @example const derived = new Derived(facts, dateOf); derived.timeline(); derived.forget()
 */
export class Derived {
  #timeline: TimelineEntry[] | undefined;
  /** A restored timeline not decoded yet (see `restore`). */
  #pendingTimeline: (() => TimelineEntry[]) | undefined;
  /** A restored directory not decoded yet. */
  #pendingDirectory: (() => PeopleDirectory) | undefined;
  /** Told when a restored timeline or directory cannot be decoded (see `restore`). */
  #onRestoreError: (error: Error) => void = () => {};
  #reportsByArticle: ReportsByArticle | undefined;
  #directory: PeopleDirectory | undefined;
  /** When set, a change keeps the timeline and directory (slightly out of date) until `replace`. */
  #keepWhileUpdating = false;
  /** Set while the timeline and directory kept for answers predate a change. */
  #updating = false;
  /** Articles changed since `takeChanges` was last asked (noted while keeping the derived state while updating). */
  readonly #changed = new Set<string>();

  /** @param dateOf an article's date, for the directory's profiles */
  constructor(
    private readonly facts: FactStore,
    private readonly dateOf: (id: string) => string,
  ) {}

  /** The merged timeline: a restored one decoded, or merged on first use after a change. */
  timeline(): TimelineEntry[] {
    this.#timeline ??= decodePending(this.#pendingTimeline, this.#onRestoreError) ?? mergeTimeline(this.facts);
    this.#pendingTimeline = undefined;
    return this.#timeline;
  }

  /** The timeline entries whose date may fall in a range (a slice found by binary search). */
  timelineBetween(range: { from: string; to: string }): TimelineEntry[] {
    const timeline = this.timeline();
    // (sort keys worked out for the probed entries only: nothing to build again after a change)
    const keyAt = (i: number) => timelineSortKey(timeline[i]!.date);
    // "2019" -> keys from "2019" up to "2019\uffff"; "2019-03".."2019-05" -> "2019-03" up to "2019-05\uffff"
    return timeline.slice(lowerBound(timeline.length, keyAt, range.from), lowerBound(timeline.length, keyAt, `${range.to}\uffff`));
  }

  /** The timeline entries an article reports, each with its report. */
  timelineReportsOf(articleId: string): readonly ReportedEntry[] {
    this.#reportsByArticle ??= new ReportsByArticle(this.timeline());
    return this.#reportsByArticle.get(articleId) ?? [];
  }

  /** Visit each timeline entry an article reports (once per report), making no list. */
  forEachTimelineEntryOf(articleId: string, visit: (entry: TimelineEntry) => void): void {
    this.#reportsByArticle ??= new ReportsByArticle(this.timeline());
    this.#reportsByArticle.forEachEntry(articleId, visit);
  }

  /** The people directory: a restored one decoded, or built on first use after a change. */
  directory(): PeopleDirectory {
    this.#directory ??= decodePending(this.#pendingDirectory, this.#onRestoreError) ?? buildDirectory(this.facts, this.dateOf);
    this.#pendingDirectory = undefined;
    return this.#directory;
  }

  /** Whether the timeline, or the directory, is decoded or built already: using it costs nothing. */
  isReady(part: 'timeline' | 'directory'): boolean {
    return (part === 'timeline' ? this.#timeline : this.#directory) !== undefined;
  }

  /** Whether the directory is at hand (restored, merged or built) rather than built on next use. */
  hasDirectory(): boolean {
    return this.#directory !== undefined || this.#pendingDirectory !== undefined;
  }
  /** Whether both the timeline and the directory are at hand (restored ones count before they are decoded). */
  has(): boolean {
    return (this.#timeline !== undefined || this.#pendingTimeline !== undefined) && this.hasDirectory();
  }
  /** Whether a restored timeline or directory still waits to be decoded. */
  isDecoding(): boolean {
    return this.#pendingTimeline !== undefined || this.#pendingDirectory !== undefined;
  }
  /** True while the timeline and directory kept predate a change. */
  isUpdating(): boolean {
    return this.#updating;
  }

  /** After a change to an article: drop everything (rebuilt on next use), or keep it and note it is updating. */
  forget(articleId?: string): void {
    if (this.#keepWhileUpdating && articleId !== undefined) this.#changed.add(articleId);
    // (a restored timeline and directory kept while updating are decoded now: what is kept is at hand)
    if (this.#keepWhileUpdating && this.has()) {
      this.timeline();
      this.directory();
    }
    if (this.#keepWhileUpdating && this.#timeline && this.#directory) {
      this.#updating = true;
      return;
    }
    this.drop();
  }

  /** From now on a change keeps the timeline and directory until `replace`. */
  keepWhileUpdating(): void {
    this.#keepWhileUpdating = true;
  }

  /**
   * Take a timeline that differs from the one at hand (`base`) by the entries `removed` and
   * `added` (an incremental merge), and a directory: the reports by article are patched, not
   * built again. Any other timeline at hand is replaced as `replace` does.
   * @example derived.patch(before, after, { removed: [old], added: [merged] }, directory)
   */
  patch(base: readonly TimelineEntry[], timeline: TimelineEntry[], change: { removed: readonly TimelineEntry[]; added: readonly TimelineEntry[] }, directory: PeopleDirectory): void {
    const byArticle = this.#reportsByArticle;
    if (this.#timeline !== base || !byArticle) {
      this.replace(timeline, directory);
      return;
    }
    byArticle.patch(change.removed, change.added);
    this.#timeline = timeline;
    this.#directory = directory;
  }

  /** Take a timeline and directory made elsewhere (a worker); the lookups beside them are rebuilt on use. */
  replace(timeline: TimelineEntry[], directory: PeopleDirectory): void {
    this.drop();
    this.#timeline = timeline;
    this.#directory = directory;
  }

  /**
   * Take a snapshot's timeline and directory, each decoded on first use (`timeline()`,
   * `directory()`); a decoding that fails is told to `onError` and the timeline or directory is
   * then merged again from the facts, as after a change.
   * @example derived.restore(() => decodeTimeline(saved, ids), () => decodeDirectory(savedPeople, ids), console.warn)
   */
  restore(timeline: () => TimelineEntry[], directory: () => PeopleDirectory, onError: (error: Error) => void): void {
    this.drop();
    this.#pendingTimeline = timeline;
    this.#pendingDirectory = directory;
    this.#onRestoreError = onError;
  }

  /** Drop the timeline, its lookups and the directory. */
  drop(): void {
    this.#pendingTimeline = undefined;
    this.#pendingDirectory = undefined;
    this.#timeline = undefined;
    this.#reportsByArticle = undefined;
    this.#directory = undefined;
  }

  /** The articles changed since the last call (while keeping the derived state while updating). */
  takeChanges(): string[] {
    const ids = [...this.#changed];
    this.#changed.clear();
    return ids;
  }

  /** Every change so far is merged in. */
  markUpToDate(): void {
    this.#updating = false;
  }
}

/** A restored part decoded, or undefined when there is none or its decoding failed (told to `onError`). */
function decodePending<T>(pending: (() => T) | undefined, onError: (error: Error) => void): T | undefined {
  if (!pending) return undefined;
  try {
    return pending();
  } catch (error) {
    onError(error instanceof Error ? error : new Error(String(error)));
    return undefined;
  }
}

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
 * The first of `count` positions in ascending order of `keyAt` whose key is not below `key` (binary search).
 * @example lowerBound(3, (i) => ["1950", "2019", "2019-03"][i], "2019") // 1
 */
export function lowerBound(count: number, keyAt: (i: number) => string, key: string): number {
  return firstPosition(count, (i) => keyAt(i) < key);
}
