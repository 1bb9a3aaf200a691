/**
 * Names in lists written "Surname, First name" (results, line-ups): "Sieger wurde Soubeyras, Cedric,
 * 2. Schiffer, Marcus und 3. Schmidinger, Günter." Only where a sentence has at least two of them, so a
 * single "Berlin, Paris und …" is never read as a person.
 */
import { infoOf, type Lexicon, startsUpper, type Token } from '../lexicon/index.ts';
import type { NameSpan } from './names.ts';

// "van Nobelen, Jordi": a particle before the surname belongs to it
const PARTICLE = /^(von|van|de|der|den|du|da|di|del|della|ter|ten|zu)$/;
// what may follow the first name in a list: a comma, "und", a full stop, a semicolon, a bracket
const LIST_END = /^(,|und|\.|;|\)|\(|-|–)$/;

/** Per token list: sentence -> how many "Surname, First name" pairs it has. */
const PAIRS = new WeakMap<readonly Token[], Map<number, number>>();

/**
 * A "Surname, First name" pair starting at token `i` (or at a particle before the surname), when the
 * sentence has two or more of them. `inverted` tells `spanForm` to show it as "First name Surname".
 * @example invertedAt(tokens("Sieger wurde Muster, Cedric, 2. Beispiel, Marcus."), 2, lex) // { first: 2, last: 4, inverted: true, … }
 */
export function invertedAt(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  const particle = PARTICLE.test(tokens[i]?.text ?? '') && tokens[i + 1]?.sentence === tokens[i]!.sentence;
  const at = particle ? i + 1 : i;
  if (!pairAt(tokens, at, lex) || pairsIn(tokens, tokens[at]!.sentence, lex) < 2) return undefined;
  const gender = infoOf(lex, tokens[at + 2]!).firstName ?? 'unknown';
  return { first: i, last: at + 2, kind: 'full', gender, familyFirst: false, needsConfirmation: false, inverted: true };
}

/** "Schiffer , Marcus" followed by a list mark: a capitalised surname word, a comma, a first name. */
function pairAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const surname = tokens[k];
  const first = tokens[k + 2];
  if (!surname?.word || !first?.word || tokens[k + 1]?.text !== ',' || first.sentence !== surname.sentence) return false;
  const s = infoOf(lex, surname);
  if (!startsUpper(surname.text) || s.stopword || s.country || s.role || s.firstName) return false;
  const f = infoOf(lex, first);
  if (!f.firstName || f.stopword || !f.nameWord) return false;
  const next = tokens[k + 3];
  return !next || next.sentence !== first.sentence || LIST_END.test(next.text);
}

/** How many pairs the sentence has (all sentences counted in one pass, once per token list). */
function pairsIn(tokens: readonly Token[], sentence: number, lex: Lexicon): number {
  let counts = PAIRS.get(tokens);
  if (!counts) {
    counts = new Map();
    for (let k = 0; k < tokens.length; k++) if (pairAt(tokens, k, lex)) counts.set(tokens[k]!.sentence, (counts.get(tokens[k]!.sentence) ?? 0) + 1);
    PAIRS.set(tokens, counts);
  }
  return counts.get(sentence) ?? 0;
}
