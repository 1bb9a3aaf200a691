/**
 * Deciding whether a bare four-digit number is a year: "1953 ein Waffenstillstand" is,
 * "1600 km", "2009 Euro" and "1500 Menschen" are not.
 */

/** Words after a number that make it a quantity, not a year (compared lower-case). */
const QUANTITY_AFTER = new RegExp(
  '^\\s*(?:%|prozent|km|m|cm|kg|t|ha|mio|mrd|millionen|milliarden|euro|dollar|us-dollar|mark|' +
    'franken|pfund|yen|won|meter|kilometer|tonnen|einwohner|menschen|personen|soldaten|mann|tote|' +
    'toten|opfer|schiffe|schiffen|flugzeuge|panzer|stück|seiten|punkte|stimmen|zuschauer|besucher|' +
    'teilnehmer|mitglieder|fälle|häftlinge|gefangene|kilo|liter|grad|ps|kw|mw|plätze|sitze)(?![\\p{L}])',
  'iu',
);

/** Words right before a number that announce a year ("im", "seit", "Sommer", "Jahr"). */
const YEAR_CUE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?:im|in|seit|bis|ab|von|vom|um|nach|vor|zwischen|und|oder|bzw\\.|sowie|jahr|jahre|' +
    'jahres|jahren|anfang|mitte|ende|beginn|frühjahr|frühling|sommer|herbst|winter|saison|wahl|' +
    'wahlen|jahreswechsel|spielzeit|stand|ab dem|zum)\\s+$|[(/–-]\\s*$',
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
  // "1500 Menschen" (capitalised word next) is a count unless a cue ("im", "seit", "(") precedes
  if (/^ \p{Lu}\p{Ll}/u.test(after) && !YEAR_CUE_BEFORE.test(before)) return false;
  // "Nr. 1953", "§ 2010", "Seite 2000" -> not years
  if (/(?:Nr\.|Nummer|§|Seite|Artikel|Paragraph|Paragraf|Punkt)\s*$/u.test(before)) return false;
  return true;
}
