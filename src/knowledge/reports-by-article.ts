/**
 * The timeline's reports grouped by article, for finding what an article (or a person in it)
 * tells: packed when built (per article the places of its reports, in typed arrays), an article's
 * list of entries and reports made when first asked for and kept, and patched in place after an
 * incremental merge. Holding a list object per report for 100k articles took about 34 MB of heap
 * beside the timeline. After a patch it holds no entry the timeline has lost (nor the timeline
 * it was built from): only its own list of the entries still read through the packed index. Pure.
 */
import type { TimelineEntry } from './timeline-merge.ts';
import { reportCountOf, reportOf } from './timeline-columns.ts';
import type { ReportedEntry } from './view.ts';

/**
 * The reports by article of a timeline.
 * @example new ReportsByArticle(timeline).get("003_3f8a301a5dfb26f2")?.[0].report.start // 412
 */
export class ReportsByArticle {
  /**
   * The entries the packed index refers to by place: the timeline it was built from, until the
   * first patch copies it; a patch empties the places of the entries it removes (the lists that
   * held them are made by then), so a lost entry is not kept alive.
   */
  #entries: ReadonlyArray<TimelineEntry | undefined>;
  #ownsEntries = false;
  /** Article id -> its number in the packed index. */
  readonly #numberOf = new Map<string, number>();
  /** Article number n's reports are `#entryAt[i]`'s report `#reportAt[i]` for i in `#start[n]..#start[n + 1]`. */
  readonly #start: Uint32Array;
  readonly #entryAt: Uint32Array;
  readonly #reportAt: Uint32Array;
  /** Lists made (and patched) so far; an empty list stands for an article none of whose reports is left. */
  readonly #made = new Map<string, ReportedEntry[]>();

  constructor(timeline: readonly TimelineEntry[]) {
    this.#entries = timeline;
    const counts: number[] = [];
    const articleOf: number[] = [];
    for (const entry of timeline) {
      for (let k = 0; k < reportCountOf(entry); k++) {
        const id = reportOf(entry, k).articleId;
        const n = this.#numberOf.get(id) ?? this.#numberOf.set(id, counts.push(0) - 1).get(id)!;
        counts[n]!++;
        articleOf.push(n);
      }
    }
    this.#start = new Uint32Array(counts.length + 1);
    counts.forEach((count, n) => (this.#start[n + 1] = this.#start[n]! + count));
    this.#entryAt = new Uint32Array(articleOf.length);
    this.#reportAt = new Uint32Array(articleOf.length);
    const next = this.#start.slice(0, counts.length);
    let i = 0;
    timeline.forEach((entry, e) => {
      for (let k = 0; k < reportCountOf(entry); k++) {
        const at = next[articleOf[i++]!]!++;
        this.#entryAt[at] = e;
        this.#reportAt[at] = k;
      }
    });
  }

  /** The entries an article reports, each with its report (undefined when none); the same list on each call until patched. */
  get(articleId: string): ReportedEntry[] | undefined {
    const list = this.#made.get(articleId) ?? this.#make(articleId);
    return list && list.length > 0 ? list : undefined;
  }

  /**
   * Visit each entry an article reports (once per report), without making or keeping its list.
   * @example byArticle.forEachEntry("a1", (entry) => about.add(entry))
   */
  forEachEntry(articleId: string, visit: (entry: TimelineEntry) => void): void {
    const made = this.#made.get(articleId);
    if (made) {
      for (const { entry } of made) visit(entry);
      return;
    }
    const n = this.#numberOf.get(articleId);
    if (n === undefined) return;
    for (let i = this.#start[n]!; i < this.#start[n + 1]!; i++) visit(this.#entries[this.#entryAt[i]!]!);
  }

  /** Whether an article reports any entry. */
  has(articleId: string): boolean {
    return this.get(articleId) !== undefined;
  }

  /** Every article with reports and its list (made for all: for checks, not for answers). */
  *[Symbol.iterator](): Generator<[string, ReportedEntry[]]> {
    const ids = new Set([...this.#numberOf.keys(), ...this.#made.keys()]);
    for (const id of ids) {
      const list = this.get(id);
      if (list) yield [id, list];
    }
  }

  /**
   * Bring the lists in line with a timeline that lost the entries `removed` and gained `added`, in
   * place (an article's reports end up in another order, which no answer reads); the lists of
   * articles the change does not touch stay the same objects.
   * @example byArticle.patch([oldEntry], [newEntry])
   */
  patch(removed: readonly TimelineEntry[], added: readonly TimelineEntry[]): void {
    const gone = new Set(removed);
    const touched = new Set<number>();
    for (const entry of removed) {
      for (let k = 0; k < reportCountOf(entry); k++) {
        const id = reportOf(entry, k).articleId;
        const list = this.get(id);
        const n = this.#numberOf.get(id);
        if (n !== undefined) touched.add(n);
        if (list)
          this.#made.set(
            id,
            list.filter((r) => !gone.has(r.entry)),
          );
      }
    }
    this.#forget(gone, touched);
    for (const entry of added) {
      for (const report of entry.reports) {
        const list = this.get(report.articleId);
        if (list) list.push({ entry, report });
        else this.#made.set(report.articleId, [{ entry, report }]);
      }
    }
  }

  /** Empty the places of the `gone` entries among those of the articles numbered `touched` (whose lists are made). */
  #forget(gone: ReadonlySet<TimelineEntry>, touched: ReadonlySet<number>): void {
    if (touched.size === 0) return;
    if (!this.#ownsEntries) [this.#entries, this.#ownsEntries] = [[...this.#entries], true];
    const entries = this.#entries as Array<TimelineEntry | undefined>;
    for (const n of touched)
      for (let i = this.#start[n]!; i < this.#start[n + 1]!; i++) {
        const e = this.#entryAt[i]!;
        if (gone.has(entries[e]!)) entries[e] = undefined;
      }
  }

  /** An article's list from the packed index, kept; undefined when the index has none. */
  #make(articleId: string): ReportedEntry[] | undefined {
    const n = this.#numberOf.get(articleId);
    if (n === undefined) return undefined;
    const list: ReportedEntry[] = [];
    for (let i = this.#start[n]!; i < this.#start[n + 1]!; i++) {
      const entry = this.#entries[this.#entryAt[i]!]!;
      list.push({ entry, report: reportOf(entry, this.#reportAt[i]!) });
    }
    this.#made.set(articleId, list);
    return list;
  }
}
