/**
 * Months and years without a day: "im September", "Ende Februar", "Mitte Juli", "Anfang 2016",
 * "Ende des Jahres", "Ende des vorangegangenen Jahres", decades and centuries.
 */
import { DECADE_WORDS, MONTH_WORD, monthOf } from '../lexicon.ts';
import type { CalendarExpr } from '../types.ts';
import { REL_YEAR, relativeYear } from './calendar.ts';
import { B, E, MOD_WORD, NB, NE, type Pattern, modifierOf, re, withModifier } from './pattern.ts';

/** Words before a bare month name that make it a date: "im Mai", "seit März", "bis Juni", "für den August". */
const MONTH_CUE = new RegExp(
  '(?:^|[^\\p{L}])(?:im|in|seit|bis|ab|vom|von|zum|zwischen|nach|vor|gegen|für|für den|monat|monats|und|oder|' + 'bzw\\.|sowie|in den|diesen|letzten|vergangenen|kommenden|nächsten)\\s+$',
  'iu',
);

/** Month words that are also given names. */
const NAME_MONTHS = /^(April|Mai|Juni|Juli|August)$/;

/** "im September", "Ende Februar", "gegen Ende Mai", "Mai" in "Mai/Juni 1940"; never "August Bebel". */
const monthAlone: Pattern = {
  name: 'month',
  regex: re(
    `${B}(?:(?<gegen>[Gg]egen\\s+)?(?<mod>${MOD_WORD})\\s+)?(?<month>${MONTH_WORD})${E}` + `(?:(?=(?:\\s?[/–-]\\s?|\\s+(?:und|bis|oder|bzw\\.)\\s+)(?:\\d{1,2}\\.\\s?)?${MONTH_WORD}\\s+(?<year>\\d{4})${NE})|)`,
  ),
  build(m, text) {
    const g = m.groups!;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!g.mod && !g.year) {
      if (!MONTH_CUE.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
      // "von August Bebel", "Juli Zeh" -> a name, not a month ("bis Februar Generalleutnant" is a month)
      if (NAME_MONTHS.test(g.month!) && /^\s\p{Lu}\p{Ll}/u.test(after)) return undefined;
    }
    const expr: CalendarExpr = { type: 'calendar', month: monthOf(g.month!) };
    if (g.year) expr.year = Number(g.year);
    withModifier(expr, g.mod);
    return expr;
  },
};

/** "Anfang 2016", "Ende 1941", "Gegen Ende 1942". */
const modifiedYear: Pattern = {
  name: 'mod-year',
  regex: re(`${B}(?:[Gg]egen\\s+)?(?<mod>${MOD_WORD})\\s+(?<year>\\d{4})${NE}`),
  build(m) {
    return { type: 'calendar', year: Number(m.groups!.year), modifier: modifierOf(m.groups!.mod)! };
  },
};

/** "Ende des Jahres", "Ende des Jahres 1939", "Beginn des Jahres", "im Laufe des Jahres 1944". */
const yearPart: Pattern = {
  name: 'year-part',
  regex: re(`${B}(?:[Gg]egen\\s+)?(?<mod>${MOD_WORD}|Laufe)\\s+des\\s+Jahres(?:\\s+(?<year>\\d{4})${NE})?${E}`),
  build(m) {
    const g = m.groups!;
    const modifier = modifierOf(g.mod);
    if (g.year) return { type: 'calendar', year: Number(g.year), ...(modifier ? { modifier } : {}) };
    return { type: 'shift', unit: 'year', amount: 0, base: 'context', ...(modifier ? { modifier } : {}) };
  },
};

/** "Ende des vorangegangenen Jahres", "Anfang nächsten Jahres", "Jahresbeginn 1944", "Jahresende". */
const relativeYearPart: Pattern = {
  name: 'rel-year-part',
  regex: re(`${B}(?:(?:[Gg]egen\\s+)?(?<mod>${MOD_WORD})\\s+${REL_YEAR}${E}` + `|Jahres(?<w>beginn|anfang|mitte|ende)(?:\\s+(?<year>\\d{4})${NE})?${E})`),
  build(m) {
    const g = m.groups!;
    const modifier = modifierOf(g.mod ?? g.w)!;
    if (g.year) return { type: 'calendar', year: Number(g.year), modifier };
    if (g.rel) return { type: 'calendar', yearFrom: relativeYear(g.rel), modifier };
    return { type: 'shift', unit: 'year', amount: 0, base: 'context', modifier };
  },
};

/** "Ende des Monats" -> the month of the reference date, late. */
const monthPart: Pattern = {
  name: 'month-part',
  regex: re(`${B}(?:[Gg]egen\\s+)?(?<mod>${MOD_WORD})\\s+des\\s+Monats${E}`),
  build(m) {
    return { type: 'shift', unit: 'month', amount: 0, base: 'context', modifier: modifierOf(m.groups!.mod)! };
  },
};

/** "die 1990er Jahre", "den 1930er-Jahren", "den 1970-er Jahren", "in den 1970-ern", "Mitte der 90er Jahre", "den zwanziger Jahren". */
const decade: Pattern = {
  name: 'decade',
  regex: re(
    `${B}(?:(?<mod>${MOD_WORD})\\s+der\\s+|(?:den|die|der)\\s+)?` +
      `(?:(?:${NB}(?<n4>\\d{3})0-?er|${NB}(?<n2>\\d)0-?er|(?<w>${[...DECADE_WORDS.keys()].join('|')}))[-\\s]?Jahren?|${NB}(?<n4b>\\d{3})0-?ern)${E}`,
  ),
  build(m) {
    const g = m.groups!;
    const expr: CalendarExpr = { type: 'calendar' };
    if (g.n4 ?? g.n4b) expr.decade = Number(g.n4 ?? g.n4b);
    else expr.shortDecade = g.n2 ? Number(g.n2) : DECADE_WORDS.get(g.w!)!;
    withModifier(expr, g.mod);
    return expr;
  },
};

/** "20. Jahrhunderts" -> 19, "Ende des 6. Jahrhunderts v. Chr." -> BC05, "8. Jh. v. Chr.". */
const century: Pattern = {
  name: 'century',
  regex: re(`${B}(?:(?<mod>${MOD_WORD})\\s+des\\s+)?${NB}(?<n>\\d{1,2})\\.\\s?(?:Jahrhunderts?${E}|Jh\\.)` + `(?<bc>\\s?v\\.\\s?Chr\\.)?`),
  build(m) {
    const g = m.groups!;
    const n = Number(g.n);
    if (n < 1 || n > 21) return undefined;
    const expr: CalendarExpr = { type: 'calendar', century: n - 1 };
    if (g.bc) expr.bc = true;
    withModifier(expr, g.mod);
    return expr;
  },
};

/** Patterns for months, years and longer periods: "im September", "Ende des Jahres", "90er Jahre". */
export const PERIOD_PATTERNS: readonly Pattern[] = [monthAlone, modifiedYear, yearPart, relativeYearPart, monthPart, decade, century];
