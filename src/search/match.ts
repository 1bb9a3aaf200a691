/**
 * When a word of a text matches a word of the query: the same stem, the query word inside a
 * compound ("Außenminister" in "Vizeaußenminister"), the place of an adjective and back
 * ("indischen" for "Indien"), or a part of a compound query word
 * ("Gespräche" for "Atomgespräche").
 */
import type { AnalysedWord } from './analyser.ts';

/** How a text word matches a query word. */
export type MatchKind = 'exact' | 'inside' | 'part';

/**
 * How `text` matches `query`, or null.
 * @example matchKind(analyser.word("Vizeaußenminister")!, analyser.word("Außenminister")!) // "inside"
 */
export function matchKind(text: AnalysedWord, query: AnalysedWord): MatchKind | null {
  if (text.term === query.term || query.alternatives?.includes(text.term) || text.alternatives?.includes(query.term)) return 'exact';
  if (text.subterms.includes(query.term)) return 'inside';
  // "indischen" for "Indien" (places.ts)
  if (query.related?.some((term) => text.term === term || text.subterms.includes(term))) return 'inside';
  for (const part of query.parts) if (text.term === part || text.subterms.includes(part)) return 'part';
  return null;
}
