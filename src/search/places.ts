/**
 * Place names and their adjectives as related query terms: "Indien" / "indisch", "Nordkorea" /
 * "nordkoreanisch", "China" / "chinesisch". A headline says "Unruhen im Westen Chinas" where the
 * article writes "in der chinesischen Provinz", so a query word also finds the other of the pair
 * (score.ts weighs it as `placeWeight`). The pairs are data, place-adjectives.json, derived by rule
 * from dictionary-de and i18n-iso-countries (place-adjectives.ts says how).
 */
import { canonicalTerm } from './analyser.ts';
import pairs from './place-adjectives.json' with { type: 'json' };

/** A place adjective and its place, folded: ["indisch", "indien"]. */
export type PlacePair = readonly [adjective: string, place: string];

/** The committed pairs. */
export function placeAdjectives(): readonly PlacePair[] {
  return pairs as unknown as PlacePair[];
}

/**
 * Terms that name the same place as a term, by a stem function (the analyser's): the place's
 * stem for each of an adjective's, the adjective's for a place's.
 * @example const related = placeRelations(stem); related.get(stem("indien")) // [stem("indisch")]
 */
export function placeRelations(stem: (folded: string) => string, table: readonly PlacePair[] = placeAdjectives()): ReadonlyMap<string, readonly string[]> {
  const related = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (from === to) return;
    let set = related.get(from);
    if (!set) related.set(from, (set = new Set()));
    set.add(to);
  };
  for (const [adjective, place] of table) {
    const placeStem = stem(place);
    // "indisch", "indische", "indischen" may stem apart: each links to the place
    for (const ending of ADJECTIVE_ENDINGS) {
      const adjectiveStem = stem(adjective + ending);
      link(adjectiveStem, placeStem);
      link(placeStem, adjectiveStem);
    }
  }
  return new Map([...related].map(([term, set]) => [term, [...set]]));
}

// the endings of an adjective: "indisch", "indische", "indischen", "indischer", "indisches", "indischem"
const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

let relations: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The terms naming the same place as a whole-word term (the analyser's terms, built once): "indi"
 * (Indien) -> the stems of "indisch"; "weissrussisch" -> "belarus" (the place's one name,
 * `canonicalTerm`); none for a word that is neither a place nor its adjective.
 * @example placeTerms(canonicalTerm("indien")) // [canonicalTerm("indisch")]
 */
export function placeTerms(term: string): readonly string[] {
  relations ??= placeRelations(canonicalTerm);
  return relations.get(term) ?? NONE;
}

const NONE: readonly string[] = [];
