/**
 * How the pairs of place names and their adjectives ("Indien" / "indisch", "Nordkorea" /
 * "nordkoreanisch", "China" / "chinesisch"; places.ts) are derived. They are data,
 * place-adjectives.json, derived by `derivePlaceAdjectives` from two named sources: the igerman98
 * word list of `dictionary-de` (its adjectives in -isch, and its proper names: capitalised entries
 * inflected only with a genitive -s) and the German country names of `i18n-iso-countries`. A pair
 * is made by the regular rules of German place adjectives (`placeCandidates`), never by hand.
 * `npx tsx test/support/record-place-adjectives.ts` writes the file again;
 * test/search/place-adjectives.test.ts fails while it differs from the derivation.
 */
import dictionary from 'dictionary-de';
import countries from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import { foldTerm } from './fold.ts';
import type { PlacePair } from './places.ts';

// an adjective of the word list: "indisch/A", "nordkoreanisch/A", "europäisch/AC"
const ADJECTIVE = /^(\p{Ll}{3,})isch\/\p{L}*A/u;
// a proper name of the word list: capitalised, inflected with a genitive -s only ("Indien/Sm",
// "Amerika/Smij"); "Magen/Smij" is one too, hence the rules' length limits below
const PROPER_NAME = /^(\p{Lu}\p{Ll}+)\/S(?:m(?:ij)?)?$/u;
// a lower-case word of its own: "tragen/BDIVW" (a verb), so "Tragen" is no place of "tragisch";
// not the forms a compound begins with ("indien/Sozm", "türkei/ozm", "japan/hke": Indienreise)
const LOWER_CASE = /^(\p{Ll}+)(?:\/(?![^z]*z|hke$)|$)/u;

/**
 * The places an adjective's base (the adjective without -isch, folded) may name, by the regular
 * rules: indisch -> Ind-ien, russisch -> Russ-land, griechisch -> Griech-enland, türkisch ->
 * Türk-ei, ukrainisch -> Ukrain-e, schwedisch -> Schwed-en, bayerisch -> Bayer-n, afghanisch ->
 * Afghan-istan, kasachisch -> Kasach-stan; -an- and -es- drop before the place's ending
 * (koreanisch -> Korea, sizilianisch -> Sizili-en, mexikanisch -> Mexik-o, haitianisch -> Haiti,
 * chinesisch -> Chin-a, nepalesisch -> Nepal); europäisch -> Europa. The base alone (japanisch
 * -> Japan) is kept for country names only (`country`), as "typisch" is not about a "Typ".
 * @example placeCandidates("ind").named.includes("indien") // true (only those in the word list count)
 */
export function placeCandidates(base: string): { named: string[]; country: string[] } {
  const named = [`${base}ien`, `${base}land`, `${base}enland`, `${base}ei`, `${base}n`, `${base}istan`, `${base}stan`];
  // "schwed" -> Schweden, "ukrain" -> Ukraine, but "mag" (magisch) is no "Magen": four letters at least
  if (base.length >= 4) named.push(`${base}en`, `${base}e`);
  if (base.endsWith('an') && base.length >= 5) {
    const short = base.slice(0, -2);
    named.push(base.slice(0, -1), `${short}en`, `${short}o`);
    // "haiti" (haitianisch), "hawaii" (hawaiianisch)
    if (short.endsWith('i')) named.push(short);
  }
  if (base.endsWith('es') && base.length >= 5) {
    const short = base.slice(0, -2);
    named.push(`${short}a`, short);
  }
  // "europa" (europäisch, folded europaisch), "ghana" (ghanaisch)
  if (base.endsWith('a') && base.length >= 4) named.push(base);
  return { named, country: [base] };
}

/**
 * Every place adjective of a Hunspell word list paired with its place, folded and sorted; a
 * place keeps its shortest adjective only ("indisch", not "indianisch", for Indien).
 * `dic` is the `.dic` text; `countries` the country names (any case).
 * @example derivePlaceAdjectives("3\nIndien/Sm\nindisch/A\ntypisch/A", []) // [["indisch", "indien"]]
 */
export function derivePlaceAdjectives(dic: string, countries: readonly string[]): PlacePair[] {
  const names = new Set<string>();
  const lower = new Set<string>();
  const adjectives = new Set<string>();
  for (const line of dic.split('\n')) {
    const name = PROPER_NAME.exec(line);
    if (name) names.add(foldTerm(name[1]!));
    const plain = LOWER_CASE.exec(line);
    if (plain) lower.add(foldTerm(plain[1]!));
    const adjective = ADJECTIVE.exec(line);
    if (adjective) adjectives.add(foldTerm(adjective[1]!));
  }
  const countryNames = new Set(countries.map(foldTerm));
  // place -> its shortest adjectives: Indien is "indisch", not "indianisch" (Indianer)
  const shortest = new Map<string, string[]>();
  for (const base of adjectives) {
    const { named, country } = placeCandidates(base);
    // a proper name of the word list, or a country ("Türkei/m", "Ukraine/m" have no genitive -s)
    const places = [...named.filter((place) => (names.has(place) || countryNames.has(place)) && !lower.has(place)), ...country.filter((place) => countryNames.has(place))];
    for (const place of new Set(places)) {
      const kept = shortest.get(place);
      if (!kept || kept[0]!.length > base.length) shortest.set(place, [base]);
      else if (kept[0]!.length === base.length) kept.push(base);
    }
  }
  const found = [...shortest].flatMap(([place, bases]) => bases.map((base): [string, string] => [`${base}isch`, place]));
  return found.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/** The pairs derived from dictionary-de and i18n-iso-countries (what place-adjectives.json holds). */
export function derivedFromPackages(): PlacePair[] {
  const names = Object.values(countries.countries as Record<string, string | string[]>).flat();
  return derivePlaceAdjectives(new TextDecoder('utf-8').decode(dictionary.dic), names);
}
