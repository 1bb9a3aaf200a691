/**
 * German verb particles and prepositions that begin words ("Mitarbeiter", "Vorwurf", "Ausweitung").
 */

/**
 * The particles: never a compound's first part (decompound.ts: "Mitarbeiter" is not about
 * "Arbeiter", "vorzunehmen" not about "zunehmen"), and a word made of one and a German word is
 * German (lexicon.ts: "Vorwurf", which the word list leaves to its affix rules, is no name).
 * @example PARTICLES.has("vor") // true
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'ab',
  'an',
  'auf',
  'aus',
  'bei',
  'ein',
  'mit',
  'nach',
  'vor',
  'zu',
  'um',
  'durch',
  'ueber',
  'unter',
  'gegen',
  'wieder',
  'weg',
  'her',
  'hin',
  'dar',
  'los',
  'zurueck',
  'fest',
  'frei',
  'voll',
  'selbst',
  'gleich',
  'hinter',
  'neben',
  'zwischen',
  'vorbei',
  'heraus',
  'hinaus',
  'herum',
  'zusammen',
]);
