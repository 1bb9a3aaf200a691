/**
 * The clustering of the incremental merge (incremental.ts): `cluster` of merge.ts over whole
 * connected parts of the graph of alike reports, and the timeline order of its entries.
 */
import { compatibleDates } from './dates.ts';
import type { KeptReport } from './incremental-pairs.ts';

/**
 * The connected parts of the alike graph that hold the reports (every report of them).
 * @example partsOf([report]).length // 1 + the reports it is alike with, theirs, …
 */
export function partsOf(reports: Iterable<KeptReport>): KeptReport[] {
  const seen = new Set<KeptReport>();
  const stack = [...reports];
  while (stack.length > 0) {
    const r = stack.pop()!;
    if (seen.has(r)) continue;
    seen.add(r);
    for (const n of r.alike?.keys() ?? []) if (!seen.has(n)) stack.push(n);
  }
  return [...seen];
}

/**
 * Group whole parts as a full merge does: closest pairs first (ties by report order), joined
 * while most of their pairs agree; `groupOf` is set for every report of the parts. A step after
 * every `step` pairs.
 * @example const groups = yield* clusterInSteps(part, groupOf, 4096)
 */
export function* clusterInSteps(part: readonly KeptReport[], groupOf: Map<KeptReport, KeptReport[]>, step: number): Generator<void, KeptReport[][]> {
  const pairs: Array<{ p: KeptReport; q: KeptReport; score: number }> = [];
  for (const p of part) for (const [q, score] of p.alike ?? []) if (p.rank < q.rank) pairs.push({ p, q, score });
  pairs.sort((x, y) => y.score - x.score || x.p.rank - y.p.rank || x.q.rank - y.q.rank);
  for (const r of part) groupOf.set(r, [r]);
  for (const [k, { p, q }] of pairs.entries()) {
    if ((k + 1) % step === 0) yield;
    const [a, b] = [groupOf.get(p)!, groupOf.get(q)!];
    if (a === b || !canJoin(a, b)) continue;
    for (const x of b) {
      a.push(x);
      groupOf.set(x, a);
    }
  }
  return [...new Set(part.map((r) => groupOf.get(r)!))];
}

/**
 * `clusterInSteps` at once.
 * @example cluster(reports, new Map()).length // number of timeline entries
 */
export function cluster(part: readonly KeptReport[], groupOf: Map<KeptReport, KeptReport[]>): KeptReport[][] {
  const steps = clusterInSteps(part, groupOf, Number.POSITIVE_INFINITY);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/** `canJoin` of merge.ts: no article twice, dates compatible, at least half the pairs alike. */
function canJoin(a: readonly KeptReport[], b: readonly KeptReport[]): boolean {
  let same = 0;
  for (const i of a) {
    for (const j of b) {
      if (i.event.articleId === j.event.articleId || !compatibleDates(i.event.date, j.event.date)) return false;
      if (i.alike?.has(j)) same++;
    }
  }
  return 2 * same >= a.length * b.length;
}

/**
 * Timeline order: date sort key (compared as `inTimelineOrder` compares), then first report.
 * @example entries.sort(byTimeline)
 */
export function byTimeline(a: Ordered, b: Ordered): number {
  return a.key.localeCompare(b.key) || a.first - b.first;
}

/**
 * Two lists in timeline order as one.
 * @example mergeSorted(kept, fresh)
 */
export function mergeSorted<T extends Ordered>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return [...a];
  const out: T[] = new Array(a.length + b.length);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) out[k++] = byTimeline(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** What timeline order compares. */
interface Ordered {
  key: string;
  first: number;
}
