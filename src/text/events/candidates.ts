/**
 * Which reports are worth comparing when merging a timeline: only two whose dates can be the same
 * (one date value starts the other, in the same decade) and that can pass `sameEvent`'s tests:
 * a person in common, or enough weight of words in common. Found through indexes instead of
 * comparing every report with every other, so a large archive stays fast.
 */
import { firstPosition } from '../../common/sorted.ts';
import type { ArticleEvent } from './types.ts';

/**
 * The part of a content word that every word it can match shares: the whole word, or its first
 * five letters ("gipfel" and "gipfeltreff" both give "gipfe"; shorter words match only themselves).
 * @example wordKey("gipfeltreffen") // "gipfe"
 */
export function wordKey(word: string): string {
  return word.length >= 5 ? word.slice(0, 5) : word;
}

/**
 * The decade a report's date lies in: reports of different decades are never compared, so a
 * merge can be done one decade at a time.
 * @example decadeOf({ date: { value: "2019-02-28", precision: "day" } }) // "201"
 */
export function decadeOf(event: Pick<ArticleEvent, 'date'>): string {
  return event.date.value.slice(0, 3);
}

/** What the search for candidates needs to know of the reports. */
export interface CandidateInput {
  events: readonly ArticleEvent[];
  /** A word's weight (all weights positive). */
  weight: (word: string) => number;
  /** Report i's people, or undefined when people are not compared. */
  people: (i: number) => readonly string[] | undefined;
  /**
   * Without a person in common, two reports are alike only if the weight of the first one's
   * words found in the second is at least this share of both their weights (0.25 / 1.25 = 0.2
   * for a weighted Jaccard of 0.25).
   */
  minShare: number;
}

/** Date value -> key (word key or person) -> reports, in report order. */
type Index = Map<string, Map<string, number[]>>;

function add(index: Index, value: string, key: string, i: number): void {
  let byKey = index.get(value);
  if (!byKey) index.set(value, (byKey = new Map()));
  const list = byKey.get(key);
  if (list) list.push(i);
  else byKey.set(key, [i]);
}

/**
 * The word keys of a report, and the heaviest of them that hold all but less than `share` of its
 * weight: a report with no key of those in common with another cannot give it that share.
 */
export function keysOf(event: ArticleEvent, weight: (word: string) => number, share: number): { all: string[]; heavy: string[] } {
  const byKey = new Map<string, number>();
  let total = 0;
  for (const w of event.words) {
    byKey.set(wordKey(w), (byKey.get(wordKey(w)) ?? 0) + weight(w));
    total += weight(w);
  }
  const sorted = [...byKey].sort((a, b) => b[1] - a[1]);
  const heavy: string[] = [];
  // (a small margin against rounding: keep keys while the rest could still reach the share)
  let rest = total;
  for (const [key, w] of sorted) {
    if (rest < share * total * 0.999) break;
    heavy.push(key);
    rest -= w;
  }
  return { all: sorted.map(([key]) => key), heavy };
}

/** The strings as numbers, equal strings equal numbers. */
function numbers(strings: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(strings, (s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  });
}

/** The position of the first number above `x` in an ascending list. */
function after(list: readonly number[], x: number): number {
  return firstPosition(list.length, (i) => list[i]! <= x);
}

/**
 * Call `visit(i, j)` (i < j) once for every pair of reports from different articles in the same
 * decade, where one date value starts the other ("2019" and "2019-02-28"), that name a person in
 * common or where the first's heavy word keys meet the second's keys (see `keysOf`). Every pair
 * `sameEvent` can accept is among them.
 * @example forCandidatePairs({ events, weight, people: () => undefined, minShare: 0.2 }, (i, j) => pairs.push([i, j]))
 */
export function forCandidatePairs(input: CandidateInput, visit: (i: number, j: number) => void): void {
  const { events } = input;
  const keys = events.map((e) => keysOf(e, input.weight, input.minShare));
  const people = events.map((_, i) => [...new Set((input.people(i) ?? []).map((p) => p.toLowerCase()))]);
  const all: Index = new Map();
  const heavy: Index = new Map();
  const named: Index = new Map();
  events.forEach((e, i) => {
    for (const key of keys[i]!.all) add(all, e.date.value, key, i);
    for (const key of keys[i]!.heavy) add(heavy, e.date.value, key, i);
    for (const person of people[i]!) add(named, e.date.value, person, i);
  });
  const seen = new Int32Array(events.length).fill(-1);
  const decade = numbers(events.map(decadeOf));
  const article = numbers(events.map((e) => e.articleId));
  events.forEach((e, x) => {
    const meet = (index: Index, value: string, probes: readonly string[], earlierOnly: boolean, laterOnly: boolean) => {
      const byKey = index.get(value);
      if (!byKey) return;
      for (const key of probes) {
        const list = byKey.get(key);
        if (!list) continue;
        for (let k = laterOnly ? after(list, x) : 0; k < list.length; k++) {
          const y = list[k]!;
          if (earlierOnly && y >= x) break;
          if (seen[y] === x || article[y] === article[x] || decade[y] !== decade[x]) continue;
          seen[y] = x;
          if (y < x) visit(y, x);
          else visit(x, y);
        }
      }
    };
    const value = e.date.value;
    // reports of the same date: the earlier one's heavy keys, or a person
    meet(heavy, value, keys[x]!.all, true, false);
    meet(named, value, people[x]!, true, false);
    // coarser dates ("2019-02", "2019", "201" for "2019-02-28"): finer ones find them, not the other way round
    for (let length = Math.min(3, value.length); length < value.length; length++) {
      const coarser = value.slice(0, length);
      meet(heavy, coarser, keys[x]!.all, true, false);
      meet(all, coarser, keys[x]!.heavy, false, true);
      meet(named, coarser, people[x]!, false, false);
    }
  });
}
