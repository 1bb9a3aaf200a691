/**
 * The word knowledge people and quote recognition rely on, as plain sets: ordinary German
 * nouns, first names with gender, stopwords, country names, subjunctive verb forms.
 * Build one with `defaultLexicon()` (from npm data packages) or by hand in tests.
 */
import { memoizeFor } from './memo.ts';

/** Grammatical/natural gender as far as a name or title tells it. */
export type Gender = 'male' | 'female' | 'unknown';

/** Everything the recognisers look words up in. All sets are case-sensitive unless noted. */
export interface Lexicon {
  /** Surface forms (all cases, both numbers) of ordinary German nouns, capitalised: "Blinken", "Büros". */
  nouns: ReadonlySet<string>;
  /** Lower-case first names with gender: "antony" -> male. */
  firstNames: ReadonlyMap<string, Gender>;
  /** Lower-case German function words: "und", "sagte", "man". */
  stopwords: ReadonlySet<string>;
  /** Country names as written in German: "Nordkorea", "USA", "Frankreich". */
  countries: ReadonlySet<string>;
  /** Lower-case finite forms that can only be subjunctive: "sei", "habe", "hätten", "gehe". */
  konjunktiv: ReadonlySet<string>;
  /** The subset that is Konjunktiv I ("sei", "habe", "gehe"): reported speech without a cue verb. */
  konjunktiv1: ReadonlySet<string>;
  /** Lower-case finite verb forms whose number is unambiguous: "sagte" -> sg, "sagten" -> pl. */
  verbNumber: ReadonlyMap<string, 'sg' | 'pl'>;
  /** Lower-case finite verb forms and past participles: "sagte", "gesagt", "kündigte". */
  verbs: ReadonlySet<string>;
}

/**
 * Whether a capitalised word is an ordinary German noun, compounds included: the word itself,
 * its last hyphen part, or a known noun of at least four letters at its end. Worked out once per
 * word and lexicon (a lexicon must not change once in use).
 * @example isNoun(lex, "Verbindungsbüro") // true ("Büro"); isNoun(lex, "Biegun") // false
 */
export const isNoun: (lex: Lexicon, word: string) => boolean = memoizeFor(nounCheck);

function nounCheck(lex: Lexicon, word: string): boolean {
  if (lex.nouns.has(word)) return true;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && hyphen < word.length - 1) return isNoun(lex, word.slice(hyphen + 1));
  for (let i = 3; i <= word.length - 4; i++) {
    const tail = word[i]!.toUpperCase() + word.slice(i + 1);
    if (lex.nouns.has(tail)) return true;
  }
  return false;
}

/**
 * The gender of a first name, or undefined when the word is not one.
 * @example firstNameGender(lex, "Angela") // "female"; firstNameGender(lex, "Kaesong") // undefined
 */
export function firstNameGender(lex: Lexicon, word: string): Gender | undefined {
  return lex.firstNames.get(word.toLowerCase());
}

/**
 * Whether a word is a German function word (compared lower-case).
 * @example isStopword(lex, "Und") // true
 */
export function isStopword(lex: Lexicon, word: string): boolean {
  return lex.stopwords.has(word.toLowerCase());
}

/**
 * Whether a word is a country name, also in the genitive ("Nordkoreas", "Chinas").
 * @example isCountry(lex, "Südkoreas") // true
 */
export function isCountry(lex: Lexicon, word: string): boolean {
  if (lex.countries.has(word)) return true;
  return word.endsWith('s') && lex.countries.has(word.slice(0, -1));
}
