/**
 * The German word list behind decompounding, read from a Hunspell dictionary (igerman98, shipped
 * by the `dictionary-de` package). Hunspell marks which entries may begin or continue a
 * compound, including the forms with a linking element ("verbindungs", "staats"); any entry may
 * end one.
 */
import { foldTerm } from './fold.ts';
import { PARTICLES } from './particles.ts';

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

// Inflected and derived forms the word list leaves to its affix rules: "Proteste", "Kanzlers"
// (plural and genitive endings on a listed noun), "Regierung", "Sperrungen" (nouns made with a
// suffix), "heikle", "teure" (adjectives in -el/-er losing their e), "beschließt", "tobte" (verbs)
const INFLECTIONS = ['e', 'en', 'n', 's', 'es', 'ens', 'ern'];
// "regierung", "sperrungen", "sicherheit", "gemeinschaften", "nationen": a noun suffix, 3+ letters before it
const DERIVED_NOUN = /^[a-z]{3,}(?:ung|heit|keit|schaft|taet|ion)(?:en|s)?$/;
// "heikle" -> heik(e)l, "teure" -> teu(e)r, "dunklen" -> dunk(e)l
const CONTRACTED = /^([a-z]{2,})([lr])(?:e|en|em|er|es)$/;
// "beschliesst" -> beschliess(en), "tobte" -> tob(en), "grassiert" -> grassier(en): a verb's present or past form
const VERB_ENDINGS = ['t', 'st', 'te', 'ten', 'test', 'tet'];

/** Shortest German word after a particle ("wurf" in "vorwurf"; "Anke" is no an + "ke"). */
const MIN_AFTER_PARTICLE = 4;

/**
 * Whether a folded word is a German word of the lexicon or a regular form of one (so not a typo):
 * listed, a listed word with a plural or genitive ending, a noun in -ung/-heit/-keit/-schaft/
 * -tät/-ion, an adjective in -el/-er without its e, a present or past form of a listed verb, or
 * one of these after a verb particle ("Vorwurf": vor + Wurf).
 * @example knowsForm(lexicon, "regierung") // true
 * @example knowsForm(lexicon, "biegun") // false
 */
export function knowsForm(lexicon: Lexicon, folded: string): boolean {
  if (knowsRegularForm(lexicon, folded)) return true;
  // "vorwurf", "vorwurfe" = vor + Wurf(e): a particle before a German word of 4+ letters
  for (let cut = 2; cut <= 8 && folded.length - cut >= MIN_AFTER_PARTICLE; cut++) if (PARTICLES.has(folded.slice(0, cut)) && knowsRegularForm(lexicon, folded.slice(cut))) return true;
  return false;
}

function knowsRegularForm(lexicon: Lexicon, folded: string): boolean {
  if (lexicon.tails.has(folded) || lexicon.heads.has(folded) || DERIVED_NOUN.test(folded)) return true;
  for (const ending of INFLECTIONS) if (folded.length - ending.length >= 4 && folded.endsWith(ending) && lexicon.tails.has(folded.slice(0, -ending.length))) return true;
  const contracted = CONTRACTED.exec(folded);
  if (contracted && lexicon.tails.has(`${contracted[1]}e${contracted[2]}`)) return true;
  for (const ending of VERB_ENDINGS) {
    const stem = folded.slice(0, -ending.length);
    if (stem.length >= 3 && folded.endsWith(ending) && (lexicon.tails.has(`${stem}en`) || lexicon.tails.has(`${stem}n`))) return true;
  }
  return false;
}
