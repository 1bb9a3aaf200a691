/**
 * All date patterns, and finding the non-overlapping candidates in a text (longest match wins).
 */
import type { DateCandidate } from '../types.ts';
import { ANAPHORIC_PATTERNS } from './anaphoric.ts';
import { CALENDAR_PATTERNS } from './calendar.ts';
import { DEICTIC_PATTERNS } from './deictic.ts';
import { DURATION_PATTERNS } from './durations.ts';
import type { Pattern } from './pattern.ts';
import { PERIOD_PATTERNS } from './periods.ts';
import { REF_PATTERNS } from './refs.ts';
import { Scanner } from './scan.ts';
import { SEASON_PATTERNS } from './seasons.ts';
import { TIME_PATTERNS } from './times.ts';

/** Every pattern; on equal spans the earlier one wins. */
export const ALL_PATTERNS: readonly Pattern[] = [
  ...TIME_PATTERNS,
  ...CALENDAR_PATTERNS,
  ...PERIOD_PATTERNS,
  ...SEASON_PATTERNS,
  ...ANAPHORIC_PATTERNS,
  ...DEICTIC_PATTERNS,
  ...REF_PATTERNS,
  ...DURATION_PATTERNS,
];

/** One prepared scanner per list of patterns. */
const SCANNERS = new WeakMap<readonly Pattern[], Scanner>();

function scannerFor(patterns: readonly Pattern[]): Scanner {
  let scanner = SCANNERS.get(patterns);
  if (!scanner) SCANNERS.set(patterns, (scanner = new Scanner(patterns)));
  return scanner;
}

/**
 * The temporal expressions in a text, in text order, none overlapping: where two patterns
 * claim overlapping text the longer span wins ("vor 70 Jahren" over the duration "70 Jahren");
 * the shorter ones inside it are kept as its `alternatives`.
 * @example findCandidates("am 27. Juli 1953")[0].pattern // "day-month"
 */
export function findCandidates(text: string, patterns: readonly Pattern[] = ALL_PATTERNS): DateCandidate[] {
  const all = scannerFor(patterns)
    .run(text)
    .flatMap((found, rank) => found.map((c) => ({ c, rank })));
  all.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start);
  const kept: DateCandidate[] = [];
  // which kept candidate covers each character (-1: none); kept ones never overlap, so a
  // candidate's clashes are read off its own characters, not found by comparing with every kept one
  const owner = new Int32Array(text.length).fill(-1);
  for (const { c } of all) {
    const clashes = clashesOf(c, owner, kept);
    if (clashes.length === 0) {
      owner.fill(kept.length, c.start, c.end);
      kept.push(c);
    }
    // "Nach 77 Tagen" with no day to count from falls back to the duration "77 Tagen"
    else if (clashes.length === 1 && c.start >= clashes[0]!.start && c.end <= clashes[0]!.end) {
      (clashes[0]!.alternatives ??= []).push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The kept candidates overlapping `c`, each once. */
function clashesOf(c: DateCandidate, owner: Int32Array, kept: readonly DateCandidate[]): DateCandidate[] {
  const clashes: DateCandidate[] = [];
  for (let i = c.start; i < c.end; i++) {
    const k = owner[i]!;
    if (k >= 0 && (clashes.length === 0 || clashes[clashes.length - 1] !== kept[k])) clashes.push(kept[k]!);
  }
  return clashes;
}
