/**
 * Frequent German family names that are also ordinary nouns ("Müller", "Fischer", "Koch"): after a
 * first name they are surnames even though the noun lexicon knows them; a doer's noun in "-er" may be
 * one ("Reiter"), a noun's plural is none ("Probleme").
 */
import { singularOf } from '../lexicon/index.ts';

const NOUN_SURNAMES = new Set([
  'Müller',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Meier',
  'Wagner',
  'Becker',
  'Schulz',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Lehmann',
  'Köhler',
  'König',
  'Kaiser',
  'Fuchs',
  'Lang',
  'Weiß',
  'Jung',
  'Hahn',
  'Vogel',
  'Keller',
  'Berger',
  'Winkler',
  'Roth',
  'Beck',
  'Schuster',
  'Winter',
  'Krämer',
  'Stein',
  'Jäger',
  'Sommer',
  'Groß',
  'Haas',
  'Schreiber',
  'Graf',
  'Kuhn',
  'Engel',
  'Horn',
  'Busch',
  'Bergmann',
  'Sauer',
  'Pfeiffer',
  'Brand',
  'Brandt',
  'Schumacher',
  'Baumann',
  'Herrmann',
  'Schmied',
  'Bauer',
  'Schäfer',
  'Hoffmann',
  'Zimmer',
  'Gärtner',
  'Metzger',
  'Schmitz',
  'Ritter',
  'Vogt',
  'Hermann',
  'Kraft',
  'Frank',
  'Bürger',
  'Arndt',
  'Stark',
  'Kühn',
  'Fink',
  'Specht',
  'Strauß',
  'Storch',
  'Adler',
  'Falke',
  'Hirsch',
  'Bär',
  'Löw',
  'Schütz',
  'Schütze',
  'Förster',
  'Kaufmann',
  'Pfarrer',
  'Decker',
  'Dreher',
  'Drechsler',
  'Glaser',
  'Maurer',
  'Sattler',
  'Seiler',
  'Töpfer',
  'Wirth',
  'Ziegler',
  'Bach',
  'Berg',
  'Busch',
  'Kamp',
  'Wendt',
  'Schick',
  'Lorenz',
  'Heller',
  'Böhm',
  'Kessler',
  'Kohl',
  'Scholz',
  'Merz',
  'Spahn',
  'Laschet',
  'Kopf',
  'Kurz',
  'Faber',
  'Zeller',
  'Fleischer',
  'Hauser',
  'Bischof',
  'Probst',
  'Schultheiß',
  'Vetter',
]);

/**
 * Whether a noun is also a frequent German family name.
 * @example isNounSurname("Fischer") // true; isNounSurname("Sport") // false
 */
export function isNounSurname(word: string): boolean {
  return NOUN_SURNAMES.has(word);
}

// a noun in "-er" after a consonant, the ending of a doer's noun: "Reiter", "Brenner", "Zöllner" (not "Sport", "Bauer" is listed)
const AGENT = /^\p{Lu}\p{Ll}*[^aeiouäöü]er$/u;

/**
 * A noun in "-er" after a first name read as a surname ("Thomas Reiter", "Hans Brenner"): the
 * ending of a doer's noun, the commonest kind of German family name, and no plural of another noun
 * ("Kinder", "Länder", "Bilder").
 * @example agentSurname("Reiter") // true; agentSurname("Kinder") // false; agentSurname("Sport") // false
 */
export function agentSurname(word: string): boolean {
  return AGENT.test(word) && !nounPlural(word);
}

/**
 * A plural of a listed noun: "Probleme" (of "Problem"), "Kinder"; no name word after a name ("Riggs", "Márquez").
 * @example nounPlural("Probleme") // true; nounPlural("Scheffer") // false
 */
export function nounPlural(word: string): boolean {
  const singular = singularOf(word);
  return !!singular && singular.base !== word;
}
