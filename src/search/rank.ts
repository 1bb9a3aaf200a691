/**
 * Ranking: BM25F over title and body with German-aware term alternatives. Documents with more of
 * the query's names come first, then exact phrases, then the score (a document matching more
 * words scores higher; a hard "all words first" rule lost relevant articles in the evaluation),
 * and near-equal scores go to the newer article.
 */
import type { AnalysedWord } from './analyser.ts';
import type { ArchiveIndex } from './index.ts';
import { findPhrases } from './phrase.ts';
import { resolveWords, type Correction, type QueryWord } from './resolve.ts';
import { scoreWord } from './score.ts';

export type { Correction, QueryWord };

/** Limits a ranking. */
export interface RankOptions {
  filter?: (id: string) => boolean;
  /** Article date range at `YYYY` or `YYYY-MM` precision, inclusive. */
  from?: string;
  to?: string;
  /** Title and text of an article, to find exact phrases among the best hits. */
  textOf?: (id: string) => string | undefined;
  /**
   * Keep only documents matching at least half of the query (by weight) and all of its names,
   * when any do (an answer's precision rule); `total` counts what is kept.
   */
  strict?: boolean;
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
}

/** How many of the best documents are checked for an exact phrase. */
export const PHRASE_DEPTH = 20;

/**
 * Rank the archive for a query text.
 * @example rank(index, "Biegun Treffen").docs[0].id
 */
export function rank(index: ArchiveIndex, text: string, options: RankOptions = {}): Ranking {
  const { words, corrections } = resolveWords(index, text);
  const full = words.reduce((sum, w) => sum + weightOf(w), 0);
  if (words.length === 0) return { words, corrections, docs: [], full, total: 0 };
  const total = index.workArray('total');
  const matched = index.workArray('matched');
  const names = index.workArray('names');
  const touched: number[] = [];
  const scratch = index.workArray('word');
  for (const word of words) {
    for (const doc of scoreWord(index, word.word, scratch)) {
      if (matched[doc] === 0) touched.push(doc);
      total[doc]! += scratch[doc]!;
      matched[doc]! += weightOf(word);
      if (word.name) names[doc]!++;
      scratch[doc] = 0;
    }
  }
  const docs = collect(index, touched, { total, matched, names }, options);
  for (const doc of touched) total[doc] = matched[doc] = names[doc] = 0;
  const kept = options.strict ? strictly(docs, words, full) : docs;
  const best = options.limit !== undefined ? topByScore(kept, Math.max(options.limit, PHRASE_DEPTH)) : kept;
  best.sort((a, b) => b.names - a.names || b.score - a.score);
  if (options.textOf && words.length > 1) findPhrases(index.analyser, best.slice(0, PHRASE_DEPTH), words, options.textOf);
  best.sort(compareDocs);
  return { words, corrections, docs: options.limit !== undefined ? best.slice(0, options.limit) : best, full, total: kept.length };
}

function collect(index: ArchiveIndex, touched: number[], found: { total: Float64Array; matched: Float64Array; names: Float64Array }, options: RankOptions): RankedDoc[] {
  const docs: RankedDoc[] = [];
  for (const doc of touched) {
    const id = index.docs.ids[doc]!;
    const date = index.docs.dates[doc]!;
    if (!index.docs.alive[doc] || !inRange(date, options) || (options.filter && !options.filter(id))) continue;
    const score = found.total[doc]!;
    docs.push({ id, date, score, matched: found.matched[doc]!, names: found.names[doc]!, phrase: false, bucket: Math.round(Math.log(score + 1e-9) * 40) });
  }
  return docs;
}

// "Biegun Treffen": articles with Biegun and at least half of the words, when there are any
function strictly(docs: RankedDoc[], words: QueryWord[], full: number): RankedDoc[] {
  const names = words.filter((w) => w.name).length;
  const good = docs.filter((d) => d.matched * 2 >= full && d.names === names);
  return good.length > 0 ? good : docs;
}

/** The `k` documents with the most names, then the highest score, in no particular order. */
function topByScore(docs: RankedDoc[], k: number): RankedDoc[] {
  if (docs.length <= k) return [...docs];
  const keys = Float64Array.from(docs, (d) => d.names * 1e9 + d.score);
  const threshold = [...keys].sort((a, b) => b - a)[k - 1]!;
  return docs.filter((_, i) => keys[i]! >= threshold);
}

function weightOf(word: QueryWord): number {
  return word.name ? 2 : 1;
}

function compareDocs(a: RankedDoc, b: RankedDoc): number {
  return b.names - a.names || Number(b.phrase) - Number(a.phrase) || b.bucket - a.bucket ||
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
