/**
 * A title phrase with a definite article in an oblique case and no name after it: "dem Minister",
 * "den Demokraten", "des bisherigen Trainers", "der Ex-Ministerpräsidentin" (a woman, dative or
 * genitive). Only forms that are singular and show one gender are read: "den Ministern" (a dative
 * plural) and "der Vorsitzenden" (a woman or a genitive plural) are not.
 */
import { infoOf, isCountry, type Lexicon, personNoun, roleAt, type RoleWord, type Token, startsUpper } from '../lexicon/index.ts';
import { build, complementAfter, type FoundRole, MODIFIERS } from './role-phrase.ts';

/** Articles of the oblique singular: "dem"/"den"/"des" (masculine), "der" (feminine dative and genitive). */
export const OBLIQUE_ARTICLES: ReadonlySet<string> = new Set(['dem', 'den', 'des', 'der', 'Dem', 'Den', 'Des', 'Der']);

// an inflected adjective of the oblique case, also with a number: "neuen", "45-jährigen" (e.g. "dem 45-jährigen Lehrer")
const OBLIQUE_ADJECTIVE = /^(\d+-)?\p{Ll}+en$/u;
// an age in words before the adjective "alten": "des 32 Jahre alten Fußballprofis"
const AGE_NUMBER = /^\d{1,3}$/;
/** Adjectives passed over between the article and the title. */
const MAX_ADJECTIVES = 2;

/**
 * The oblique title phrase opened by the article at token `i`, or undefined.
 * @example renderRole(obliquePhraseAt(tokens("Der Ex-Ministerpräsidentin wird vorgeworfen"), 0, lex)!, "female") // "Ex-Ministerpräsidentin"
 * @example obliquePhraseAt(tokens("dankte den Ministern"), 1, lex) // undefined (a plural)
 */
export function obliquePhraseAt(tokens: readonly Token[], i: number, lex: Lexicon): FoundRole | undefined {
  const article = tokens[i]?.text.toLowerCase() ?? '';
  if (!OBLIQUE_ARTICLES.has(article)) return undefined;
  let j = i + 1;
  const mods: string[] = [];
  while (tokens[j]?.word && MODIFIERS.test(tokens[j]!.text) && !roleAt(lex, tokens[j])) mods.push(tokens[j++]!.text);
  for (let n = 0; n < MAX_ADJECTIVES; n++) {
    // "32 Jahre alten"
    if (AGE_NUMBER.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === 'Jahre' && tokens[j + 2]?.text === 'alten') j += 3;
    else if (tokens[j]?.word && OBLIQUE_ADJECTIVE.test(tokens[j]!.text) && !infoOf(lex, tokens[j]!).stopword && !lex.verbs.has(tokens[j]!.text)) j++;
    else break;
  }
  const t = tokens[j];
  if (!t?.word || t.sentence !== tokens[i]!.sentence) return undefined;
  const word = roleAt(lex, t) ?? personNoun(t.text);
  if (!word) return undefined;
  const gender = obliqueGender(article, word, t.text);
  if (!gender) return undefined;
  // "dem Präsidenten Barack Obama": a name follows, the title is the name's; any capitalised word
  // may be a name here ("dem Bundestagsabgeordneten Montag", a surname that is also a noun), a country aside
  const next = tokens[j + 1];
  if (next && startsUpper(next.text) && !isCountry(lex, next.text)) return undefined;
  const { complement, last } = complementAfter(tokens, j, lex);
  return build(word, mods, complement, i, last, gender);
}

/**
 * The gender an oblique singular shows, or undefined when the form is no singular of one gender:
 * "der Ministerin" -> female; "dem Minister", "den Präsidenten", "des Ministers", "des Vorsitzenden" -> male.
 * @example obliqueGender("des", roleWord("Minister")!, "Ministers") // "male"
 * @example obliqueGender("den", roleWord("Minister")!, "Ministern") // undefined
 */
export function obliqueGender(article: string, word: RoleWord, text: string): 'male' | 'female' | undefined {
  const a = article.toLowerCase();
  if (word.adjectival) return a !== 'der' && text === `${word.base}n` && word.base.endsWith('e') ? 'male' : undefined;
  if (a === 'der') return word.gender === 'female' && text === word.base ? 'female' : undefined;
  if (word.gender !== 'male') return undefined;
  // a weak noun ("Präsident" -> "Präsidenten", "Kollege" -> "Kollegen"); "-er"/"-el" nouns add "-n" and
  // "-or" nouns "-en" in the plural only ("den Ministern", "den Organisatoren")
  const weak = (/e$/.test(word.base) && text === `${word.base}n`) || (!/(er|el|en|or)$/.test(word.base) && text === `${word.base}en`);
  if (a === 'des') return weak || text === `${word.base}s` || text === `${word.base}es` ? 'male' : undefined;
  return weak || text === word.base ? 'male' : undefined;
}
