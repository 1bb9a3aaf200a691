/**
 * A role stated in a relative clause right after a name: "Carl Bergengruen, der ab Februar
 * Vorsitzender der Geschäftsführung sein wird," / "Anna Beispiel, die seit 2019 Ministerin ist", or in
 * a subordinate clause the name opens: "Seit Ackermann 2002 Vorstandsvorsitzender der Bank wurde, …".
 * Only a nominative relative pronoun and a clause that ends in a copula; the role is the first
 * title or person noun in the clause that no article or preposition governs.
 */
import { type Lexicon, startsLower, startsUpper, type Token } from '../lexicon/index.ts';
import { rolePhraseFrom, type FoundRole } from './roles.ts';

// the clause ends in a copula: "… sein wird", "… ist", "… war", "… bleibt", "… wurde"
const COPULA_END = /^(ist|war|wird|wurde|bleibt|blieb|sei|wäre|sein|gewesen|geworden)$/;
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
  return clauseRole(tokens, last + 3, lex);
}

// a conjunction opening a clause whose subject follows it: "Seit Ackermann 2002 Vorstandsvorsitzender … wurde"
const SUBORDINATOR = /^(seit|seitdem|als|nachdem|weil|da|dass|obwohl|bevor|während|wenn|ob|bis)$/i;

/**
 * The role a subordinate clause states about its subject, the name at `first`..`last` right after the
 * conjunction: "Seit Ackermann 2002 Vorstandsvorsitzender der Deutschen Bank wurde, …".
 * @example subordinateClauseRole(tokens("Seit Anna Roth 2002 Vorsitzende des Vereins wurde, wuchs er."), 1, 2, lex)
 *   // "Vorsitzende des Vereins"
 */
export function subordinateClauseRole(tokens: readonly Token[], first: number, last: number, lex: Lexicon): FoundRole | undefined {
  const conjunction = tokens[first - 1];
  if (!conjunction || !SUBORDINATOR.test(conjunction.text) || conjunction.sentence !== tokens[first]!.sentence) return undefined;
  // the conjunction opens the sentence or follows a comma
  if (tokens[first - 2]?.sentence === conjunction.sentence && tokens[first - 2]!.text !== ',') return undefined;
  return clauseRole(tokens, last + 1, lex);
}

/**
 * The first ungoverned title or person noun of the clause from token `from` when the clause (up to the
 * next comma, colon, quotation mark or sentence end) ends in a copula.
 */
function clauseRole(tokens: readonly Token[], from: number, lex: Lexicon): FoundRole | undefined {
  const s = tokens[from - 1]!.sentence;
  // the clause: up to the next comma, colon, quotation mark or sentence end
  let end = from;
  while (end < from + MAX_CLAUSE && tokens[end]?.sentence === s && tokens[end]!.word) end++;
  if (!COPULA_END.test(tokens[end - 1]?.text ?? '')) return undefined;
  // a governed noun phrase ("mit dem neuen Präsidenten") is skipped up to its capitalised noun
  let governed = false;
  for (let k = from; k < end - 1; k++) {
    const t = tokens[k]!;
    // "der als einer von 319 Wahlbeobachtern im Land war": "als" before a group is the role
    const group = t.text === 'als' && !governed && /^eine[rs]?$/i.test(tokens[k + 1]?.text ?? '') ? rolePhraseFrom(tokens, k + 1, lex, true) : undefined;
    if (group && group.last < end - 1) return group;
    if (GOVERNED.test(t.text)) governed = true;
    // (a number is the whole governed phrase: "der von 1989 bis 1997 Präsident des Vereins war")
    if (governed) {
      governed = !startsUpper(t.text) && !/^\d/.test(t.text);
      continue;
    }
    const role = rolePhraseFrom(tokens, k, lex, true);
    if (role && role.last < end - 1) return role;
  }
  return undefined;
}
