/**
 * German words the date patterns are built from: months, weekdays, seasons, number words, units.
 * Everything here is data plus tiny lookups; the regexes live in `patterns/`.
 */

/** Month names and common abbreviations, mapped to 1..12 (keys lower-case). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1],
  ['jänner', 1],
  ['jan.', 1],
  ['februar', 2],
  ['feber', 2],
  ['feb.', 2],
  ['märz', 3],
  ['april', 4],
  ['apr.', 4],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['august', 8],
  ['aug.', 8],
  ['september', 9],
  ['sept.', 9],
  ['sep.', 9],
  ['oktober', 10],
  ['okt.', 10],
  ['november', 11],
  ['nov.', 11],
  ['dezember', 12],
  ['dez.', 12],
]);

/** Weekday names mapped to JavaScript day numbers (0 = Sunday). No abbreviations: "So", "Do" are words and names. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sonntag', 0],
  ['montag', 1],
  ['dienstag', 2],
  ['mittwoch', 3],
  ['donnerstag', 4],
  ['freitag', 5],
  ['samstag', 6],
  ['sonnabend', 6],
]);

/** TIMEX season codes for German season words (compounds such as "Spätsommer" are handled by the pattern). */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['frühjahr', 'SP'],
  ['frühjahrs', 'SP'],
  ['frühling', 'SP'],
  ['frühlings', 'SP'],
  ['sommer', 'SU'],
  ['sommers', 'SU'],
  ['herbst', 'FA'],
  ['herbstes', 'FA'],
  ['herbsts', 'FA'],
  ['winter', 'WI'],
  ['winters', 'WI'],
]);

/** Parts of the day and their TIMEX codes ("Morgen" -> MO). */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morgen', 'MO'],
  ['morgens', 'MO'],
  ['vormittag', 'MO'],
  ['morgenstunden', 'MO'],
  ['vormittagsstunden', 'MO'],
  ['mittagsstunden', 'MI'],
  ['nachmittagsstunden', 'AF'],
  ['abendstunden', 'EV'],
  ['nachtstunden', 'NI'],
  ['früh', 'MO'],
  ['mittag', 'MI'],
  ['nachmittag', 'AF'],
  ['abend', 'EV'],
  ['abends', 'EV'],
  ['nacht', 'NI'],
]);

// "TNI" -> the time of a night (DAY_PARTS' "Nacht"), ending a resolved value
const NIGHT = `T${DAY_PARTS.get('nacht')}`;

/**
 * Whether a resolved value is a night, dated by the day it begins on ("in der Nacht zum Samstag" is Friday's).
 * @example isNightValue("2006-07-04TNI") // true
 */
export function isNightValue(value: string): boolean {
  return value.endsWith(NIGHT);
}

/** Number words up to the twenties and the round tens; inflected forms of "ein" count as 1. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['ein', 1],
  ['eine', 1],
  ['einen', 1],
  ['einem', 1],
  ['einer', 1],
  ['eines', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['elf', 11],
  ['zwölf', 12],
  ['dreizehn', 13],
  ['vierzehn', 14],
  ['fünfzehn', 15],
  ['sechzehn', 16],
  ['siebzehn', 17],
  ['achtzehn', 18],
  ['neunzehn', 19],
  ['zwanzig', 20],
  ['dreißig', 30],
  ['vierzig', 40],
  ['fünfzig', 50],
  ['sechzig', 60],
  ['siebzig', 70],
  ['achtzig', 80],
  ['neunzig', 90],
  ['hundert', 100],
  ['anderthalb', 1.5],
  ['eineinhalb', 1.5],
  ['zweieinhalb', 2.5],
]);

/** Decade words: "zwanziger Jahre" -> 2 (the tens digit). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['zwanziger', 2],
  ['dreißiger', 3],
  ['vierziger', 4],
  ['fünfziger', 5],
  ['sechziger', 6],
  ['siebziger', 7],
  ['achtziger', 8],
  ['neunziger', 9],
]);

/** Time units as they appear in text (all inflections), mapped to a unit code. */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

const UNIT_STEMS: ReadonlyArray<[RegExp, Unit]> = [
  [/^minuten?$/, 'minute'],
  [/^stunden?$/, 'hour'],
  [/^tage?n?$|^tages$/, 'day'],
  [/^wochen?$/, 'week'],
  [/^monate?n?$|^monats$/, 'month'],
  [/^jahre?n?$|^jahres$/, 'year'],
  [/^jahrzehnte?n?$/, 'decade'],
];

/** Regex source for any inflected unit word ("Tagen", "Monate", "Jahrzehnte"). */
export const UNIT_WORD = '(?:Minuten?|Stunden?|Tag(?:e|en)?|Wochen?|Monat(?:e|en)?|Jahrzehnt(?:e|en)?|Jahr(?:e|en)?)';

/** Regex source for a number written as digits or as a word ("drei", "12", "anderthalb"). */
export const NUMBER = `(?:\\d{1,3}(?:,5)?|${[...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

/**
 * The unit a word names.
 * @example unitOf("Jahren") // "year"
 */
export function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase();
  return UNIT_STEMS.find(([re]) => re.test(lower))?.[1];
}

/**
 * The value of a number written as digits or a word.
 * @example parseNumber("drei") // 3
 * @example parseNumber("12") // 12
 */
export function parseNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+(,5)?$/.test(lower)) return Number(lower.replace(',', '.'));
  return NUMBER_WORDS.get(lower);
}

/**
 * The month number for a month word (case-insensitive).
 * @example monthOf("März") // 3
 */
export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

/** Regex source matching any month word: "Juli", "Jan.", "Sept.". */
export const MONTH_WORD = `(?:${[...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => m.charAt(0).toUpperCase() + m.slice(1).replace('.', '\\.'))
  .join('|')})`;

/** Regex source matching any weekday word. */
export const WEEKDAY_WORD = `(?:${[...WEEKDAYS.keys()].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})`;
