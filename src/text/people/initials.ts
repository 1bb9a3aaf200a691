/**
 * Names that open with initials: "C.Y. Leung", "J. K. Rowling", "R. Kelly". The tokenizer keeps an
 * initial with its dot before a capital ("K."), and splits "C.Y." into "C", ".", "Y.".
 */
import { type Lexicon, startsUpper, type Token } from '../lexicon/index.ts';
import { isNameWord, type NameSpan } from './names.ts';

// "K." -> an initial with its dot
const INITIAL = /^\p{Lu}\.$/u;
// "C" before "." -> an initial whose dot is its own token
const LETTER = /^\p{Lu}$/u;
// an article before the initials: "der F.C. Hansa", "dem A. Meier Verlag" name no person
const ARTICLE = /^(der|die|das|dem|den|des|ein|eine|einem|einen|eines|beim|vom|zum|im|am)$/i;

/**
 * A name of initials and a surname starting at token `i`: the surname is a name word that is no noun of
 * the lexicon, and no capitalised word follows it ("J.P. Morgan Chase" is a bank).
 * @example initialsName(tokens("Als C.Y. Leung sagte"), 1, lex) // { first: 1, last: 4, kind: "full", ... }
 */
export function initialsName(tokens: readonly Token[], i: number, lex: Lexicon): NameSpan | undefined {
  // (most tokens are longer than an initial: no regex for them)
  const text = tokens[i]!.text;
  if (text.length > 2 || (text.length === 2 && text[1] !== '.')) return undefined;
  const s = tokens[i]!.sentence;
  // (only from the first initial: not from the "C." of "F.C.")
  if (ARTICLE.test(tokens[i - 1]?.text ?? '') || INITIAL.test(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.text === '.' && LETTER.test(tokens[i - 2]?.text ?? ''))) return undefined;
  let j = i;
  for (;;) {
    const t = tokens[j];
    if (!t || t.sentence !== s) return undefined;
    if (INITIAL.test(t.text)) j++;
    else if (LETTER.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.end === tokens[j + 2]?.start) j += 2;
    else break;
  }
  const surname = tokens[j];
  if (j === i || !isNameWord(lex, surname) || surname.sentence !== s || lex.nouns.has(surname.text)) return undefined;
  const after = tokens[j + 1];
  if (after?.word && after.sentence === s && startsUpper(after.text)) return undefined;
  return { first: i, last: j, kind: 'full', gender: 'unknown', familyFirst: false, needsConfirmation: false, initials: true };
}
