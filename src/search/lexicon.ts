/**
 * The German word list behind decompounding, read from a Hunspell dictionary (igerman98, shipped
 * by the `dictionary-de` package). Hunspell marks which entries may begin or continue a
 * compound, including the forms with a linking element ("verbindungs", "staats"); any entry may
 * end one.
 */
import { foldTerm } from './fold.ts';

/** Words that may stand inside (begin/middle) or at the end of a compound, folded. */
export interface Lexicon {
  /** May begin or continue a compound: "atom", "aussen", "vize", "verbindungs". */
  heads: ReadonlySet<string>;
  /** May end a compound (the compound's head noun): "gespraech", "minister", "programm". */
  tails: ReadonlySet<string>;
}

// Hunspell flags of igerman98 that allow a word at the start or inside of a compound:
// x/y = COMPOUNDBEGIN/MIDDLE, j/k/e/i/g = affixes that add those flags ("Atom/EPSmij", "atom/hke")
const COMPOUND_FLAGS = /[xyjkeig]/;
// "Zwei-plus-Zwei", "z.B.", "3D" -> not a plain word
const PLAIN_WORD = /^[a-z]{3,}$/;

/**
 * Build a lexicon from the text of a Hunspell `.dic` file.
 * @example parseHunspellDic("2\nAtom/EPSmij\nGespräch/EPSTm").heads.has("atom") // true
 */
export function parseHunspellDic(dic: string): Lexicon {
  const heads = new Set<string>();
  const tails = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // "\tThis is the dictionary file ..." -> a comment line of the header
    if (line === '' || line.startsWith('\t') || line.startsWith('#')) continue;
    const slash = line.indexOf('/');
    const word = foldTerm(slash < 0 ? line.trim() : line.slice(0, slash));
    if (!PLAIN_WORD.test(word)) continue;
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    tails.add(word);
    if (COMPOUND_FLAGS.test(flags)) heads.add(word);
  }
  return { heads, tails };
}
