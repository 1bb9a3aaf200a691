/**
 * Types shared inside search/: what ranking reads of the index (`IndexView`, implemented by
 * `ArchiveIndex`), the per-document table and the query words. Ranking, scoring and word
 * resolution import these instead of `index.ts`, so no module of search/ imports back into the
 * index that calls it.
 */
import type { Analyser, AnalysedWord } from './analyser.ts';
import type { TermBuckets } from './expand.ts';
import type { Postings } from './postings.ts';
import type { Vocabulary } from './typo.ts';

/** Per-document data, by document number. */
export interface DocTable {
  ids: string[];
  dates: string[];
  titleLengths: number[];
  bodyLengths: number[];
  alive: boolean[];
}

/**
 * What ranking, scoring and query-word resolution read of an index.
 * @example const view: IndexView = new ArchiveIndex(articles)
 */
export interface IndexView extends Vocabulary {
  readonly termIds: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  readonly docs: DocTable;
  /** Folded surface word -> display form. */
  readonly vocabulary: ReadonlyMap<string, string>;
  /** Folded words seen starting with a lower-case letter somewhere. */
  readonly lowercase: ReadonlySet<string>;
  readonly buckets: TermBuckets;
  readonly postings: Postings;
  readonly analyser: Analyser;
  readonly size: number;
  readonly titleTotal: number;
  readonly bodyTotal: number;
  docFrequency(term: string): number;
  /** An all-zero array with one slot per document number; the caller leaves it all-zero. */
  workArray(name: string): Float64Array;
}

/** A content word of the query. */
export interface QueryWord {
  /** As typed (or as corrected). */
  text: string;
  word: AnalysedWord;
  /** Word position in the query, stopwords counted, for phrase matching. */
  position: number;
  /** Not a dictionary word: a name such as "Biegun" or "Kaesong". */
  name: boolean;
}

/** A word that was replaced because the archive does not contain it. */
export interface Correction {
  from: string;
  to: string;
}
