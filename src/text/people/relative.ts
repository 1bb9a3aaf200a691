/**
 * A role stated in a relative clause right after a name: "Carl Bergengruen, der ab Februar
 * Vorsitzender der Geschäftsführung sein wird," / "Anna Beispiel, die seit 2019 Ministerin ist".
 * Only a nominative relative pronoun and a clause that ends in a copula; the role is the first
 * title or person noun in the clause that no article or preposition governs.
 */
import { type Lexicon, startsLower, startsUpper, type Token } from '../lexicon/index.ts';
import { rolePhraseFrom, type FoundRole } from './roles.ts';

// the clause ends in a copula: "… sein wird", "… ist", "… war", "… bleibt"
const COPULA_END = /^(ist|war|wird|bleibt|blieb|sei|wäre|sein|gewesen)$/;
// what may not govern the role noun: "der den Präsidenten …", "die mit dem Vorsitzenden …", "die wie ihr Vater …"
const GOVERNED = /^(der|die|das|den|dem|des|einem|einen|eines|zum|zur|von|vom|mit|für|bei|gegen|über|unter|als|wie|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|und|oder)$/;
/** Tokens a relative clause may span before its copula. */
const MAX_CLAUSE = 14;

/**
 * The role a relative clause after the name ending at token `last` states, if any.
 * @example relativeClauseRole(tokens("Carl Bergengruen, der ab Februar Vorsitzender der Geschäftsführung sein wird,"), 1, lex)
 *   // "Vorsitzender der Geschäftsführung"
 */
export function relativeClauseRole(tokens: readonly Token[], last: number, lex: Lexicon): FoundRole | undefined {
  // "… Carl Bergengruen beerben, der …": a clause-final verb may stand between name and comma
  if (tokens[last + 1]?.word && startsLower(tokens[last + 1]!.text) && lex.verbs.has(tokens[last + 1]!.text) && tokens[last + 2]?.text === ',') last++;
  if (tokens[last + 1]?.text !== ',' || !/^(der|die)$/.test(tokens[last + 2]?.text ?? '')) return undefined;
  const s = tokens[last]!.sentence;
  // the clause: up to the next comma, colon, quotation mark or sentence end
  let end = last + 3;
  while (end < last + 3 + MAX_CLAUSE && tokens[end]?.sentence === s && tokens[end]!.word) end++;
  if (!COPULA_END.test(tokens[end - 1]?.text ?? '')) return undefined;
  // a governed noun phrase ("mit dem neuen Präsidenten") is skipped up to its capitalised noun
  let governed = false;
  for (let k = last + 3; k < end - 1; k++) {
    const t = tokens[k]!;
    if (GOVERNED.test(t.text)) governed = true;
    if (governed) {
      governed = !startsUpper(t.text);
      continue;
    }
    const role = rolePhraseFrom(tokens, k, lex, true);
    if (role && role.last < end - 1) return role;
  }
  return undefined;
}
