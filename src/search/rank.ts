/**
 * Ranking: BM25F over title and body with German-aware term alternatives, times how much of the
 * query a document covers (names weigh double) and, when the query names a period, how well the
 * document fits it (dated then, or reporting events dated then). Nothing is a gate: a document
 * missing a word or a name ranks lower, not out. Exact phrases come first, and near-equal scores
 * go to the newer article.
 */
import type { AnalysedWord } from './analyser.ts';
import { hintTerms } from './periods.ts';
import { findPhrases } from './phrase.ts';
import type { Period } from '../calendar/index.ts';
import { resolveWords } from './resolve.ts';
import { kthLargest } from '../common/select.ts';
import { coverageFactor, coverageWeight, hintFactor, scoreWord } from './score.ts';
import type { Correction, IndexView, QueryWord } from './types.ts';

export type { Correction, QueryWord };

/** Limits a ranking. */
export interface RankOptions {
  filter?: (id: string) => boolean;
  /** Article date range at `YYYY` or `YYYY-MM` precision, inclusive. */
  from?: string;
  to?: string;
  /** Title and text of an article, to find exact phrases among the best hits. */
  textOf?: (id: string) => string | undefined;
  /** A period the query names: documents dated then or reporting events dated then rank higher. */
  hint?: Period;
  /** Return only the best `limit` documents, fully ordered (faster on large archives). */
  limit?: number;
}

/** One ranked document. */
export interface RankedDoc {
  id: string;
  date: string;
  score: number;
  /** How much of the query it matches: each word's coverage weight (score.ts `coverageWeight`: rarer words and names weigh more). */
  matched: number;
  /** Query names (words not in the dictionary, e.g. "Biegun") it matches. */
  names: number;
  /** Whether it contains the query words as written, in order. */
  phrase: boolean;
  /** The score rounded to a 2.5 % step: equal buckets are a tie, and the newer article wins. */
  bucket: number;
  /** How well it fits the hinted period, 0..1 (1: dated then); 0 without a hint. */
  fit: number;
}

/** The documents for a query, best first. */
export interface Ranking {
  words: QueryWord[];
  corrections: Correction[];
  docs: RankedDoc[];
  /** Coverage weight of a document matching every word: `docs[i].matched === full` means all matched. */
  full: number;
  /** Documents found in all (`docs` may hold only the first `limit`). */
  total: number;
  /** Of those, how many are dated in the hinted period (0 without a hint). */
  datedInPeriod: number;
}

/** How many of the best documents are checked for an exact phrase. */
export const PHRASE_DEPTH = 20;

/**
 * Rank the archive for a query text.
 * @example rank(index, "Biegun Treffen").docs[0].id
 */
export function rank(index: IndexView, text: string, options: RankOptions = {}): Ranking {
  const { words, corrections } = resolveWords(index, text);
  const byDate = words.length === 0 && !!(options.hint || options.from || options.to);
  const weights = words.map((w) => coverageWeight(index, w.word, w.name));
  const full = byDate ? 1 : weights.reduce((sum, w) => sum + w, 0);
  if (words.length === 0 && !byDate) return { words, corrections, docs: [], full, total: 0, datedInPeriod: 0 };
  const total = index.workArray('total');
  const matched = index.workArray('matched');
  const names = index.workArray('names');
  const reported = options.hint ? reportedIn(index, options.hint) : undefined;
  const touched = byDate ? datedOrReporting(index, options, reported, { total, matched }) : scoreWords(index, words, weights, { total, matched, names });
  const scored = collect(index, touched, { total, matched, names, full, reported }, options);
  for (const doc of touched) total[doc] = matched[doc] = names[doc] = 0;
  reported?.clear();
  // (a ranked document object is made only for the documents kept: a common word touches most of the archive)
  const best = rankedDocs(index, scored, options.limit !== undefined ? topByScore(scored.score, Math.max(options.limit, PHRASE_DEPTH)) : undefined);
  best.sort((a, b) => b.score - a.score);
  if (options.textOf && words.length > 1) findPhrases(index.analyser, best.slice(0, PHRASE_DEPTH), words, options.textOf);
  best.sort(compareDocs);
  countedFirst(best);
  const { total: counted, datedInPeriod } = countCounted(index, scored, options.hint);
  return { words, corrections, docs: options.limit !== undefined ? best.slice(0, options.limit) : best, full, total: counted, datedInPeriod };
}

/** Add every query word's score and coverage per document; returns the documents touched. */
function scoreWords(index: IndexView, words: QueryWord[], weights: number[], into: { total: Float64Array; matched: Float64Array; names: Float64Array }): number[] {
  const { total, matched, names } = into;
  const touched: number[] = [];
  const scratch = index.workArray('word');
  const credit = index.workArray('credit');
  words.forEach((word, i) => {
    for (const doc of scoreWord(index, word.word, scratch, credit)) {
      if (total[doc] === 0) touched.push(doc);
      total[doc]! += scratch[doc]!;
      matched[doc]! += weights[i]! * credit[doc]!;
      if (word.name) names[doc]!++;
      scratch[doc] = credit[doc] = 0;
    }
  });
  return touched;
}

/**
 * A query that is only a period ("2019") or a filter ("datum:2019"): every live document dated
 * then or reporting the period, each with score 1 (the period fit, then the date order them).
 */
function datedOrReporting(index: IndexView, options: RankOptions, reported: { seen: number[] } | undefined, into: { total: Float64Array; matched: Float64Array }): number[] {
  const touched: number[] = [];
  const take = (doc: number) => {
    if (into.total[doc] !== 0) return;
    into.total[doc] = into.matched[doc] = 1;
    touched.push(doc);
  };
  const range = options.hint ?? options;
  const { dates, alive } = index.docs;
  for (let doc = 0; doc < dates.length; doc++) if (alive[doc] && inRange(dates[doc]!, range)) take(doc);
  for (const doc of reported?.seen ?? []) take(doc);
  return touched;
}

/** A document is counted in `total` (and listed before the others) when it covers this share of what the best one covers. */
export const COUNTED_SHARE = 0.5;

/**
 * The documents an answer counts: those covering at least COUNTED_SHARE of what the best one
 * covers, so a long query does not count every article that shares one common word with it.
 * @example keepCounted([{ matched: 3 }, { matched: 2 }, { matched: 1 }]) // [{ matched: 3 }, { matched: 2 }]
 */
export function keepCounted<T extends { matched: number }>(docs: readonly T[]): T[] {
  const least = leastCounted(docs.map((doc) => doc.matched));
  return docs.filter((doc) => doc.matched >= least);
}

/** The coverage a document needs to be counted: COUNTED_SHARE of the best of `matched` (the one rule of keepCounted, countedFirst and rank's total). */
function leastCounted(matched: Iterable<number>): number {
  let best = 0;
  for (const m of matched) if (m > best) best = m;
  return COUNTED_SHARE * best;
}

/**
 * Move the counted documents (COUNTED_SHARE of the best coverage) before the others, each group
 * keeping its order, so a list never shows an article matching one common word above one that
 * matches most of the query and the first `total` documents are the counted ones.
 * @example countedFirst([{ matched: 1 }, { matched: 4 }]) // [{ matched: 4 }, { matched: 1 }]
 */
export function countedFirst<T extends { matched: number }>(docs: T[]): T[] {
  const least = leastCounted(docs.map((doc) => doc.matched));
  const counted = docs.filter((doc) => doc.matched >= least);
  const rest = docs.filter((doc) => doc.matched < least);
  docs.splice(0, docs.length, ...counted, ...rest);
  return docs;
}

function bucketOf(score: number): number {
  return Math.round(Math.log(score + 1e-9) * 40);
}

/** How often each document reports a date in the period (a work array; `clear` zeroes it again). */
function reportedIn(index: IndexView, period: Period): { counts: Float64Array; seen: number[]; clear(): void } {
  const counts = index.workArray('reported');
  const seen: number[] = [];
  for (const term of hintTerms(period)) {
    const id = index.termIds.get(term);
    if (id === undefined) continue;
    index.postings.forEach(id, (doc, tf) => {
      if (counts[doc] === 0) seen.push(doc);
      counts[doc]! += tf & 255;
    });
  }
  return {
    counts,
    seen,
    clear: () => {
      for (const doc of seen) counts[doc] = 0;
    },
  };
}

interface Found {
  total: Float64Array;
  matched: Float64Array;
  names: Float64Array;
  full: number;
  reported: { counts: Float64Array } | undefined;
}

/** The documents a ranking lists, in the order touched: their numbers and, at the same place, their score, coverage, names matched and period fit. */
interface Scored {
  count: number;
  doc: Int32Array;
  score: Float64Array;
  matched: Float64Array;
  names: Float64Array;
  fit: Float64Array;
}

function collect(index: IndexView, touched: number[], found: Found, options: RankOptions): Scored {
  const n = touched.length;
  const scored: Scored = { count: 0, doc: new Int32Array(n), score: new Float64Array(n), matched: new Float64Array(n), names: new Float64Array(n), fit: new Float64Array(n) };
  // (documents covering the same words have the same coverage: its factor, a power, worked out once per run of them)
  let [lastMatched, factor] = [Number.NaN, 0];
  for (const doc of touched) {
    const date = index.docs.dates[doc]!;
    if (!index.docs.alive[doc] || !inRange(date, options) || (options.filter && !options.filter(index.docs.ids[doc]!))) continue;
    const matched = found.matched[doc]!;
    if (matched !== lastMatched) [lastMatched, factor] = [matched, coverageFactor(matched / found.full)];
    const fit = options.hint ? periodFit(date, options.hint, found.reported?.counts[doc] ?? 0) : 0;
    const i = scored.count++;
    scored.doc[i] = doc;
    scored.score[i] = found.total[doc]! * factor * hintFactor(fit);
    scored.matched[i] = matched;
    scored.names[i] = found.names[doc]!;
    scored.fit[i] = fit;
  }
  const { count, doc, score, matched, names, fit } = scored;
  return { count, doc: doc.subarray(0, count), score: score.subarray(0, count), matched: matched.subarray(0, count), names: names.subarray(0, count), fit: fit.subarray(0, count) };
}

/** The ranked documents at places `picked` of `scored` (all of them without), in that order. */
function rankedDocs(index: IndexView, scored: Scored, picked: number[] | undefined): RankedDoc[] {
  const docs: RankedDoc[] = [];
  const add = (i: number) => {
    const doc = scored.doc[i]!;
    const score = scored.score[i]!;
    docs.push({ id: index.docs.ids[doc]!, date: index.docs.dates[doc]!, score, matched: scored.matched[i]!, names: scored.names[i]!, phrase: false, bucket: bucketOf(score), fit: scored.fit[i]! });
  };
  if (picked) for (const i of picked) add(i);
  else for (let i = 0; i < scored.count; i++) add(i);
  return docs;
}

/** `keepCounted`'s count over the scored documents, and how many of those are dated in the hinted period (0 without a hint). */
function countCounted(index: IndexView, scored: Scored, hint: Period | undefined): { total: number; datedInPeriod: number } {
  const least = leastCounted(scored.matched);
  let total = 0;
  let datedInPeriod = 0;
  for (let i = 0; i < scored.count; i++) {
    if (scored.matched[i]! < least) continue;
    total++;
    if (hint && inRange(index.docs.dates[scored.doc[i]!]!, hint)) datedInPeriod++;
  }
  return { total, datedInPeriod };
}

/**
 * How well a document fits a period: 1 when dated in it, else rising with how often it reports
 * dates in it (1 mention 0.5, 3 mentions 0.75).
 * @example periodFit("2023-11-20", { from: "2024", to: "2024" }, 1) // 0.5
 */
export function periodFit(date: string, period: Period, reported: number): number {
  return inRange(date, period) ? 1 : reported / (reported + 1);
}

/** The places of the `k` highest scores (and of any tied with the k-th), in their order; all places when there are k or fewer. */
function topByScore(scores: Float64Array, k: number): number[] {
  const places: number[] = [];
  const threshold = scores.length <= k ? Number.NEGATIVE_INFINITY : kthLargest(scores, k);
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) places.push(i);
  return places;
}

function compareDocs(a: RankedDoc, b: RankedDoc): number {
  return Number(b.phrase) - Number(a.phrase) || b.bucket - a.bucket || (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether an article date (`YYYY[-MM[-DD]]`) lies in a range given at year or month precision.
 * @example inRange("2019-03-02", { from: "2019", to: "2019" }) // true
 */
export function inRange(date: string, range: { from?: string; to?: string }): boolean {
  if (range.from && date.slice(0, range.from.length) < range.from) return false;
  if (range.to && date.slice(0, range.to.length) > range.to) return false;
  return true;
}

export type { AnalysedWord };
