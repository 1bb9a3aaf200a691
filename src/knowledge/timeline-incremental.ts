/**
 * The timeline kept up to date article by article (the incremental merge of
 * src/text/events/incremental.ts over the packed facts): a new, changed or removed article
 * re-merges only the reports it touches. The word weights are those of the archive when the
 * timeline was first merged; under them the result equals `mergeTimeline(store, weight)`.
 */
import { nearbyPeopleIn, peopleIn } from './facts/extract.ts';
import { IncrementalMerge, WordCounts, type ArticleReports, type KeptEntry } from '../text/events/index.ts';
import type { FactStore } from './fact-store.ts';
import { READ_GROWTH, releaseMemory, releaseWhenGrown } from './memory.ts';

/** Reports of a decade after whose merge `buildInSteps` gives memory back. */
const LARGE_DECADE = 10_000;

/** What the incremental timeline reads of a fact store. */
export type FactReader = Pick<FactStore, 'get' | 'ids' | 'orderOf'>;
import type { TimelineEntry } from './timeline-merge.ts';
import { reportCountOf, reportOf } from './timeline-columns.ts';
import { nextTurn } from '../common/next-turn.ts';

/**
 * The word weights of every report in the store (what a full merge uses), fixed.
 * @example timelineWeights(store)("kaesong") // 9.1
 */
export function timelineWeights(store: FactReader): (word: string) => number {
  const counts = new WordCounts();
  for (const id of store.ids()) for (const event of store.get(id)!.events) counts.add(event);
  return counts.weights();
}

/**
 * An article's reports with the people of each, ranked by its place in the store.
 * @example reportsOf(store, "a1")?.events.length // 4
 */
function reportsOf(store: FactReader, articleId: string): ArticleReports | undefined {
  const facts = store.get(articleId);
  const rank = store.orderOf(articleId);
  if (!facts || rank === undefined) return undefined;
  const events = facts.events;
  return { articleId, rank, events, peopleOf: (k) => peopleIn(facts, events[k]!.start, events[k]!.end), nearbyOf: (k) => nearbyPeopleIn(facts, events[k]!.start) };
}

/**
 * The merged timeline of a fact store, updated article by article.
 * @example const kept = IncrementalTimeline.build(store); store.delete("a1"); kept.update(store, ["a1"]); kept.timeline()
 */
export class IncrementalTimeline {
  private readonly present = new Set<string>();

  private constructor(
    private readonly merge: IncrementalMerge,
    /** The word weights it merges under. */
    readonly weight: (word: string) => number,
  ) {}

  /** Merge every article of the store (weights: `weight`, or those of the store now). */
  static build(store: FactReader, weight = timelineWeights(store)): IncrementalTimeline {
    const kept = new IncrementalTimeline(new IncrementalMerge(weight), weight);
    for (const _ of kept.fill(store));
    return kept;
  }

  /**
   * `build`, pausing (a macrotask) after each decade so that answers go on meanwhile. Articles
   * changed while it runs must be passed to `update` afterwards.
   * @example const kept = await IncrementalTimeline.buildInSteps(store)
   */
  static async buildInSteps(store: FactReader, weight = timelineWeights(store)): Promise<IncrementalTimeline> {
    const kept = new IncrementalTimeline(new IncrementalMerge(weight), weight);
    const check = releaseWhenGrown(READ_GROWTH);
    for (const merged of kept.fill(store)) {
      // (a large decade leaves a large working set behind: give it back before the next, as a full
      // merge does; reading every article's facts leaves garbage behind too)
      if (merged >= LARGE_DECADE) releaseMemory();
      else check();
      await nextTurn();
    }
    return kept;
  }

  private fill(store: FactReader): Generator<number> {
    return this.merge.fill(this.articles(store));
  }

  /** The store's articles one at a time (each decoded only while its reports are kept). */
  private *articles(store: FactReader): Generator<ArticleReports> {
    for (const id of store.ids()) {
      const reports = reportsOf(store, id);
      if (!reports) continue;
      this.present.add(id);
      yield reports;
    }
  }

  /** Bring the timeline in line with the store for these articles (added, changed or removed since). */
  update(store: FactReader, articleIds: Iterable<string>): void {
    for (const _ of this.updateSteps(store, articleIds));
  }

  /**
   * `update`, pausing (a macrotask) every few hundred reports so that answers go on meanwhile;
   * the timeline changes at the end. No other update may run meanwhile.
   * @example await kept.updateInSteps(store, ["a1"])
   */
  async updateInSteps(store: FactReader, articleIds: Iterable<string>): Promise<void> {
    for (const _ of this.updateSteps(store, articleIds)) await nextTurn();
  }

  private updateSteps(store: FactReader, articleIds: Iterable<string>): Generator<void> {
    const removed: string[] = [];
    const added: ArticleReports[] = [];
    for (const id of new Set(articleIds)) {
      if (this.present.delete(id)) removed.push(id);
      const reports = reportsOf(store, id);
      if (!reports) continue;
      added.push(reports);
      this.present.add(id);
    }
    return this.merge.changeInSteps(removed, added);
  }

  /** The timeline as the knowledge base keeps it (entries not changed since the last call are the same objects). */
  timeline(): TimelineEntry[] {
    return this.merge.timeline().map(shownEntry);
  }

  /**
   * Take the entries of `current` (the timeline at hand, e.g. restored from a snapshot) as this
   * timeline's, if they are equal entry by entry: `timeline()` then gives them, and the kept
   * entries share their texts and article lists (one copy kept, not two). False (nothing taken)
   * when they differ anywhere.
   * @example const kept = IncrementalTimeline.build(store); kept.adopt(knowledge.timeline()) // true
   */
  adopt(current: readonly TimelineEntry[]): boolean {
    const kept = this.merge.timeline();
    if (kept.length !== current.length || kept.some((entry, i) => !sameEntry(entry, current[i]!))) return false;
    kept.forEach((entry, i) => {
      const view = current[i]!;
      for (const r of entry.reports) if (r.event.text === view.text) r.event.text = view.text;
      entry.text = view.text;
      entry.articleIds = view.articleIds;
      entry.view = view;
    });
    return true;
  }

  /**
   * The entries the last update dropped from `timeline()` and those it added (for patching the
   * lookups kept beside the timeline instead of building them again).
   * @example kept.update(store, ["a1"]); kept.lastChange().removed.length // 2
   */
  lastChange(): { removed: TimelineEntry[]; added: TimelineEntry[] } {
    const { gone, fresh } = this.merge.lastChange();
    return { removed: gone.map(shownEntry), added: fresh.map(shownEntry) };
  }
}

/** Whether a kept entry is shown as `view` (what `shownEntry` would make of it equals it). */
function sameEntry(kept: KeptEntry, view: TimelineEntry): boolean {
  const [a, b] = [kept.date, view.date];
  if (a.value !== b.value || a.precision !== b.precision || a.modifier !== b.modifier || kept.text !== view.text || kept.planned !== view.planned) return false;
  // (a packed entry makes its lists anew on each read: each read once)
  const viewIds = view.articleIds;
  if (kept.articleIds.length !== viewIds.length || kept.articleIds.some((id, i) => id !== viewIds[i])) return false;
  const reports = kept.reports;
  if (reports.length !== reportCountOf(view)) return false;
  for (const [i, r] of reports.entries()) {
    const shown = reportOf(view, i);
    if (r.event.articleId !== shown.articleId || r.event.start !== shown.start || r.event.end !== shown.end || (r.event.text === kept.text) !== shown.shown) return false;
  }
  const people = [...new Set(reports.flatMap((r) => r.people))];
  const viewPeople = view.people;
  return people.length === viewPeople.length && people.every((p, i) => p === viewPeople[i]);
}

/** A kept entry as the knowledge base keeps it, made once and kept with it. */
function shownEntry(kept: KeptEntry): TimelineEntry {
  if (kept.view) return kept.view as TimelineEntry;
  const reports = kept.reports;
  const entry: TimelineEntry = {
    date: kept.date,
    text: kept.text,
    articleIds: kept.articleIds,
    reports: reports.map((r) => ({ articleId: r.event.articleId, start: r.event.start, end: r.event.end, shown: r.event.text === kept.text })),
    people: [...new Set(reports.flatMap((r) => r.people))],
    ...(kept.planned ? { planned: kept.planned } : {}),
  };
  kept.view = entry;
  return entry;
}
