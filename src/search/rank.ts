/**
 * Ranking: BM25F over title and body with German-aware term alternatives, times how much of the
 * query a document covers (names weigh double) and, when the query names a period, how well the
 * document fits it (dated then, or reporting events dated then). Nothing is a gate: a document
 * missing a word or a name ranks lower, not out. Exact phrases come first, and near-equal scores
 * go to the newer article.
 */
import { PART, type AnalysedWord } from './analyser.ts';
import type { ArchiveIndex } from './index.ts';
import { hintTerms } from './periods.ts';
import { findPhrases, nearShare } from './phrase.ts';
import type { Period } from './query.ts';
import { resolveWords, type Correction, type QueryWord } from './resolve.ts';
import { coverageFactor, hintFactor, RANKING, scoreWord } from './score.ts';

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
  /** Query words it matches (names count double). */
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
  /** Weight of a document matching every word: `docs[i].matched === full` means all matched. */
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
export function rank(index: ArchiveIndex, text: string, options: RankOptions = {}): Ranking {
  const { words, corrections } = resolveWords(index, text);
  const weights = words.map((w) => weightOf(index, w));
  const full = weights.reduce((sum, w) => sum + w, 0);
  if (words.length === 0) return { words, corrections, docs: [], full, total: 0, datedInPeriod: 0 };
  const total = index.workArray('total');
  const matched = index.workArray('matched');
  const names = index.workArray('names');
  const touched: number[] = [];
  const scratch = index.workArray('word');
  const credit = index.workArray('credit');
  words.forEach((word, w) => {
    for (const doc of scoreWord(index, word.word, scratch, credit)) {
      if (total[doc] === 0) touched.push(doc);
      total[doc]! += scratch[doc]!;
      matched[doc]! += weights[w]! * credit[doc]!;
      if (word.name) names[doc]!++;
      scratch[doc] = credit[doc] = 0;
    }
  });
  const reported = options.hint ? reportedIn(index, options.hint) : undefined;
  const docs = collect(index, touched, { total, matched, names, full, reported }, options);
  for (const doc of touched) total[doc] = matched[doc] = names[doc] = 0;
  reported?.clear();
  const best = options.limit !== undefined ? topByScore(docs, Math.max(options.limit, PHRASE_DEPTH)) : docs;
  best.sort((a, b) => b.score - a.score);
  if (options.textOf && words.length > 1) {
    findPhrases(index.analyser, best.slice(0, PHRASE_DEPTH), words, options.textOf);
    if (RANKING.nearWeight > 0) rewardNearness(index, best, words, options.textOf);
  }
  best.sort(compareDocs);
  const datedInPeriod = options.hint ? docs.filter((d) => inRange(d.date, options.hint!)).length : 0;
  return { words, corrections, docs: options.limit !== undefined ? best.slice(0, options.limit) : best, full, total: docs.length, datedInPeriod };
}

/** The best documents get more for having neighbouring query words near each other. */
function rewardNearness(index: ArchiveIndex, best: RankedDoc[], words: QueryWord[], textOf: (id: string) => string | undefined): void {
  const masks = new Map<string, number>();
  const depth = Math.min(best.length, PHRASE_DEPTH);
  for (let i = 0; i < depth; i++) {
    const doc = best[i]!;
    const text = textOf(doc.id);
    if (!text) continue;
    doc.score *= 1 + RANKING.nearWeight * nearShare(index.analyser, text, words, masks);
    doc.bucket = bucketOf(doc.score);
  }
}

function bucketOf(score: number): number {
  return Math.round(Math.log(score + 1e-9) * 40);
}

/** How often each document reports a date in the period (a work array; `clear` zeroes it again). */
function reportedIn(index: ArchiveIndex, period: Period): { counts: Float64Array; clear(): void } {
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
  return { counts, clear: () => { for (const doc of seen) counts[doc] = 0; } };
}

interface Found {
  total: Float64Array;
  matched: Float64Array;
  names: Float64Array;
  full: number;
  reported: { counts: Float64Array } | undefined;
}

function collect(index: ArchiveIndex, touched: number[], found: Found, options: RankOptions): RankedDoc[] {
  const docs: RankedDoc[] = [];
  for (const doc of touched) {
    const id = index.docs.ids[doc]!;
    const date = index.docs.dates[doc]!;
    if (!index.docs.alive[doc] || !inRange(date, options) || (options.filter && !options.filter(id))) continue;
    const matched = found.matched[doc]!;
    const fit = options.hint ? periodFit(date, options.hint, found.reported?.counts[doc] ?? 0) : 0;
    const score = found.total[doc]! * coverageFactor(matched / found.full) * hintFactor(fit);
    docs.push({ id, date, score, matched, names: found.names[doc]!, phrase: false, bucket: bucketOf(score), fit });
  }
  return docs;
}

/**
 * How well a document fits a period: 1 when dated in it, else rising with how often it reports
 * dates in it (1 mention 0.5, 3 mentions 0.75).
 * @example periodFit("2023-11-20", { from: "2024", to: "2024" }, 1) // 0.5
 */
export function periodFit(date: string, period: Period, reported: number): number {
  return inRange(date, period) ? 1 : reported / (reported + 1);
}

/** The `k` documents with the highest score, in no particular order. */
function topByScore(docs: RankedDoc[], k: number): RankedDoc[] {
  if (docs.length <= k) return [...docs];
  const keys = Float64Array.from(docs, (d) => d.score);
  const threshold = [...keys].sort((a, b) => b - a)[k - 1]!;
  return docs.filter((_, i) => keys[i]! >= threshold);
}

// A name weighs double; with coverageIdf, rarer words weigh more (idf relative to a word in 1 % of the documents)
function weightOf(index: ArchiveIndex, word: QueryWord): number {
  const base = word.name ? 2 : 1;
  if (RANKING.coverageIdf === 0) return base;
  const df = Math.max(index.docFrequency(word.word.term), index.docFrequency(PART + word.word.term), 1);
  const n = Math.max(index.size, 1);
  return base * Math.pow(Math.log(1 + n / df) / Math.log(101), RANKING.coverageIdf);
}

function compareDocs(a: RankedDoc, b: RankedDoc): number {
  return Number(b.phrase) - Number(a.phrase) || b.bucket - a.bucket ||
    (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
