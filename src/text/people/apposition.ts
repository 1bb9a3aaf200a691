/**
 * What may stand between the comma after a name and the title of its apposition: an adverb of time or
 * likeness ("X, ebenfalls Spieler des FC Bayern,", "X, ehemals Bahn-Vorstand,"), a span of years
 * ("X, seit 2010 Präsident des Vereins,", "X, von 1998 bis 2005 Bürgermeister,"), an age ("X, 45,
 * Lehrer aus Berlin,"); and a possessor's genitive before the title ("X, Papiers Stellvertreter,").
 * An apposition opened so must close right after its title phrase.
 */
import { type Lexicon, type Token, startsUpper } from '../lexicon/index.ts';
import { build, complementAfter, DETERMINERS, type FoundRole, titleAt } from './role-phrase.ts';

// "ebenfalls", "ehemals", "zuvor", "damals", "inzwischen": an adverb before the title, not kept with it
const ADVERB = /^(ebenfalls|auch|ehemals|früher|zuvor|damals|derzeit|heute|inzwischen|bisher|bislang|einst|zuletzt|jetzt|nun|mittlerweile|seinerzeit|gleichzeitig|zugleich)$/;
// a year: "2010"
const YEAR = /^(1[89]|20)\d\d$/;
// an age between commas: "45"
const AGE = /^\d{1,3}$/;
// what closes an apposition: "X, ebenfalls Spieler des Vereins, sagte", "– X, Anwalt –", "(…)"
const CLOSERS = /^[,–—);]$/;

/**
 * The token where the title of an apposition starting at `j` (right after the comma) stands once an
 * adverb, a span of years or an age is passed over; `j` when there is none.
 * @example appositionStart(tokens("X, seit 2010 Präsident des Vereins,"), 2) // 4
 * @example appositionStart(tokens("X, 45, Lehrer aus Berlin,"), 2) // 4
 */
export function appositionStart(tokens: readonly Token[], j: number): number {
  const s = tokens[j]?.sentence;
  const at = (k: number) => (tokens[k]?.sentence === s ? (tokens[k]?.text ?? '') : '');
  if (AGE.test(at(j)) && at(j + 1) === ',') return j + 2;
  let k = j;
  if (ADVERB.test(at(k))) k++;
  // "seit 2010", "bis 2005", "ab 2012", "von 1998 bis 2005"
  if (/^(seit|bis|ab)$/.test(at(k)) && YEAR.test(at(k + 1))) k += 2;
  else if (at(k) === 'von' && YEAR.test(at(k + 1)) && at(k + 2) === 'bis' && YEAR.test(at(k + 3))) k += 4;
  return k;
}

// a place or body after the title phrase: "Lehrer aus Berlin", "Botschafterin in Rom", "Spieler des FC Bayern München"
const WHERE = /^(aus|in|im|bei|beim|am)$/;
/** Capitalised words a body's or place's name may go on with after the title phrase. */
const MAX_NAME_WORDS = 3;

/**
 * Whether the title phrase ending at `last` closes its apposition (a comma, a dash, a bracket or the
 * sentence end), past a place or body's name ("aus Berlin", "… Bayern München").
 * @example closesApposition(tokens("X, ebenfalls Spieler, sagte"), 3) // true
 * @example closesApposition(tokens("X, seit 2010 Präsident und Vater von drei Kindern, kam"), 5) // false
 */
export function closesApposition(tokens: readonly Token[], last: number): boolean {
  const s = tokens[last]!.sentence;
  let k = last + 1;
  if (WHERE.test(tokens[k]?.text ?? '') && tokens[k]!.sentence === s) k++;
  const from = k;
  while (k < from + MAX_NAME_WORDS && tokens[k]?.word && tokens[k]!.sentence === s && startsUpper(tokens[k]!.text)) k++;
  // ("aus" needs its place: "Lehrer aus, sagte" closes nothing)
  if (from > last + 1 && k === from) return false;
  const next = tokens[k];
  return !next || next.sentence !== s || CLOSERS.test(next.text);
}

/**
 * "Winfried Hassemer, Papiers Stellvertreter,": a genitive name or noun before a title at `j`, the
 * apposition closed after it; the role reads "Stellvertreter Papiers".
 * @example renderRole(possessorTitle(tokens("X, Papiers Stellvertreter, sagte"), 2, lex, true)!, "male") // "Stellvertreter Papiers"
 * @example possessorTitle(tokens("X, Merkels Sprecher Steffen Seibert"), 2, lex, true) // undefined (the title is the next name's)
 */
export function possessorTitle(tokens: readonly Token[], j: number, lex: Lexicon, broad: boolean): FoundRole | undefined {
  const owner = tokens[j];
  const t = tokens[j + 1];
  if (!owner?.word || !t || t.sentence !== owner.sentence || !startsUpper(owner.text) || !/[^s]s$/.test(owner.text) || DETERMINERS.has(owner.text)) return undefined;
  const word = titleAt(lex, t, broad);
  if (!word) return undefined;
  const { complement, last } = complementAfter(tokens, j + 1, lex);
  if (complement || !closesApposition(tokens, last)) return undefined;
  return build(word, [], owner.text, j, last);
}
