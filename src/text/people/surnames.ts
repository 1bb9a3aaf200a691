/**
 * Frequent German family names that are also ordinary nouns ("Müller", "Fischer", "Koch"): after a
 * first name they are surnames even though the noun lexicon knows them.
 */

const NOUN_SURNAMES = new Set([
  'Müller', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Meier', 'Wagner', 'Becker', 'Schulz', 'Koch',
  'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hartmann',
  'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'König', 'Kaiser', 'Fuchs', 'Lang', 'Weiß', 'Jung',
  'Hahn', 'Vogel', 'Keller', 'Berger', 'Winkler', 'Roth', 'Beck', 'Schuster', 'Winter', 'Krämer', 'Stein',
  'Jäger', 'Sommer', 'Groß', 'Haas', 'Schreiber', 'Graf', 'Kuhn', 'Engel', 'Horn', 'Busch', 'Bergmann',
  'Sauer', 'Pfeiffer', 'Brand', 'Brandt', 'Schumacher', 'Baumann', 'Herrmann', 'Schmied', 'Bauer', 'Schäfer',
  'Hoffmann', 'Zimmer', 'Gärtner', 'Metzger', 'Schmitz', 'Ritter', 'Vogt', 'Hermann', 'Kraft', 'Frank',
  'Bürger', 'Arndt', 'Stark', 'Kühn', 'Fink', 'Specht', 'Strauß', 'Storch', 'Adler', 'Falke', 'Hirsch',
  'Bär', 'Löw', 'Schütz', 'Schütze', 'Förster', 'Kaufmann', 'Pfarrer', 'Decker', 'Dreher', 'Drechsler',
  'Glaser', 'Maurer', 'Sattler', 'Seiler', 'Töpfer', 'Wirth', 'Ziegler', 'Bach', 'Berg', 'Busch', 'Kamp',
  'Wendt', 'Schick', 'Lorenz', 'Heller', 'Böhm', 'Kessler', 'Kohl', 'Scholz', 'Merz', 'Spahn', 'Laschet',
  'Kopf', 'Kurz', 'Faber', 'Zeller', 'Fleischer', 'Hauser', 'Bischof', 'Probst', 'Schultheiß', 'Vetter',
]);

/**
 * Whether a noun is also a frequent German family name.
 * @example isNounSurname("Fischer") // true; isNounSurname("Sport") // false
 */
export function isNounSurname(word: string): boolean {
  return NOUN_SURNAMES.has(word);
}
