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

/** A word of a group and the terms of the other words of its group. */
export interface SynonymEntry {
  word: string;
  synonyms: readonly string[];
}

/**
 * The group words of each term with their synonyms' terms, by a stem function (the analyser's).
 * @example synonymRelations(stem, ["auto wagen"]).get(stem("auto")) // [{ word: "auto", synonyms: [stem("wagen")] }]
 */
export function synonymRelations(stem: (folded: string) => string, table: readonly string[] = synonymGroupsCommitted()): ReadonlyMap<string, readonly SynonymEntry[]> {
  const related = new Map<string, Map<string, Set<string>>>();
  for (const line of table) {
    const words = line.split(' ');
    const terms = words.map(stem);
    words.forEach((word, i) => {
      const term = terms[i]!;
      let byWord = related.get(term);
      if (!byWord) related.set(term, (byWord = new Map()));
      let set = byWord.get(word);
      if (!set) byWord.set(word, (set = new Set()));
      for (const other of terms) if (other !== term) set.add(other);
    });
  }
  return new Map([...related].map(([term, byWord]) => [term, [...byWord].map(([word, set]) => ({ word, synonyms: [...set] }))]));
}

// the endings of a noun's forms, folded: "Krise", "Krisen"; "Zyklon", "Zyklone", "Zyklons"; not
// -er/-ern: "Politiker" is no form of "Politik" nor "Lager" of "Lage", though each pair is one stem
const NOUN_ENDINGS = new Set(['', 'e', 'n', 'en', 's', 'es', 'ns', 'ens']);

/**
 * Whether a folded word is a form of a folded group word, not only a word of the same stem.
 * @example isFormOf("zyklone", "zyklon") // true
 * @example isFormOf("politiker", "politik") // false
 */
export function isFormOf(folded: string, word: string): boolean {
  return folded.startsWith(word) && NOUN_ENDINGS.has(folded.slice(word.length));
}

let relations: ReadonlyMap<string, readonly SynonymEntry[]> | undefined;

/**
 * The synonyms of a query word (its term and folded form) as the analyser's terms (built once):
 * those of every group word it is a form of; none for a word in no group.
 * @example synonymTerms(canonicalTerm("polizeiauto"), "polizeiauto") // [canonicalTerm("streifenwagen"), …]
 */
export function synonymTerms(term: string, folded: string): readonly string[] {
  relations ??= synonymRelations(canonicalTerm);
  const entries = relations.get(term);
  if (!entries) return NONE;
  const found = new Set<string>();
  for (const entry of entries) if (isFormOf(folded, entry.word)) for (const synonym of entry.synonyms) found.add(synonym);
  return found.size > 0 ? [...found] : NONE;
}

const NONE: readonly string[] = [];
