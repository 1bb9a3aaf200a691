/**
 * BM25F scores of one query word over the index: the word itself, the word inside compounds,
 * (for a compound query word) all of its parts in the same document or its modifiers alone, the
 * place of a place adjective and back, and derived forms.
 */
import { PART, type AnalysedWord } from './analyser.ts';
import { expansions } from './expand.ts';
import type { IndexView } from './types.ts';

/**
 * Every ranking constant, in one place (eval/search-tune.ts varies them to measure).
 */
export const RANKING = {
  /** BM25 term-frequency saturation. */
  k1: 1.2,
  /** A title occurrence weighs this many body occurrences (BM25F). */
  titleBoost: 3,
  /** BM25 length normalisation of the title and the body. */
  bTitle: 0.5,
  bBody: 0.75,
  /** "Außenminister" found inside "Vizeaußenminister". */
  insideWeight: 0.6,
  /** "Atomgespräche" found as "Atomprogramm" + "Gespräche". */
  partsWeight: 0.4,
  /** A derived form of the word ("entführt" for "Entführung", expand.ts); 0 turns it off. */
  expansionWeight: 0.5,
  /** How much of a query word a document matching only a derived form of it covers. */
  weakCredit: 0.5,
  /** How much a document covering only part of the query keeps: coverage ** coveragePower. */
  coveragePower: 1.5,
  /**
   * How much a word's rarity counts in coverage: each query word weighs idf ** coverageIdfPower
   * (names twice that), so matching "schon lange nicht mehr" covers less than matching "Gold";
   * 0 weighs every word alike.
   */
  coverageIdfPower: 0.5,
  /** The place for its adjective and back ("Indien" found as "indischen", places.ts); 0 turns it off. */
  placeWeight: 0.6,
  /**
   * A modifier of a compound query word alone, without the rest: "Infektionsgefahr" found as
   * "Infektion" (not as "Gefahr": the head alone says too little; measured, docs/search.md).
   */
  modifierWeight: 0.1,
  /** How much of such a query word a document matching only a modifier covers. */
  modifierCredit: 0.25,
  /** A document that fits the hinted period fully (dated then) scores this much more. */
  hintWeight: 0.6,
};

/**
 * The factor for the share of the query a document matches (0..1, names weigh double).
 * @example coverageFactor(0.5) // 0.25
 */
export function coverageFactor(share: number): number {
  return Math.min(1, share) ** RANKING.coveragePower;
}

/**
 * How much a query word counts in coverage: its rarity in the archive (BM25 idf of its most
 * frequent term, ** coverageIdfPower), twice that for a name.
 * @example coverageWeight(index, analyser.word("Gold")!, false) // idf("gold") ** coverageIdfPower
 */
export function coverageWeight(index: IndexView, word: AnalysedWord, name: boolean): number {
  const base = name ? 2 : 1;
  if (RANKING.coverageIdfPower === 0) return base;
  let df = index.docFrequency(word.term);
  for (const alternative of word.alternatives ?? []) df = Math.max(df, index.docFrequency(alternative));
  return base * idfOf(index.size, df) ** RANKING.coverageIdfPower;
}

function idfOf(size: number, df: number): number {
  const n = Math.max(size, 1);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * The factor for how well a document fits the hinted period (0..1).
 * @example hintFactor(1) // 1.6
 */
export function hintFactor(fit: number): number {
  return 1 + RANKING.hintWeight * fit;
}

/**
 * Write the best score of `word` per document into `out`, and into `credit` how much of the word
 * the document covers (1; `modifierCredit` when only a modifier of a compound matches, `weakCredit`
 * when only a derived form does); returns the documents touched.
 * @example const docs = scoreWord(index, analyser.word("Kaesong")!, new Float64Array(n), new Float64Array(n))
 */
export function scoreWord(index: IndexView, word: AnalysedWord, out: Float64Array, credit: Float64Array): number[] {
  const touched: number[] = [];
  let share = 1;
  const keep = (doc: number, score: number) => {
    if (out[doc] === 0) touched.push(doc);
    if (score > out[doc]!) out[doc] = score;
    if (share > credit[doc]!) credit[doc] = share;
  };
  scoreTerm(index, word.term, 1, keep);
  for (const alternative of word.alternatives ?? []) scoreTerm(index, alternative, 1, keep);
  scoreTerm(index, PART + word.term, RANKING.insideWeight, keep);
  if (word.parts.length >= 2) scoreParts(index, word.parts, keep);
  if (RANKING.modifierWeight > 0 && word.parts.length >= 2) {
    share = RANKING.modifierCredit;
    for (const modifier of word.parts.slice(0, -1)) {
      scoreTerm(index, modifier, RANKING.modifierWeight, keep);
      scoreTerm(index, PART + modifier, RANKING.modifierWeight, keep);
    }
    share = 1;
  }
  if (RANKING.placeWeight > 0)
    for (const term of word.related ?? []) {
      scoreTerm(index, term, RANKING.placeWeight, keep);
      scoreTerm(index, PART + term, RANKING.placeWeight * RANKING.insideWeight, keep);
    }
  share = RANKING.weakCredit;
  if (RANKING.expansionWeight > 0) {
    const count = (id: number) => index.postings.count(id);
    for (const term of expansions(word.term, index.buckets, index.terms, count)) scoreTerm(index, term, RANKING.expansionWeight, keep);
  }
  return touched;
}

function scoreParts(index: IndexView, parts: string[], keep: (doc: number, score: number) => void): void {
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
  for (const doc of candidates) if (seen[doc] === parts.length) keep(doc, (RANKING.partsWeight * sums[doc]!) / parts.length);
  for (const doc of all) sums[doc] = seen[doc] = 0;
}

function scoreTerm(index: IndexView, term: string, weight: number, keep: (doc: number, score: number) => void): void {
  const id = index.termIds.get(term);
  if (id === undefined) return;
  const n = Math.max(index.size, 1);
  const idf = idfOf(index.size, index.postings.count(id));
  const avgTitle = Math.max(index.titleTotal / n, 1);
  const avgBody = Math.max(index.bodyTotal / n, 1);
  const { titleLengths, bodyLengths } = index.docs;
  const { k1: K1, titleBoost: TITLE_BOOST, bTitle: B_TITLE, bBody: B_BODY } = RANKING;
  index.postings.forEach(id, (doc, tf) => {
    const title = tf >> 8;
    const body = tf & 255;
    const norm = (title > 0 ? (TITLE_BOOST * title) / (1 - B_TITLE + (B_TITLE * titleLengths[doc]!) / avgTitle) : 0) + (body > 0 ? body / (1 - B_BODY + (B_BODY * bodyLengths[doc]!) / avgBody) : 0);
    keep(doc, (weight * idf * norm * (K1 + 1)) / (norm + K1));
  });
}
