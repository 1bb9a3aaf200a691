/**
 * Everything the people recognisers ask about one word ("a first name?", "a title?", "a Korean
 * family name?"), worked out once per word and lexicon and kept on each token, so that checking a
 * token again is a property read rather than a lookup.
 */
import { memoizeFor } from './memo.ts';
import { firstNameGender, isCountry, isNoun, isStopword, type Gender, type Lexicon } from './lexicon.ts';
import { roleWord, type RoleWord } from './role-words.ts';
import { isChineseSurname, koreanSurname } from './shapes.ts';
import { isAllCaps, type Token } from './tokens.ts';
import { startsUpper } from './letters.ts';
import type { WordInfo } from './types.ts';

const CALENDAR = /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)s?$/;
// "Blinken", "Jong-un", "O’Brien" -> capital first, a lower-case letter somewhere
const NAME_SHAPE = /^\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*$/u;
// "Antony", "Frank-Walter" -> capital then lower case
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}/u;

/** The answers for a word's text, worked out once per word and lexicon. */
const wordInfo = memoizeFor((lex: Lexicon, text: string): WordInfo => {
  const stopword = isStopword(lex, text);
  const country = isCountry(lex, text);
  const role = roleWord(text);
  const nameWord = NAME_SHAPE.test(text) && !stopword && !country && !CALENDAR.test(text) && !role;
  return {
    lex,
    nameWord,
    firstName: firstName(lex, text),
    korean: koreanSurname(text),
    chinese: isChineseSurname(text),
    role,
    stopword,
    country,
    noun: undefined,
    entityShape: undefined,
    key: undefined,
    bareKey: undefined,
    cue: undefined,
    cueTable: undefined,
  };
});

function firstName(lex: Lexicon, text: string): Gender | undefined {
  if (!FIRST_NAME_SHAPE.test(text) || isAllCaps(text)) return undefined;
  const whole = firstNameGender(lex, text);
  if (whole) return whole;
  // "Frank-Walter", "Jean-Cyril" -> double first names
  const parts = text.split('-');
  if (parts.length === 2 && parts.every((p) => p.length > 1 && firstNameGender(lex, p))) return firstNameGender(lex, parts[0]!);
  return undefined;
}

/**
 * What the lexicon says about a token's text (kept on the token for the next question).
 * @example infoOf(lex, tok("Blinken")).nameWord // true; infoOf(lex, tok("Frank-Walter")).firstName // "male"
 */
export function infoOf(lex: Lexicon, t: Token): WordInfo {
  const known = t.info;
  if (known !== undefined && known.lex === lex) return known;
  return (t.info = wordInfo(lex, t.text));
}

/**
 * `roleWord` for a token's text (undefined for no token), without a lookup for words that cannot be titles.
 * @example roleAt(lex, tok("Außenministerin"))?.gender // "female"; roleAt(lex, tok("sagte")) // undefined
 */
export function roleAt(lex: Lexicon, t: Token | undefined): RoleWord | undefined {
  // (a title starts with a capital)
  return t && startsUpper(t.text) ? infoOf(lex, t).role : undefined;
}

/**
 * `isNoun` for a token's text, asked once per word.
 * @example nounAt(lex, tok("Verbindungsbüro")) // true
 */
export function nounAt(lex: Lexicon, t: Token): boolean {
  const info = infoOf(lex, t);
  return (info.noun ??= isNoun(lex, t.text));
}
