/**
 * Seasons, quarters and half-years: "Sommer 1940", "im Herbst", "Spätsommer", "späten Frühjahr
 * 1861", "Frühjahr 479 v. Chr.", "zweiten Quartal", "zweiten Jahreshälfte".
 */
import { SEASONS } from '../lexicon.ts';
import type { CalendarExpr } from '../types.ts';
import { REL_YEAR, relativeYear } from './calendar.ts';
import { B, E, NE, type Pattern, re, withModifier } from './pattern.ts';

/** Words before a bare season that make it a date: "im Herbst", "über den Winter", "bis zum Frühjahr", "Sommer und Herbst". */
const SEASON_CUE = '(?<=(?:^|[^\\p{L}])(?:[Ii]m|[Dd]en|[Dd]em|[Zz]um|[Ss]eit dem|[Vv]or dem|[Nn]ach dem|[Dd]iesen|[Dd]iesem|und|oder|bis)\\s)';

const SEASON_WORD = '(?:Frühjahrs?|Frühlings?|[Ss]ommers?|[Hh]erbst(?:es|s)?|[Ww]inters?)';

/** Year after a season: " 1940", " des Jahres 1940", " 479 v. Chr.", " des nächsten Jahres". */
const SEASON_YEAR = `(?:\\s+(?:des\\s+Jahres\\s+)?(?<year>\\d{4})${NE}|\\s+(?<bcyear>\\d{1,4})\\s?v\\.\\s?Chr\\.|\\s+${REL_YEAR}${E})`;

/** "Sommer 1940", "im Sommer", "Spätsommer", "späten Frühjahr 1861", "Frühjahr des nächsten Jahres". */
const season: Pattern = {
  name: 'season',
  regex: re(`${B}(?:(?<adj>frühen|späten)\\s+)?(?<pre>Spät|Früh)?(?<season>${SEASON_WORD})${E}` + `(?:${SEASON_YEAR}|(?=\\s+(?:und|bis|oder)\\s+${SEASON_WORD}\\s+(?<nextYear>\\d{4})${NE})|)`),
  build(m, text) {
    const g = m.groups!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "im Spätsommer und Herbst 1940": the year of the next season
    const dated = g.year ?? g.bcyear ?? g.rel ?? g.nextYear;
    // a bare "Sommer" needs "im", "den", ... in front ("Theo Sommer" is a name)
    if (!dated && !g.pre && !g.adj && !new RegExp(`${SEASON_CUE}$`, 'u').test(before)) return undefined;
    const word = g.season!.toLowerCase();
    const expr: CalendarExpr = { type: 'calendar', part: SEASONS.get(word) ?? SEASONS.get(word.replace(/e?s$/, ''))! };
    if (g.year ?? g.nextYear) expr.year = Number(g.year ?? g.nextYear);
    if (g.bcyear) Object.assign(expr, { year: Number(g.bcyear), bc: true });
    if (g.rel) expr.yearFrom = relativeYear(g.rel);
    withModifier(expr, g.adj ?? g.pre);
    return expr;
  },
};

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['ersten', 1],
  ['1.', 1],
  ['zweiten', 2],
  ['2.', 2],
  ['dritten', 3],
  ['3.', 3],
  ['vierten', 4],
  ['4.', 4],
]);

/** "zweiten Quartal", "1. Halbjahr 2005", "zweiten Jahreshälfte" -> Q2, H1, H2. */
const quarter: Pattern = {
  name: 'quarter',
  regex: re(`${B}(?<ord>ersten|zweiten|dritten|vierten|[1-4]\\.)\\s+(?<unit>Quartals?|Vierteljahr(?:es)?|Halbjahr(?:es)?|Jahreshälfte)${E}` + `(?:\\s+(?<year>\\d{4})${NE}|\\s+${REL_YEAR}${E})?`),
  build(m) {
    const g = m.groups!;
    const n = ORDINALS.get(g.ord!)!;
    const half = /^(Halbjahr|Jahreshälfte)/.test(g.unit!);
    if (half && n > 2) return undefined;
    const expr: CalendarExpr = { type: 'calendar', part: `${half ? 'H' : 'Q'}${n}` };
    if (g.year) expr.year = Number(g.year);
    if (g.rel) expr.yearFrom = relativeYear(g.rel);
    return expr;
  },
};

/** Patterns for seasons and quarters: "Sommer 1940", "zweiten Quartal". */
export const SEASON_PATTERNS: readonly Pattern[] = [season, quarter];
