/**
 * The merged timeline kept up to date article by article: a change re-merges only the reports it
 * can affect, with the same result as merging every report again (`mergeEvents`) under the same
 * word weights. Why that holds: a full merge joins groups along alike pairs only, so each group
 * lies inside one connected part of the graph of alike pairs, and the groups of a part depend only
 * on the pairs inside it and their order (score, then report order). A change re-merges exactly
 * the parts that hold a report it removed or added, or a neighbour of one; whether two reports
 * are alike depends on the two alone (incremental-pairs.ts) once the word weights are fixed.
 */
import { forCandidatePairs } from './candidates.ts';
import { timelineSortKey } from './dates.ts';
import { byTimeline, cluster, clusterInSteps, mergeSorted, partsOf } from './incremental-cluster.ts';
import { keptReport, linkAlike, pairScore, type KeptReport, type ReportPools } from './incremental-pairs.ts';
import { StringPool } from './string-pool.ts';
import { entryDate, MIN_SCORE, representative } from './merge.ts';
import type { ArticleEvent, EventDate } from './types.ts';

/** One article's reports for the incremental merge: `rank` orders articles as a full merge reads them. */
export interface ArticleReports {
  articleId: string;
  rank: number;
  events: readonly ArticleEvent[];
  /** The people of event k (asked once per event, when it is merged). */
  peopleOf: (k: number) => string[];
  /** The people named just before event k (asked when it names none). */
  nearbyOf: (k: number) => string[];
}

/** A timeline entry of the incremental merge, with its reports as kept (for their people). */
export interface KeptEntry {
  date: EventDate;
  text: string;
  articleIds: string[];
  reports: KeptReport[];
  /** Sort key of the date, and the rank of the first report: the timeline is in this order. */
  key: string;
  first: number;
  /** Set when the shown report tells a plan or expectation. */
  planned?: true;
  /** What the caller made of the entry for its answers (timeline-incremental.ts), kept with it. */
  view?: unknown;
}

/** What the last change did to the timeline: entries gone and entries new (in timeline order). */
export interface TimelineChange {
  gone: readonly KeptEntry[];
  fresh: readonly KeptEntry[];
}

/** Reports compared between two steps of `changeInSteps`. */
const STEP = 64;

/** Articles read between two steps of `fill`. */
const FILL_STEP = 500;

/** Reports of one article are numbered rank * this + event number. */
const PER_ARTICLE = 1 << 16;

/**
 * The merge of every article's reports, changed article by article.
 * @example const merge = new IncrementalMerge(weight); merge.change([], [a1, a2]); merge.change(["a1"], []); merge.timeline()
 */
export class IncrementalMerge {
  private readonly byArticle = new Map<string, KeptReport[]>();
  /** Decade -> date value -> reports. */
  private readonly byDate = new Map<string, Map<string, Set<KeptReport>>>();
  private readonly groupOf = new Map<KeptReport, KeptReport[]>();
  private readonly entryOf = new Map<KeptReport[], KeptEntry>();
  private entries: KeptEntry[] = [];
  private last: TimelineChange = { gone: [], fresh: [] };
  private readonly pools: ReportPools = { strings: new StringPool(), dates: new Map() };

  /** @param weight fixed word weights (a full merge under the same weights gives the same timeline) */
  constructor(private readonly weight: (word: string) => number) {}

  /** The timeline, oldest first (entries of one date in order of their first report). */
  timeline(): readonly KeptEntry[] {
    return this.entries;
  }

  /**
   * What the last `change` (or `fill`) did: the entries it dropped and those it made.
   * @example merge.change(["a1"], []); merge.lastChange().gone.length // 3
   */
  lastChange(): TimelineChange {
    return this.last;
  }

  /** Number of reports kept. */
  get reportCount(): number {
    return this.groupOf.size;
  }

  /**
   * Remove the reports of `removed` articles, then add those of `added` (a changed article is in
   * both), and re-merge what they touch. An article is added with the rank it keeps.
   */
  change(removed: readonly string[], added: readonly ArticleReports[]): void {
    for (const _ of this.changeInSteps(removed, added));
  }

  /**
   * `change` in steps (a step after every few hundred reports compared), so that a very long
   * article need not hold a caller's event loop; the timeline changes only at the last step.
   * @example for (const _ of merge.changeInSteps([], [article])) await pause()
   */
  *changeInSteps(removed: readonly string[], added: readonly ArticleReports[]): Generator<void> {
    const touched = new Set<KeptReport>();
    const gone = new Set<KeptEntry>();
    for (const id of removed) this.removeArticle(id, touched, gone);
    // (a removed report may have been noted as a group member of another removed one)
    for (const r of touched) if (!this.groupOf.has(r)) touched.delete(r);
    for (const article of added) yield* this.addArticle(article, touched);
    yield;
    const part = partsOf(touched);
    for (const report of part) {
      const group = this.groupOf.get(report);
      const entry = group && this.entryOf.get(group);
      if (entry) gone.add(entry);
    }
    for (const entry of gone) this.entryOf.delete(entry.reports);
    const groups = yield* clusterInSteps(part, this.groupOf, STEP * 64);
    yield;
    const fresh = groups.map((group) => this.entryFor(group));
    fresh.sort(byTimeline);
    this.entries = mergeSorted(gone.size > 0 ? this.entries.filter((e) => !gone.has(e)) : this.entries, fresh);
    this.last = { gone: [...gone], fresh };
  }

  /**
   * Fill an empty merge with every article at once, one decade after another (a step per decade,
   * so a caller may pause between them): pairs are found through the candidate indexes of a full
   * merge, not report by report. Same result as `change([], articles)`. Each step gives how
   * many reports the work just done went through (0 between articles read; all reports once all
   * are read; a decade's reports once it is merged), so that a caller may give memory back after
   * a large step.
   * @example for (const merged of merge.fill(articles)) if (merged > 20_000) releaseMemory()
   */
  *fill(articles: Iterable<ArticleReports>): Generator<number> {
    if (this.byArticle.size > 0) throw new Error('incremental merge: fill needs an empty merge');
    const byDecade = new Map<string, KeptReport[]>();
    // (article by article: only the reports are kept, not what they were read from; a step now and then)
    let read = 0;
    for (const article of articles) {
      const kept = article.events.map((event, k) => this.keep(article, event, k));
      this.byArticle.set(article.articleId, kept);
      for (const r of kept) (byDecade.get(r.decade) ?? byDecade.set(r.decade, []).get(r.decade)!).push(r);
      if (++read % FILL_STEP === 0) yield 0;
    }
    yield this.byArticle.size > 0 ? [...byDecade.values()].reduce((sum, reports) => sum + reports.length, 0) : 0;
    for (const reports of byDecade.values()) {
      reports.sort((a, b) => a.rank - b.rank);
      const input = { events: reports.map((r) => r.event), weight: this.weight, people: (i: number) => reports[i]!.orNearby, minShare: MIN_SCORE / (1 + MIN_SCORE) };
      forCandidatePairs(input, (i, j) => {
        const [p, q] = [reports[i]!, reports[j]!];
        const score = pairScore(p, q, this.weight);
        if (score !== undefined) linkAlike(p, q, score);
      });
      for (const r of reports) this.dateSet(r).add(r);
      const fresh = cluster(reports, this.groupOf).map((group) => this.entryFor(group));
      fresh.sort(byTimeline);
      this.entries = mergeSorted(this.entries, fresh);
      yield reports.length;
    }
  }

  /** Report k of an article as kept. */
  private keep(article: ArticleReports, event: ArticleEvent, k: number): KeptReport {
    return keptReport(event, article.rank * PER_ARTICLE + k, article.peopleOf(k), () => article.nearbyOf(k), this.weight, this.pools);
  }

  private dateSet(r: KeptReport): Set<KeptReport> {
    const dates = this.byDate.get(r.decade) ?? this.byDate.set(r.decade, new Map()).get(r.decade)!;
    return dates.get(r.event.date.value) ?? dates.set(r.event.date.value, new Set()).get(r.event.date.value)!;
  }

  private removeArticle(id: string, touched: Set<KeptReport>, gone: Set<KeptEntry>): void {
    const reports = this.byArticle.get(id);
    if (!reports) return;
    this.byArticle.delete(id);
    for (const r of reports) {
      for (const n of r.alike?.keys() ?? []) {
        n.alike!.delete(r);
        touched.add(n);
      }
      const entry = this.entryOf.get(this.groupOf.get(r)!);
      if (entry) gone.add(entry);
      for (const member of this.groupOf.get(r)!) touched.add(member);
      this.groupOf.delete(r);
      this.byDate.get(r.decade)?.get(r.event.date.value)?.delete(r);
    }
  }

  private *addArticle(article: ArticleReports, touched: Set<KeptReport>): Generator<void> {
    if (this.byArticle.has(article.articleId)) throw new Error(`incremental merge: ${article.articleId} is there already (remove it first)`);
    const reports: KeptReport[] = [];
    for (const [k, event] of article.events.entries()) {
      if ((k + 1) % STEP === 0) yield;
      const r = this.keep(article, event, k);
      reports.push(r);
      for (const other of this.sameFamily(r)) {
        const score = pairScore(r, other, this.weight);
        if (score === undefined) continue;
        linkAlike(r, other, score);
        touched.add(other);
      }
    }
    for (const r of reports) {
      this.dateSet(r).add(r);
      this.groupOf.set(r, [r]);
      touched.add(r);
    }
    this.byArticle.set(article.articleId, reports);
  }

  /** Reports whose date value starts `r`'s or is started by it, in its decade. */
  private *sameFamily(r: KeptReport): Generator<KeptReport> {
    const value = r.event.date.value;
    const dates = this.byDate.get(r.decade);
    if (!dates) return;
    // coarser or equal values by lookup ("201", "2019", "2019-02", "2019-02-28"); finer ones by a pass over the decade's values
    for (let length = 3; length <= value.length; length++) yield* dates.get(value.slice(0, length)) ?? [];
    if (r.event.date.precision === 'day') return;
    for (const [other, reports] of dates) if (other.length > value.length && other.startsWith(value)) yield* reports;
  }

  private entryFor(group: KeptReport[]): KeptEntry {
    group.sort((a, b) => a.rank - b.rank);
    const events = group.map((r) => r.event);
    const rep = representative(events);
    const date = entryDate(rep, events);
    const entry: KeptEntry = { date, text: rep.text, articleIds: [...new Set(events.map((e) => e.articleId))], reports: group, key: timelineSortKey(date), first: group[0]!.rank };
    if (rep.planned) entry.planned = true;
    this.entryOf.set(group, entry);
    return entry;
  }
}
