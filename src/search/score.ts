/**
 * BM25F scores of one query word over the index: the word itself, the word inside compounds,
 * and (for a compound query word) all of its parts in the same document.
 */
import { PART, type AnalysedWord } from './analyser.ts';
import type { ArchiveIndex } from './index.ts';

const K1 = 1.2;
const TITLE_BOOST = 3;
const B_TITLE = 0.5;
const B_BODY = 0.75;
/** "Außenminister" found inside "Vizeaußenminister". */
export const INSIDE_WEIGHT = 0.6;
/** "Atomgespräche" found as "Atomprogramm" + "Gespräche". */
export const PARTS_WEIGHT = 0.4;

/** How much a document covering only part of the query keeps: coverage ** COVERAGE_POWER. */
export const COVERAGE_POWER = 2;
/** A document that fits the hinted period fully (dated then) scores this much more. */
export const HINT_WEIGHT = 0.6;

/**
 * The factor for the share of the query a document matches (0..1, names weigh double).
 * @example coverageFactor(0.5) // 0.25
 */
export function coverageFactor(share: number): number {
  return Math.pow(Math.min(1, share), COVERAGE_POWER);
}

/**
 * The factor for how well a document fits the hinted period (0..1).
 * @example hintFactor(1) // 1.6
 */
export function hintFactor(fit: number): number {
  return 1 + HINT_WEIGHT * fit;
}

/**
 * Write the best score of `word` per document into `out` and return the documents touched.
 * @example const docs = scoreWord(index, analyser.word("Kaesong")!, new Float64Array(n))
 */
export function scoreWord(index: ArchiveIndex, word: AnalysedWord, out: Float64Array): number[] {
  const touched: number[] = [];
  const keep = (doc: number, score: number) => {
    if (out[doc] === 0) touched.push(doc);
    if (score > out[doc]!) out[doc] = score;
  };
  scoreTerm(index, word.term, 1, keep);
  for (const alternative of word.alternatives ?? []) scoreTerm(index, alternative, 1, keep);
  scoreTerm(index, PART + word.term, INSIDE_WEIGHT, keep);
  if (word.parts.length >= 2) scoreParts(index, word.parts, keep);
  return touched;
}

function scoreParts(index: ArchiveIndex, parts: string[], keep: (doc: number, score: number) => void): void {
  const sums = index.workArray('part-sums');
  const best = index.workArray('part-best');
  // seen[doc] = how many parts matched so far; a document must match all of them
  const seen = index.workArray('part-seen');
  const all: number[] = [];
  let candidates: number[] = [];
  parts.forEach((part, i) => {
    const touched: number[] = [];
    const take = (doc: number, score: number) => {
      if (seen[doc] !== i) return;
      if (best[doc] === 0) touched.push(doc);
      if (score > best[doc]!) best[doc] = score;
    };
    scoreTerm(index, part, 1, take);
    scoreTerm(index, PART + part, 1, take);
    for (const doc of touched) {
      if (i === 0) all.push(doc);
      sums[doc]! += best[doc]!;
      best[doc] = 0;
      seen[doc]!++;
    }
    candidates = touched;
  });
  for (const doc of candidates) if (seen[doc] === parts.length) keep(doc, (PARTS_WEIGHT * sums[doc]!) / parts.length);
  for (const doc of all) sums[doc] = seen[doc] = 0;
}

function scoreTerm(index: ArchiveIndex, term: string, weight: number, keep: (doc: number, score: number) => void): void {
  const id = index.termIds.get(term);
  if (id === undefined) return;
  const n = Math.max(index.size, 1);
  const df = index.postings.count(id);
  const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const avgTitle = Math.max(index.titleTotal / n, 1);
  const avgBody = Math.max(index.bodyTotal / n, 1);
  const { titleLengths, bodyLengths } = index.docs;
  index.postings.forEach(id, (doc, tf) => {
    const title = tf >> 8;
    const body = tf & 255;
    const norm = (title > 0 ? (TITLE_BOOST * title) / (1 - B_TITLE + (B_TITLE * titleLengths[doc]!) / avgTitle) : 0) +
      (body > 0 ? body / (1 - B_BODY + (B_BODY * bodyLengths[doc]!) / avgBody) : 0);
    keep(doc, (weight * idf * norm * (K1 + 1)) / (norm + K1));
  });
}
