/**
 * What the comparisons of one timeline merge share, worked out once per merge: word weights
 * (rare words weigh more), each report's total weight, its words as numbered keys, its people,
 * and numbers for article ids and dates so comparing them is cheap.
 */
import { sameWord } from './words.ts';
import { wordKey } from './candidates.ts';
import type { ArticleEvent, EventDate } from './types.ts';

/** The shared facts of one merge; see `mergeContext`. */
export interface MergeContext {
  events: readonly ArticleEvent[];
  /** How telling a word is across the reports being merged: log(1 + n / document frequency). */
  weight: (word: string) => number;
  /** Each report's total word weight. */
  totals: number[];
  /** Each report's people, asked once; undefined when people are not compared. */
  people: (i: number) => string[] | undefined;
  /** The people named just before a report that names none ("zwischen beiden"), asked once; undefined when not given. */
  nearby: (i: number) => string[] | undefined;
  /** Whether reports i and j come from one article. */
  sameArticle: (i: number, j: number) => boolean;
  /** `compatible(events[i].date, events[j].date)`, remembered per pair of distinct dates. */
  datesFit: (i: number, j: number) => boolean;
  /** The numbered word key of each word of each report. */
  keys: Int32Array[];
  /** Each report's word list as a number: reports with the same words have the same number. */
  wordLists: Int32Array;
  /** How many reports have each word list. */
  wordListCounts: Int32Array;
  /** `overlap` of two word lists that more reports share, remembered (list a * lists + list b). */
  overlaps: Map<number, { shared: number; score: number }>;
}

/** Number the distinct values `of` gives, in order of first appearance. */
function numbered<T>(events: readonly ArticleEvent[], of: (e: ArticleEvent) => T): { ids: Int32Array; count: number } {
  const numbers = new Map<T, number>();
  const ids = Int32Array.from(events, (e) => {
    const key = of(e);
    let id = numbers.get(key);
    if (id === undefined) numbers.set(key, (id = numbers.size));
    return id;
  });
  return { ids, count: numbers.size };
}

/**
 * How telling each word is across `events`: log(1 + n / document frequency), rare words weigh more.
 * @example wordWeights(events)("kaesong") // 6.2 (in a few reports) vs wordWeights(events)("treffen") // 1.9
 */
export function wordWeights(events: readonly ArticleEvent[]): (word: string) => number {
  const counts = new WordCounts();
  for (const e of events) counts.add(e);
  return counts.weights();
}

/**
 * Document frequencies of report words, counted report by report (so a large set need not be held at once).
 * @example const counts = new WordCounts(); counts.add(event); counts.weights()("kaesong")
 */
export class WordCounts {
  private readonly df = new Map<string, number>();
  private n = 0;

  /** Count a report's distinct words. */
  add(event: ArticleEvent): void {
    this.n++;
    for (const w of new Set(event.words)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
  }

  /** The weights of the reports counted so far, as `wordWeights` gives them. */
  weights(): (word: string) => number {
    const { df, n } = this;
    const weights = new Map<string, number>();
    return (word: string) => {
      let value = weights.get(word);
      if (value === undefined) weights.set(word, (value = Math.log(1 + n / (df.get(word) ?? 1))));
      return value;
    };
  }
}

/**
 * The context for merging `events`, with word weights over these events or given ones (when
 * a larger set of reports is merged in parts).
 * @example const ctx = mergeContext(events, (e) => peopleIn(e), compatibleDates); overlap(0, 1, ctx)
 */
export function mergeContext(
  events: readonly ArticleEvent[],
  peopleOf: ((e: ArticleEvent) => string[]) | undefined,
  compatible: (a: EventDate, b: EventDate) => boolean,
  weight = wordWeights(events),
  nearbyOf?: (e: ArticleEvent) => string[],
): MergeContext {
  const totals = events.map((e) => e.words.reduce((sum, w) => sum + weight(w), 0));
  const people: (string[] | undefined)[] = [];
  const nearby: (string[] | undefined)[] = [];
  const articles = numbered(events, (e) => e.articleId).ids;
  const dates = numbered(events, (e) => `${e.date.value}|${e.date.precision}|${e.date.modifier ?? ''}`);
  const fits = new Map<number, boolean>();
  const datesFit = (i: number, j: number) => {
    const key = dates.ids[i]! * dates.count + dates.ids[j]!;
    let fit = fits.get(key);
    if (fit === undefined) fits.set(key, (fit = compatible(events[i]!.date, events[j]!.date)));
    return fit;
  };
  const keyIds = new Map<string, number>();
  const keys = events.map((e) =>
    Int32Array.from(e.words, (w) => {
      const key = wordKey(w);
      let id = keyIds.get(key);
      if (id === undefined) keyIds.set(key, (id = keyIds.size));
      return id;
    }),
  );
  // (an archive repeats sentences, e.g. agency copy: their comparisons are worked out once)
  const lists = numbered(events, (e) => e.words.join('\u0001'));
  const wordListCounts = new Int32Array(lists.count);
  for (const id of lists.ids) wordListCounts[id]!++;
  return {
    events,
    weight,
    totals,
    datesFit,
    keys,
    wordLists: lists.ids,
    wordListCounts,
    overlaps: new Map(),
    people: (i) => peopleOf && (people[i] ??= peopleOf(events[i]!)),
    nearby: (i) => nearbyOf && (nearby[i] ??= nearbyOf(events[i]!)),
    sameArticle: (i, j) => articles[i] === articles[j],
  };
}

/**
 * How alike two reports are: the weight of the first one's words that the second shares over the
 * weight of all their words (weighted Jaccard, rare words weighing more), and how many words
 * those are. (Words can only match when their keys are equal, so keys are compared first.)
 * @example overlap(0, 1, ctx) // { shared: 3, score: 0.41 }
 */
export function overlap(i: number, j: number, ctx: MergeContext): { shared: number; score: number } {
  const [listA, listB] = [ctx.wordLists[i]!, ctx.wordLists[j]!];
  if (ctx.wordListCounts[listA]! === 1 && ctx.wordListCounts[listB]! === 1) return measureOverlap(i, j, ctx);
  const key = listA * ctx.wordListCounts.length + listB;
  let known = ctx.overlaps.get(key);
  if (!known) ctx.overlaps.set(key, (known = measureOverlap(i, j, ctx)));
  return known;
}

function measureOverlap(i: number, j: number, ctx: MergeContext): { shared: number; score: number } {
  const [a, b] = [ctx.events[i]!, ctx.events[j]!];
  const [keysA, keysB] = [ctx.keys[i]!, ctx.keys[j]!];
  // (the incremental merge's `overlapOf` measures alike: keep the two in step)
  let common = 0;
  let shared = 0;
  for (let p = 0; p < a.words.length; p++) {
    const w = a.words[p]!;
    let found = false;
    for (let q = 0; q < b.words.length && !found; q++) found = keysA[p] === keysB[q] && sameWord(w, b.words[q]!);
    if (found) {
      common += ctx.weight(w);
      shared++;
    }
  }
  const score = common / Math.max(1e-9, ctx.totals[i]! + ctx.totals[j]! - common);
  return { shared, score };
}
