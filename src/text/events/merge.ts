/**
 * Merging the same event told by several articles into one timeline entry: compatible dates
 * (equal, or one within the other's precision) and overlapping content words (rare words
 * weigh more) or people. Reports from one article are never merged with each other.
 */
import { decadeOf, forCandidatePairs } from './candidates.ts';
import { mergeContext, overlap, wordWeights, type MergeContext } from './context.ts';
import { AlikePairs } from './pairs.ts';
import { memoize } from '../lexicon/index.ts';
import { PRECISION_RANK, compatibleDates, inTimelineOrder } from './dates.ts';
import type { ArticleEvent, EventDate } from './types.ts';

/** One timeline entry: an event with every article that reports it. */
export interface MergedEvent {
  /** The most precise date any of its reports gives. */
  date: EventDate;
  /** The text of the report with the most precise date (ties: the shortest). */
  text: string;
  /** Article ids, in the order the reports were given. */
  articleIds: string[];
  /** The reports merged into this entry. */
  events: ArticleEvent[];
  /** Set when the shown report tells a plan or expectation (dated when it was said). */
  planned?: true;
}

/** Options for merging, e.g. `{ peopleOf: (e) => peopleIn(e.text) }`. */
export interface MergeOptions {
  /**
   * The people an event concerns (named in its sentence, or its paragraph); two reports
   * sharing a person need fewer words in common.
   */
  peopleOf?: (event: ArticleEvent) => string[];
  /**
   * Word weights, when these reports are one part (e.g. one decade) of a larger set merged part
   * by part: the weights of the whole set (`wordWeights`) make the parts merge as the whole would.
   */
  weight?: (word: string) => number;
  /**
   * The people named just before a report that names none itself ("zwischen beiden" after a
   * sentence about Trump and Kim): two reports sharing such a person need two words in common.
   */
  nearbyPeopleOf?: (event: ArticleEvent) => string[];
}

/**
 * Whether two reports from different articles tell the same event: compatible dates, both plans
 * or both not, and enough rare words in common near the date, or a person in common and some words. Returns
 * how alike they are, or undefined.
 */
function sameEvent(i: number, j: number, ctx: MergeContext): number | undefined {
  const [a, b] = [ctx.events[i]!, ctx.events[j]!];
  if (ctx.sameArticle(i, j) || !ctx.datesFit(i, j)) return undefined;
  // a plan (dated when said) is not what happened on that day
  if (a.planned !== b.planned) return undefined;
  const { shared, score } = overlap(i, j, ctx);
  // (both rules below need a shared word and at least the lower score: spare asking for people)
  if (shared === 0 || score < WITH_PERSON_SCORE) return undefined;
  return judgeOverlap(a, b, shared, score, [ctx.people(i), ctx.people(j)], () => [peopleOrNearby(i, ctx), peopleOrNearby(j, ctx)]);
}

/**
 * The rules of `sameEvent` once the words two reports (of different articles, compatible dates)
 * have in common are known: their score, or undefined when they are not the same event. Shared
 * with the incremental merge (incremental.ts), so both decide alike.
 * `orNearby` gives each report's people, or when it names none, the people named just before it.
 * @example judgeOverlap(a, b, 3, 0.4, [["Kim"], ["Kim"]], () => [["Kim"], ["Kim"]]) // 0.4
 */
export function judgeOverlap(
  a: ArticleEvent,
  b: ArticleEvent,
  shared: number,
  score: number,
  [peopleA, peopleB]: [readonly string[] | undefined, readonly string[] | undefined],
  orNearby: () => [readonly string[], readonly string[]],
): number | undefined {
  if (shared === 0 || score < WITH_PERSON_SCORE) return undefined;
  const people = peopleA && peopleB ? sharedPeople(peopleA, peopleB) : 0;
  // a year- or decade-precise report joins a finer one only on stronger evidence
  const coarse = a.date.precision !== b.date.precision && (PRECISION_RANK[a.date.precision]! <= 1 || PRECISION_RANK[b.date.precision]! <= 1);
  const same = people > 0 ? (coarse ? shared >= 2 && score >= WITH_PERSON_SCORE * 2 : shared >= 1 && score >= WITH_PERSON_SCORE) : shared >= (coarse ? 3 : 2) && score >= MIN_SCORE;
  if (same) return score;
  // a person named just before a report that names none: two words in common, no coarse date
  const nearby = people === 0 && !coarse && shared >= 2 && sharedPeople(...orNearby()) > 0;
  return nearby ? score : undefined;
}

/** A report's people, or when it names none, the people named just before it. */
function peopleOrNearby(i: number, ctx: MergeContext): readonly string[] {
  const own = ctx.people(i);
  return own && own.length > 0 ? own : (ctx.nearby(i) ?? []);
}

/** Weighted share of words two reports must have in common (weighted Jaccard). */
export const MIN_SCORE = 0.25;
/** The same, when the reports name a person in common. */
const WITH_PERSON_SCORE = 0.08;

/** How many of b's people a names too (case aside); a report names few people, so no set is built. */
function sharedPeople(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const lowerA = a.map(lower);
  let count = 0;
  for (const p of b) if (lowerA.includes(lower(p))) count++;
  return count;
}

/** A name in lower case (names recur in thousands of reports: each is lowered once). */
const lower = memoize((name: string) => name.toLowerCase());

/** The report that represents an entry: the most precise date, then the shortest text. */
export function representative(events: readonly ArticleEvent[]): ArticleEvent {
  return [...events].sort((a, b) => PRECISION_RANK[b.date.precision]! - PRECISION_RANK[a.date.precision]! || a.text.length - b.text.length)[0]!;
}

/** The representative's date, with "Ende"/"Anfang" if a report of the same date says so and none contradicts. */
export function entryDate(rep: ArticleEvent, group: readonly ArticleEvent[]): EventDate {
  if (rep.date.modifier) return rep.date;
  const modifiers = new Set(group.filter((e) => e.date.value === rep.date.value && e.date.modifier).map((e) => e.date.modifier!));
  return modifiers.size === 1 ? { ...rep.date, modifier: [...modifiers][0]! } : rep.date;
}

/** Whether two entries may become one: dates compatible, no article twice, half their pairs alike. */
function canJoin(a: readonly number[], b: readonly number[], ctx: MergeContext, alike: AlikePairs): boolean {
  let same = 0;
  for (const i of a) {
    for (const j of b) {
      if (ctx.sameArticle(i, j) || !ctx.datesFit(i, j)) return false;
      if (alike.has(i, j)) same++;
    }
  }
  return 2 * same >= a.length * b.length;
}

/** The alike pairs of reports, with the rank of their decade (decades in order of their first report). */
function alikePairs(ctx: MergeContext): AlikePairs {
  const decades = new Map<string, number>();
  const decadeRank = ctx.events.map((e) => {
    const key = decadeOf(e);
    if (!decades.has(key)) decades.set(key, decades.size);
    return decades.get(key)!;
  });
  const pairs = new AlikePairs();
  const input = { events: ctx.events, weight: ctx.weight, people: (i: number) => peopleOrNearby(i, ctx), minShare: MIN_SCORE / (1 + MIN_SCORE) };
  forCandidatePairs(input, (i, j) => {
    const score = sameEvent(i, j, ctx);
    if (score !== undefined) pairs.add(i, j, score, decadeRank[i]!);
  });
  pairs.seal(ctx.events.length);
  return pairs;
}

/**
 * Index groups of reports of the same event: closest pairs first (ties in order of decade, then
 * first and second report), joined while most of their pairs agree.
 */
function cluster(events: readonly ArticleEvent[], options: MergeOptions, weight: (word: string) => number): number[][] {
  const ctx = mergeContext(events, options.peopleOf, compatibleDates, weight, options.nearbyPeopleOf);
  const pairs = alikePairs(ctx);
  const groupOf = events.map((_, i) => [i]);
  for (const k of pairs.ordered()) {
    const [a, b] = [groupOf[pairs.i(k)]!, groupOf[pairs.j(k)]!];
    if (a === b || !canJoin(a, b, ctx, pairs)) continue;
    for (const x of b) {
      a.push(x);
      groupOf[x] = a;
    }
  }
  return [...new Set(groupOf)];
}

/**
 * `cluster` one decade at a time, with the word weights of all reports: reports of different
 * decades are never compared, so the groups are the same as clustering all at once, and only one
 * decade's candidates and pairs are held at a time. Groups in order of their first report.
 */
function clusterByDecade(events: readonly ArticleEvent[], options: MergeOptions): number[][] {
  const weight = options.weight ?? wordWeights(events);
  const byDecade = new Map<string, number[]>();
  events.forEach((event, i) => {
    const decade = decadeOf(event);
    const list = byDecade.get(decade);
    if (list) list.push(i);
    else byDecade.set(decade, [i]);
  });
  const groups: Array<{ first: number; indices: number[] }> = [];
  for (const indices of byDecade.values()) {
    for (const group of cluster(
      indices.map((i) => events[i]!),
      options,
      weight,
    )) {
      const global = group.map((k) => indices[k]!);
      groups.push({ first: global.reduce((a, b) => Math.min(a, b)), indices: global });
    }
  }
  return groups.sort((a, b) => a.first - b.first).map((g) => g.indices);
}

/**
 * Group reports of the same event into timeline entries, oldest first.
 * @example mergeEvents([summitFrom2019Article, summitFrom2020Article]) // one entry, two articleIds
 */
export function mergeEvents(events: readonly ArticleEvent[], options: MergeOptions = {}): MergedEvent[] {
  const entries = clusterByDecade(events, options).map((indices) => {
    const group = [...indices].sort((x, y) => x - y).map((i) => events[i]!);
    const rep = representative(group);
    const entry: MergedEvent = { date: entryDate(rep, group), text: rep.text, articleIds: [...new Set(group.map((e) => e.articleId))], events: group };
    if (rep.planned) entry.planned = true;
    return entry;
  });
  return inTimelineOrder(entries);
}
