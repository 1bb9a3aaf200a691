/**
 * Synonyms as related query terms: a headline says "Polizeiauto" where the article writes
 * "Streifenwagen". The groups are data, synonyms.json (single plain words of OpenThesaurus, LGPL,
 * as `mythes-de` packages it; thesaurus-source.ts says which, `npm run thesaurus:generate` writes
 * it); a query word that is no name also finds the other words of its groups (score.ts weighs
 * them as `synonymWeight`), unless the archive has more than `synonymMax` of them (a word of many
 * senses: "Lage" is "Situation" and, by its stem, "Lager", "Depot", "Camp"). Query side only: the
 * index does not change.
 */
import { canonicalTerm } from './analyser.ts';
import groups from './synonyms.json' with { type: 'json' };

/** The committed groups, each a space-separated list of folded words: "polizeiauto streifenwagen". */
export function synonymGroupsCommitted(): readonly string[] {
  return groups as readonly string[];
}

/**
 * Terms sharing a group with each term, by a stem function (the analyser's).
 * @example synonymRelations(stem, ["auto wagen"]).get(stem("auto")) // [stem("wagen")]
 */
export function synonymRelations(stem: (folded: string) => string, table: readonly string[] = synonymGroupsCommitted()): ReadonlyMap<string, readonly string[]> {
  const related = new Map<string, Set<string>>();
  for (const line of table) {
    const terms = [...new Set(line.split(' ').map(stem))];
    for (const term of terms) {
      let set = related.get(term);
      if (!set) related.set(term, (set = new Set()));
      for (const other of terms) if (other !== term) set.add(other);
    }
  }
  return new Map([...related].map(([term, set]) => [term, [...set]]));
}

let relations: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The synonyms of a whole-word term, as the analyser's terms (built once), none for a word in no group.
 * @example synonymTerms(canonicalTerm("polizeiauto")) // [canonicalTerm("streifenwagen"), …]
 */
export function synonymTerms(term: string): readonly string[] {
  relations ??= synonymRelations(canonicalTerm);
  return relations.get(term) ?? NONE;
}

const NONE: readonly string[] = [];
