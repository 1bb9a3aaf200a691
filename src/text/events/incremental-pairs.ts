/**
 * The pair test of the incremental merge (incremental.ts): whether two reports would be alike in a
 * full merge (merge.ts), judged from the two alone. A full merge compares a pair only if
 * `forCandidatePairs` offers it (the earlier report's heavy word keys meet the later one's keys, or
 * a person in common) and then applies `sameEvent`; both are repeated here for one pair.
 */
import { keysOf, decadeOf, wordKey } from './candidates.ts';
import { compatibleDates } from './dates.ts';
import { judgeOverlap, MIN_SCORE } from './merge.ts';
import { sameWord } from './words.ts';
import type { ArticleEvent } from './types.ts';

/** A report as the incremental merge keeps it: what a pair test needs, worked out once. */
export interface KeptReport {
  event: ArticleEvent;
  /** Its place in the order a full merge numbers reports (article order, then event order). */
  rank: number;
  people: string[];
  /** Its people, or when it names none, the people named just before it. */
  orNearby: string[];
  decade: string;
  /** The word key of each word. */
  keys: string[];
  /** Its word keys, heaviest first, and those of them `keysOf` calls heavy (arrays: a report has few). */
  allKeys: string[];
  heavyKeys: string[];
  lowerPeople: string[];
  total: number;
  /** Alike reports and the score of each pair. */
  alike: Map<KeptReport, number>;
}

/**
 * A report ready for pair tests under fixed word weights.
 * @example keptReport(event, 17, ["Kim Jong Un"], () => [], weight).heavyKeys // ["kaeso", "gipfe"]
 */
export function keptReport(event: ArticleEvent, rank: number, people: string[], nearby: () => string[], weight: (word: string) => number): KeptReport {
  const orNearby = people.length > 0 ? people : nearby();
  const { all, heavy } = keysOf(event, weight, MIN_SCORE / (1 + MIN_SCORE));
  return {
    event,
    rank,
    people,
    orNearby,
    decade: decadeOf(event),
    keys: event.words.map(wordKey),
    allKeys: all,
    heavyKeys: heavy,
    // (a full merge looks for candidates by these people)
    lowerPeople: [...new Set(orNearby.map((p) => p.toLowerCase()))],
    // (summed in word order, as mergeContext sums: the same floating-point total)
    total: event.words.reduce((sum, w) => sum + weight(w), 0),
    alike: new Map(),
  };
}

/** Whether `forCandidatePairs` offers the pair (p before q, different articles, one date value starting the other). */
function offered(p: KeptReport, q: KeptReport): boolean {
  for (const key of p.heavyKeys) if (q.allKeys.includes(key)) return true;
  for (const person of p.lowerPeople) if (q.lowerPeople.includes(person)) return true;
  return false;
}

/** `measureOverlap` (context.ts) for p's words found in q's. */
function overlapOf(p: KeptReport, q: KeptReport, weight: (word: string) => number): { shared: number; score: number } {
  const [a, b] = [p.event.words, q.event.words];
  let common = 0;
  let shared = 0;
  for (let x = 0; x < a.length; x++) {
    const w = a[x]!;
    let found = false;
    for (let y = 0; y < b.length && !found; y++) found = p.keys[x] === q.keys[y] && sameWord(w, b[y]!);
    if (found) {
      common += weight(w);
      shared++;
    }
  }
  return { shared, score: common / Math.max(1e-9, p.total + q.total - common) };
}

/**
 * The score of two reports (either order) as a full merge would find them alike, or undefined.
 * @example pairScore(a, b, weight) // 0.41
 */
export function pairScore(x: KeptReport, y: KeptReport, weight: (word: string) => number): number | undefined {
  const [p, q] = x.rank < y.rank ? [x, y] : [y, x];
  if (p.event.articleId === q.event.articleId || p.decade !== q.decade) return undefined;
  const [v, w] = [p.event.date.value, q.event.date.value];
  if (!v.startsWith(w) && !w.startsWith(v)) return undefined;
  if (!offered(p, q) || !compatibleDates(p.event.date, q.event.date) || p.event.planned !== q.event.planned) return undefined;
  const { shared, score } = overlapOf(p, q, weight);
  return judgeOverlap(p.event, q.event, shared, score, [p.people, q.people], () => [p.orNearby, q.orNearby]);
}
