/**
 * Deciding whether a bare four-digit number is a year: "1953 ein Waffenstillstand" is,
 * "1600 km", "2009 Euro", "1000 qm" and "1500 Menschen" are not.
 */

/** Words after a number that make it a quantity, not a year (compared lower-case). */
const QUANTITY_AFTER = new RegExp(
  '^\\s*(?:%|prozent|km|m|cm|kg|t|ha|mio|mrd|millionen|milliarden|euro|dollar|us-dollar|mark|' +
    'franken|pfund|yen|won|meter|kilometer|tonnen|einwohner|menschen|personen|soldaten|mann|tote|' +
    'toten|opfer|schiffe|schiffen|flugzeuge|panzer|stück|seiten|punkte|stimmen|zuschauer|besucher|' +
    'teilnehmer|mitglieder|fälle|häftlinge|gefangene|kilo|liter|grad|ps|kw|mw|plätze|sitze|qm|quadratmeter|quadratkilometer|hektar|megabyte|gigabyte)(?![\\p{L}])',
  'iu',
);

/**
 * Words right before a number that announce a year even before a noun ("Sommer 1940 Rumäniens", "bis
 * 1881 Banken", a list item "* 1920 Chili-Krieg"; a singular copula, "war 1516 König", "wurde 1990
 * Weltmeister": a count after it would take "waren"/"wurden").
 */
const STRONG_CUE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:im|seit|jahr|jahre|jahres|jahren|anfang|mitte|ende|beginn|frühjahr|frühling|sommer|herbst|' +
    'winter|saison|jahreswechsel|spielzeit|stand|bis|war|ist|wurde|wird)\\s+$|[(/–-]\\s*$|\\d{4}\\s+(?:und|oder|bzw\\.|sowie)\\s+$|(?:^|\\n)\\s*(?:[*•]\\s*)?$',
  'iu',
);

/**
 * Whether the four-digit number at `start..end` of `text` reads as a year.
 * @example isYearContext("Auf 1600 km", 4, 8) // false
 * @example isYearContext("In Panmunjom wurde 1953 ein Waffenstillstand", 19, 23) // true
 */
export function isYearContext(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (QUANTITY_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, start - 25), start);
  // "1370 Landungsboote", "in 2000 Dörfer" (capitalised word next) count things unless "im", "seit", "(" precede
  if (/^ \p{Lu}\p{Ll}/u.test(after) && !STRONG_CUE_BEFORE.test(before)) return false;
  // "Nr. 1953", "§ 2010", "Seite 2000", "UN-Resolution 1612", "Flug 1549" -> not years
  if (/(?:Nr\.|Nummer|§|Seite|Artikel|Paragraph|Paragraf|Punkt|Resolution|Kapitel|Band|Flug|Linie|Zimmer|Gleis|Modell|Typ|Version)\s*$/u.test(before)) return false;
  return true;
}
