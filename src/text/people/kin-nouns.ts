/**
 * Kinship and partnership nouns ("Tochter", "Ehemann") with the gender they show, and the noun a
 * declined form is ("Sohnes" -> "Sohn").
 */
import { type Gender, memoize, startsUpper, type Token } from '../lexicon/index.ts';

/** Kinship and partnership nouns with the gender they show. */
export const KIN: Readonly<Record<string, Gender>> = {
  Tochter: 'female',
  Sohn: 'male',
  Ehefrau: 'female',
  Ehemann: 'male',
  Bruder: 'male',
  Schwester: 'female',
  Vater: 'male',
  Mutter: 'female',
  Witwe: 'female',
  Witwer: 'male',
  Neffe: 'male',
  Nichte: 'female',
  Enkel: 'male',
  Enkelin: 'female',
  Cousin: 'male',
  Cousine: 'female',
  Onkel: 'male',
  Tante: 'female',
  Schwiegersohn: 'male',
  Schwiegertochter: 'female',
  Lebensgefährtin: 'female',
  Lebensgefährte: 'male',
  Halbbruder: 'male',
  Halbschwester: 'female',
};

/** The kinship noun a token is, in any singular case ("Sohnes", "Neffen"), or undefined. */
export function kinAt(t: Token | undefined): string | undefined {
  return t?.word && startsUpper(t.text) ? kinOf(t.text) : undefined;
}

/**
 * The kinship noun a word is, in any singular case ("Sohnes", "Neffen"), or undefined.
 * @example kinOf("Bruders") // "Bruder"
 */
export const kinOf = memoize((word: string): string | undefined => {
  if (Object.hasOwn(KIN, word)) return word;
  // "seinem Sohne", "des Sohnes", "den Neffen"
  const stem = word.replace(/(es|s|e|n)$/, '');
  return [stem, `${stem}e`].find((w) => Object.hasOwn(KIN, w));
});

// a partner or the family, beside the kinship nouns: "die Frau des Präsidenten", "die Familie des Ministers"
const PARTNER = /^(Frau|Mann|Freund|Freundin|Familie)$/;

/**
 * Whether a word names somebody's relative or partner before a genitive: a kinship noun in any
 * singular case ("Bruder", "Sohnes") or "Frau", "Mann", "Freund(in)", "Familie".
 * @example relativeNoun("Frau") // true; relativeNoun("Büro") // false
 */
export function relativeNoun(word: string): boolean {
  return kinOf(word) !== undefined || PARTNER.test(word);
}
