/**
 * Merging the same event told by several articles into one timeline entry: compatible dates
 * (equal, or one within the other's precision) and overlapping content words (rare words
 * weigh more) or people. Reports from one article are never merged with each other.
 */
import { sharedWords } from './event-words.ts';
import type { ArticleEvent, EventDate } from './events.ts';

/** One timeline entry: an event with every article that reports it. */
export interface TimelineEvent {
  /** The most precise date any of its reports gives. */
  date: EventDate;
  /** The text of the report with the most precise date (ties: the shortest). */
  text: string;
  /** Article ids, in the order the reports were given. */
  articleIds: string[];
  /** The reports merged into this entry. */
  events: ArticleEvent[];
}

/** Options for merging, e.g. `{ peopleOf: (e) => peopleIn(e.text) }`. */
export interface MergeOptions {
  /**
   * The people an event concerns (named in its sentence, or its paragraph); two reports
   * sharing a person need fewer words in common.
   */
  peopleOf?: (event: ArticleEvent) => string[];
}

const PRECISION_RANK: Readonly<Record<string, number>> = { decade: 0, year: 1, month: 2, day: 3 };
const MODIFIER_RANK: Readonly<Record<string, string>> = { early: '0', mid: '1', late: '2' };

/**
 * Whether two dates can name the same moment: equal, or one inside the other ("2019-02" and
 * "2019-02-28"; "2019" and "2019-02"). Modifiers must not contradict ("Anfang" vs "Ende").
 * @example compatibleDates({ value: "2019-02", precision: "month" }, { value: "2019-02-28", precision: "day" }) // true
 */
export function compatibleDates(a: EventDate, b: EventDate): boolean {
  const [coarse, fine] = PRECISION_RANK[a.precision]! <= PRECISION_RANK[b.precision]! ? [a, b] : [b, a];
  if (!fine.value.startsWith(coarse.value)) return false;
  if (coarse.precision === fine.precision) return !coarse.modifier || !fine.modifier || coarse.modifier === fine.modifier;
  if (!coarse.modifier || coarse.precision === 'decade') return true;
  // "Mitte 1999" is not "24. März 1999"; "Ende Februar" may be the 28th
  const part = Number(fine.value.split('-')[coarse.precision === 'year' ? 1 : 2]);
  const [from, to] = (coarse.precision === 'year' ? YEAR_PARTS : MONTH_PARTS)[coarse.modifier]!;
  return part >= from && part <= to;
}

/** Which months "Anfang", "Mitte", "Ende" of a year may mean (generously overlapping). */
const YEAR_PARTS: Readonly<Record<string, [number, number]>> = { early: [1, 4], mid: [4, 9], late: [9, 12] };
/** Which days "Anfang", "Mitte", "Ende" of a month may mean. */
const MONTH_PARTS: Readonly<Record<string, [number, number]>> = { early: [1, 11], mid: [9, 22], late: [19, 31] };

/** How telling each word is across the reports being merged: rare words weigh more. */
type Weights = (word: string) => number;

function idfWeights(events: readonly ArticleEvent[]): Weights {
  const df = new Map<string, number>();
  for (const e of events) for (const w of new Set(e.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = events.length;
  return (word) => Math.log(1 + n / (df.get(word) ?? 1));
}

/**
 * How alike two reports are: the weight of the words they share over the weight of all their
 * words (weighted Jaccard, rare words weighing more), and how many words they share.
 */
function overlap(a: ArticleEvent, b: ArticleEvent, weight: Weights): { shared: number; score: number } {
  const total = (words: readonly string[]) => words.reduce((sum, w) => sum + weight(w), 0);
  const matched = a.words.filter((w) => sharedWords([w], b.words) > 0);
  const common = total(matched);
  const score = common / Math.max(1e-9, total(a.words) + total(b.words) - common);
  return { shared: matched.length, score };
}

/**
 * Whether two reports from different articles tell the same event: compatible dates, and
 * enough rare words in common near the date, or a person in common and some words.
 */
function sameEvent(a: ArticleEvent, b: ArticleEvent, weight: Weights, options: MergeOptions): boolean {
  if (a.articleId === b.articleId || !compatibleDates(a.date, b.date)) return false;
  const { shared, score } = overlap(a, b, weight);
  const people = options.peopleOf ? sharedPeople(options.peopleOf(a), options.peopleOf(b)) : 0;
  // a year- or decade-precise report joins a finer one only on stronger evidence
  const coarse = a.date.precision !== b.date.precision && (PRECISION_RANK[a.date.precision]! <= 1 || PRECISION_RANK[b.date.precision]! <= 1);
  if (people > 0) return coarse ? shared >= 2 && score >= WITH_PERSON_SCORE * 2 : shared >= 1 && score >= WITH_PERSON_SCORE;
  return shared >= (coarse ? 3 : 2) && score >= MIN_SCORE;
}

/** Weighted share of words two reports must have in common (weighted Jaccard). */
const MIN_SCORE = 0.25;
/** The same, when the reports name a person in common. */
const WITH_PERSON_SCORE = 0.08;

function sharedPeople(a: readonly string[], b: readonly string[]): number {
  const names = new Set(a.map((p) => p.toLowerCase()));
  return b.filter((p) => names.has(p.toLowerCase())).length;
}

/** A key that sorts dates oldest first; coarser dates before finer ones in the same period. */
function sortKey(date: EventDate): string {
  const [y = '0', m = '00', d = '00'] = date.value.split('-');
  const year = date.precision === 'decade' ? `${y}0` : y;
  return `${year.padStart(4, '0')}-${m}-${d}-${MODIFIER_RANK[date.modifier ?? 'mid']}`;
}

/** The report that represents an entry: the most precise date, then the shortest text. */
function representative(events: readonly ArticleEvent[]): ArticleEvent {
  return [...events].sort((a, b) =>
    PRECISION_RANK[b.date.precision]! - PRECISION_RANK[a.date.precision]! || a.text.length - b.text.length)[0]!;
}

/** The representative's date, with "Ende"/"Anfang" if a report of the same date says so and none contradicts. */
function entryDate(rep: ArticleEvent, group: readonly ArticleEvent[]): EventDate {
  if (rep.date.modifier) return rep.date;
  const modifiers = new Set(group.filter((e) => e.date.value === rep.date.value && e.date.modifier).map((e) => e.date.modifier!));
  return modifiers.size === 1 ? { ...rep.date, modifier: [...modifiers][0]! } : rep.date;
}

/** Whether two entries may become one: dates compatible, no article twice, half their pairs alike. */
function canJoin(a: readonly number[], b: readonly number[], events: readonly ArticleEvent[], alike: ReadonlySet<string>): boolean {
  let same = 0;
  for (const i of a) {
    for (const j of b) {
      if (events[i]!.articleId === events[j]!.articleId || !compatibleDates(events[i]!.date, events[j]!.date)) return false;
      if (alike.has(`${Math.min(i, j)},${Math.max(i, j)}`)) same++;
    }
  }
  return 2 * same >= a.length * b.length;
}

/** Index groups of reports of the same event: closest pairs first, joined while most of their pairs agree. */
function cluster(events: readonly ArticleEvent[], options: MergeOptions): number[][] {
  const weight = idfWeights(events);
  const pairs: { i: number; j: number; score: number }[] = [];
  // only dates in the same decade can be compatible: compare within decades
  const byDecade = new Map<string, number[]>();
  events.forEach((e, i) => byDecade.set(e.date.value.slice(0, 3), [...(byDecade.get(e.date.value.slice(0, 3)) ?? []), i]));
  for (const indices of byDecade.values()) {
    for (const [k, i] of indices.entries()) {
      for (const j of indices.slice(k + 1)) {
        if (sameEvent(events[i]!, events[j]!, weight, options)) pairs.push({ i, j, score: overlap(events[i]!, events[j]!, weight).score });
      }
    }
  }
  const alike = new Set(pairs.map((p) => `${p.i},${p.j}`));
  const groupOf = events.map((_, i) => [i]);
  for (const { i, j } of pairs.sort((x, y) => y.score - x.score)) {
    const [a, b] = [groupOf[i]!, groupOf[j]!];
    if (a === b || !canJoin(a, b, events, alike)) continue;
    a.push(...b);
    for (const k of b) groupOf[k] = a;
  }
  return [...new Set(groupOf)];
}

/**
 * Group reports of the same event into timeline entries, oldest first.
 * @example mergeEvents([summitFrom2019Article, summitFrom2020Article]) // one entry, two articleIds
 */
export function mergeEvents(events: readonly ArticleEvent[], options: MergeOptions = {}): TimelineEvent[] {
  const entries = cluster(events, options).map((indices) => {
    const group = [...indices].sort((x, y) => x - y).map((i) => events[i]!);
    const rep = representative(group);
    return { date: entryDate(rep, group), text: rep.text, articleIds: [...new Set(group.map((e) => e.articleId))], events: group };
  });
  return entries.sort((a, b) => sortKey(a.date).localeCompare(sortKey(b.date)));
}
