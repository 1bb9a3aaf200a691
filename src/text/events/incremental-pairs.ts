/**
 * The pair test of the incremental merge (incremental.ts): whether two reports would be alike in a
 * full merge (merge.ts), judged from the two alone. A full merge compares a pair only if
 * `forCandidatePairs` offers it (the earlier report's heavy word keys meet the later one's keys, or
 * a person in common) and then applies `sameEvent`; both are repeated here for one pair.
 */
import { keysOf, decadeOf } from './candidates.ts';
import { compatibleDates } from './dates.ts';
import { judgeOverlap, MIN_SCORE } from './merge.ts';
import { sameWord } from './words.ts';
import type { StringPool } from './string-pool.ts';
import type { ArticleEvent, EventDate } from './types.ts';

/**
 * A report as the incremental merge keeps it: what a pair test needs, worked out once, kept
 * small (hundreds of thousands are kept): its words, keys and people as pooled strings, no
 * empty lists or maps of its own.
 */
export interface KeptReport {
  /** The report with only the fields a merge reads, its words and date pooled. */
  event: ArticleEvent;
  /** Its place in the order a full merge numbers reports (article order, then event order). */
  rank: number;
  people: readonly string[];
  /** Its people, or when it names none, the people named just before it. */
  orNearby: readonly string[];
  decade: string;
  /** Its word keys, heaviest first; the first `heavy` of them are those `keysOf` calls heavy. */
  keys: readonly string[];
  heavy: number;
  lowerPeople: readonly string[];
  total: number;
  /** Alike reports and the score of each pair (none: undefined). */
  alike: Map<KeptReport, number> | undefined;
}

/** The pools a merge keeps its reports' strings and dates in. */
export interface ReportPools {
  strings: StringPool;
  /** `value|precision|modifier` -> the first such date seen. */
  dates: Map<string, EventDate>;
}

/**
 * A report ready for pair tests under fixed word weights.
 * @example keptReport(event, 17, ["Kim Jong Un"], () => [], weight, pools).keys.slice(0, 2) // ["kaeso", "gipfe"]
 */
export function keptReport(event: ArticleEvent, rank: number, people: readonly string[], nearby: () => readonly string[], weight: (word: string) => number, pools: ReportPools): KeptReport {
  const { strings } = pools;
  const own = strings.list(people);
  const orNearby = own.length > 0 ? own : strings.list(nearby());
  const { all, heavy } = keysOf(event, weight, MIN_SCORE / (1 + MIN_SCORE));
  const dateKey = `${event.date.value}|${event.date.precision}|${event.date.modifier ?? ''}`;
  const date = pools.dates.get(dateKey) ?? pools.dates.set(dateKey, event.date).get(dateKey)!;
  const slim: ArticleEvent = { date, text: event.text, articleId: strings.string(event.articleId), start: event.start, end: event.end, words: strings.list(event.words) as string[] };
  if (event.planned) slim.planned = true;
  return {
    event: slim,
    rank,
    people: own,
    orNearby,
    decade: strings.string(decadeOf(event)),
    keys: strings.list(all),
    heavy: heavy.length,
    // (a full merge looks for candidates by these people)
    lowerPeople: strings.list([...new Set(orNearby.map((p) => p.toLowerCase()))]),
    // (summed in word order, as mergeContext sums: the same floating-point total)
    total: event.words.reduce((sum, w) => sum + weight(w), 0),
    alike: undefined,
  };
}

/**
 * Note that p and q are alike with this score (both ways).
 * @example linkAlike(p, q, 0.41); p.alike?.get(q) // 0.41
 */
export function linkAlike(p: KeptReport, q: KeptReport, score: number): void {
  (p.alike ??= new Map()).set(q, score);
  (q.alike ??= new Map()).set(p, score);
}

/** Whether `forCandidatePairs` offers the pair (p before q, different articles, one date value starting the other). */
function offered(p: KeptReport, q: KeptReport): boolean {
  for (let k = 0; k < p.heavy; k++) if (q.keys.includes(p.keys[k]!)) return true;
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
    // (sameWord implies equal word keys: no need to compare keys first)
    for (let y = 0; y < b.length && !found; y++) found = sameWord(w, b[y]!);
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
