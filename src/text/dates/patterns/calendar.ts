/**
 * Explicit calendar dates: "27. Juli 1953", "11. August", "1.9.39", "April 2018",
 * "August desselben Jahres", "2016", "Jahr 492 v. Chr.", the tail of "1950-53".
 */
import { DAY_PARTS, MONTH_WORD, WEEKDAYS, WEEKDAY_WORD, monthOf } from '../lexicon.ts';
import type { CalendarExpr, YearSource } from '../types.ts';
import { B, E, MOD_WORD, NB, NE, type Pattern, re, withModifier } from './pattern.ts';
import { isYearContext } from './year-filter.ts';

const BC = '(?<bc>\\s?v\\.\\s?Chr\\.|\\s+vor\\s+Christus)';

/** "desselben Jahres" -> anchor; "diesen Jahres" -> context; "des folgenden Jahres" -> anchor +1. */
export const REL_YEAR =
  '(?<rel>desselben|des\\s+selben|des\\s+gleichen|dieses|diesen|des\\s+folgenden|folgenden|' +
  'des\\s+nächsten|nächsten|kommenden|des\\s+kommenden|vergangenen|des\\s+vergangenen|letzten|' +
  'des\\s+letzten|vorigen|des\\s+vorangegangenen|des\\s+vorherigen)\\s+Jahres';

/**
 * The year a relative phrase points to.
 * @example relativeYear("des folgenden") // { source: "anchor", shift: 1 }
 */
export function relativeYear(rel: string): { source: YearSource; shift: number } {
  const word = rel.replace(/^des\s+/, '');
  if (/^(desselben|selben|gleichen)$/.test(word)) return { source: 'anchor', shift: 0 };
  if (/^(folgenden)$/.test(word)) return { source: 'anchor', shift: 1 };
  if (/^(vorangegangenen|vorherigen)$/.test(word)) return { source: 'anchor', shift: -1 };
  if (/^(nächsten|kommenden)$/.test(word)) return { source: 'context', shift: 1 };
  if (/^(vergangenen|letzten|vorigen)$/.test(word)) return { source: 'context', shift: -1 };
  return { source: 'context', shift: 0 };
}

function toYear(raw: string | undefined, bc: string | undefined): Partial<CalendarExpr> {
  if (!raw) return {};
  return bc ? { year: Number(raw), bc: true } : { year: Number(raw) };
}

/** Text after a day or day-month that names the month and year of a range's other end: "bis zum 1. April 2008". */
const RANGE_END = `\\s*(?:/|und|oder|sowie|bis(?:\\s+zum)?|–|-|auf(?:\\s+den)?|zum)\\s*(?:den\\s+|dem\\s+)?\\d{1,2}\\.\\s?`;

/**
 * "27. Juli 1953", "11. August", "Samstag, den 6. Februar", "Montagmorgen, dem 18. Juni" (the
 * weekday and its part in apposition; not the day a night ends, "in der Nacht zu Samstag, dem 24."),
 * "25. März" (bis zum 1. April 2008), "9. Februars 1904".
 */
const dayMonth: Pattern = {
  name: 'day-month',
  regex: re(
    `${NB}(?:(?<!Nacht\\s+(?:zu|zum|auf|von)\\s+)(?<wd>${WEEKDAY_WORD})(?<part>morgen|vormittag|mittag|nachmittag|abend|nacht)?,?\\s+(?:den\\s+|dem\\s+)?)?(?<day>\\d{1,2})\\.\\s?(?<month>${MONTH_WORD})(?:s(?=\\s+\\d{4}))?` +
      `(?:\\s+(?<year>\\d{4})${BC}?|\\s+${REL_YEAR}|(?=${RANGE_END}${MONTH_WORD}\\s+(?<lyear>\\d{4})${NE})|)${E}`,
  ),
  build(m) {
    const g = m.groups!;
    const day = Number(g.day);
    if (day < 1 || day > 31) return undefined;
    const expr: CalendarExpr = { type: 'calendar', day, month: monthOf(g.month!), ...toYear(g.year ?? g.lyear, g.bc) };
    if (g.rel) expr.yearFrom = relativeYear(g.rel);
    if (g.wd) expr.weekday = WEEKDAYS.get(g.wd.toLowerCase())!;
    if (g.part) expr.time = DAY_PARTS.get(g.part)!;
    return expr;
  },
};

/** The first day of "am 27./28. September", "zwischen dem 15. und 21. Mai": month (and year) from the second. */
const rangeStartDay: Pattern = {
  name: 'range-start-day',
  regex: re(`${NB}(?<day>\\d{1,2})\\.(?=${RANGE_END}(?<month>${MONTH_WORD})(?:\\s+(?<year>\\d{4})${NE})?)`),
  build(m) {
    const g = m.groups!;
    const day = Number(g.day);
    if (day < 1 || day > 31) return undefined;
    return { type: 'calendar', day, month: monthOf(g.month!), ...toYear(g.year, undefined) };
  },
};

/** "1.9.39", "27.07.1953", and ISO "2019-03-05". */
const numeric: Pattern = {
  name: 'numeric',
  regex: re(`${NB}(?:(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4}|\\d{2})` + `|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))${NE}`),
  build(m) {
    const g = m.groups!;
    const day = Number(g.day ?? g.id);
    const month = Number(g.month ?? g.im);
    if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
    const raw = g.year ?? g.iy!;
    // "1.9.39" -> a two-digit year, its century is decided by the reference date
    if (raw.length === 2) return { type: 'calendar', day, month, shortYear: Number(raw) };
    return { type: 'calendar', day, month, year: Number(raw) };
  },
};

/** "April 2018", "Ende Januar 1945", "März diesen Jahres", "August desselben Jahres", "Mai/Juni 1940" (Juni part). */
const monthYear: Pattern = {
  name: 'month-year',
  regex: re(`${B}(?:(?<mod>${MOD_WORD})\\s+)?(?<month>${MONTH_WORD})` + `\\s+(?:(?:des\\s+Jahres\\s+)?(?<year>\\d{4})${NE}${BC}?|${REL_YEAR}${E})`),
  build(m) {
    const g = m.groups!;
    const expr: CalendarExpr = { type: 'calendar', month: monthOf(g.month!), ...toYear(g.year, g.bc) };
    if (g.rel) expr.yearFrom = relativeYear(g.rel);
    withModifier(expr, g.mod);
    return expr;
  },
};

// "im ", "dem ", "seit dem " before "Jahr 30" -> a year, not a count ("pro Jahr 30 Starts")
const YEAR_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:im|dem|das|des|vom|zum|seit)\s+$/iu;

/** "2016", "Jahr 1953", "Jahre 1911", "im Jahr 30", "490 v. Chr.", "Jahr 492 v. Chr."; not "1600 km", not "pro Jahr 30". */
const year: Pattern = {
  name: 'year',
  regex: re(`${NB}(?:(?<jahr>Jahre?s?)\\s+)?(?<year>\\d{1,4})${NE}(?:${BC}|\\s?n\\.\\s?Chr\\.)?`),
  build(m, text) {
    const g = m.groups!;
    const value = Number(g.year);
    if (!g.bc) {
      if (g.year!.length < 4 && !g.jahr) return undefined;
      if (value < 1000 && !g.jahr) return undefined;
      // "im Jahr 30", "seit dem Jahre 800" name an early year; "pro Jahr 30 Starts", "je Jahr 12" count
      if (value < 1000 && !YEAR_ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      if (value > 2100) return undefined;
      const numStart = m.index + m[0].indexOf(g.year!, g.jahr ? g.jahr.length : 0);
      if (!g.jahr && !isYearContext(text, numStart, numStart + g.year!.length)) return undefined;
    }
    return { type: 'calendar', ...toYear(g.year, g.bc) };
  },
};

/** The second year of "1950-53", "1911/12", "1926–28" -> 1953, 1912, 1928. */
const rangeTail: Pattern = {
  name: 'range-tail',
  regex: re(`(?<=${NB}(?<head>\\d{4})\\s?[-–/]\\s?)(?<tail>\\d{2})${NE}`),
  build(m) {
    const head = Number(m.groups!.head);
    if (head < 1000 || head > 2100) return undefined;
    let tail = Math.floor(head / 100) * 100 + Number(m.groups!.tail);
    if (tail <= head) tail += 100;
    if (tail - head > 30) return undefined;
    return { type: 'calendar', year: tail };
  },
};

const HOLIDAYS: ReadonlyMap<string, [number, number]> = new Map([
  ['weihnachten', [12, 25]],
  ['heiligabend', [12, 24]],
  ['heiligen abend', [12, 24]],
  ['silvester', [12, 31]],
  ['neujahr', [1, 1]],
  ['neujahrstag', [1, 1]],
]);

/** "Weihnachten 1966", "Neujahrstag 1863", "an Silvester". */
const holiday: Pattern = {
  name: 'holiday',
  regex: re(
    `${B}(?:(?<h2>Weihnachten|Heiligabend|Silvester|Neujahr|Neujahrstag)\\s+(?<year>\\d{4})${NE}` +
      `|(?<=(?:[Zz]u|[Aa]n|über|[Bb]is|[Ss]eit|[Nn]ach|[Vv]or|[Aa]m)\\s)(?<h1>Weihnachten|Heiligabend|Heiligen Abend|Silvester|Neujahr|Neujahrstag)${E})`,
  ),
  build(m) {
    const g = m.groups!;
    const [month, day] = HOLIDAYS.get((g.h1 ?? g.h2)!.toLowerCase())!;
    return { type: 'calendar', month, day, ...toYear(g.year, undefined) };
  },
};

/**
 * "in der Silvesternacht 2005/06", "Silvesternacht 2005", "in der Neujahrsnacht" -> the night from
 * 31 December to 1 January, as the night of the 31st (like "in der Nacht zum Samstag": the day it
 * begins); its year is the first one a turn of the year names ("2005/06", "2005/2006").
 */
const newYearsEve: Pattern = {
  name: 'new-years-eve',
  regex: re(`${B}(?:Silvester|Neujahrs)nacht(?:\\s+(?<year>\\d{4})(?:\\s?/\\s?(?:\\d{4}|\\d{2}))?${NE})?`),
  build(m) {
    return { type: 'calendar', month: 12, day: 31, time: DAY_PARTS.get('nacht')!, ...toYear(m.groups!.year, undefined) };
  },
};

/** Patterns for explicit dates: "27. Juli 1953", "April 2018", "2016", "1.9.39", "Silvesternacht 2005/06". */
export const CALENDAR_PATTERNS: readonly Pattern[] = [dayMonth, rangeStartDay, numeric, monthYear, year, rangeTail, holiday, newYearsEve];
