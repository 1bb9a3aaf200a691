/**
 * Expressions relative to the article's own date: "gestern", "heute Morgen", "am Mittwoch",
 * "am vergangenen Samstag", "am gestrigen Vormittag", "in der Nacht zum Samstag", "am Wochenende", "in der kommenden Woche", "im vergangenen Jahr",
 * "vor 70 Jahren", "in drei Wochen".
 */
import { DAY_PARTS, NUMBER, UNIT_WORD, WEEKDAYS, WEEKDAY_WORD, parseNumber, unitOf } from '../lexicon.ts';
import type { Expr, ShiftExpr } from '../types.ts';
import { B, E, type Pattern, re } from './pattern.ts';

const PART_WORD = '(?:Morgen|morgen|früh|Vormittag|Mittag|Nachmittag|Abend|Nacht)';

/** -1 for "vergangenen", +1 for "kommenden", 0 for "diesen". */
function shiftOf(adj: string | undefined): number {
  if (!adj) return 0;
  if (/^(vergangene|letzte|vorige)/i.test(adj)) return -1;
  if (/^(kommende|nächste|folgende|neue)/i.test(adj)) return 1;
  return 0;
}

const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['vorgestern', -2],
  ['gestern', -1],
  ['heute', 0],
  ['morgen', 1],
  ['übermorgen', 2],
]);

// "Morgen Abend", "Morgen früh" opening a sentence -> tomorrow with a part of the day (elsewhere a
// capitalised "Morgen" is the noun: "am Morgen", "Jeden Morgen Abend-…" does not occur)
const TOMORROW_OPENING = '(?<=^|[.!?:]\\s+|\\n)Morgen(?=\\s+(?:Abend|früh|Vormittag|Mittag|Nachmittag|Nacht)(?![\\p{L}-]))';

/**
 * "gestern", "heute", "gestern Nachmittag", "heute Morgen"; "morgen" only lower-case ("am Morgen"
 * is a day part), except "Morgen Abend" / "Morgen früh" opening a sentence.
 */
const today: Pattern = {
  name: 'today',
  regex: re(`${B}(?<word>[Vv]orgestern|[Gg]estern|[Hh]eute|morgen|${TOMORROW_OPENING}|[Üü]bermorgen)(?:\\s+(?<part>${PART_WORD}))?${E}`),
  build(m) {
    const g = m.groups!;
    const expr: ShiftExpr = { type: 'shift', unit: 'day', amount: DAY_OFFSETS.get(g.word!.toLowerCase())!, base: 'doc' };
    if (g.part) expr.time = DAY_PARTS.get(g.part.toLowerCase())!;
    return expr;
  },
};

// "am Mittwoch", "seit dem Montag", "am frühen Freitagmorgen" -> the word before a weekday
const WEEKDAY_CUE = '(?<=(?:^|[^\\p{L}])(?:[Aa]m|[Vv]om|[Ss]eit|[Bb]is|[Aa]b|[Ff]ür|[Bb]is zum|[Ss]eit dem)\\s(?:(?:frühen|späten)\\s+)?)';

/** "am Mittwoch", "am vergangenen Samstag", "letzten Donnerstag", "Vergangenen Dienstag" (opening a sentence), "am Montagabend". */
const weekday: Pattern = {
  name: 'weekday',
  regex: re(`${B}(?:(?<adj>[Vv]ergangenen|[Ll]etzten|[Vv]origen|[Kk]ommenden|[Nn]ächsten|[Dd]iesen)\\s+|${WEEKDAY_CUE})` + `(?<day>${WEEKDAY_WORD})(?<part>abend|morgen|nachmittag|vormittag|mittag|nacht)?${E}`),
  build(m) {
    const g = m.groups!;
    const expr: Expr = { type: 'weekday', weekday: WEEKDAYS.get(g.day!.toLowerCase())! };
    const shift = shiftOf(g.adj);
    if (shift) expr.shift = shift as -1 | 1;
    if (g.part) expr.time = DAY_PARTS.get(g.part)!;
    return expr;
  },
};

const DAY_ADJECTIVE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['vorgestrig', -2],
  ['gestrig', -1],
  ['heutig', 0],
  ['morgig', 1],
]);

/**
 * "am gestrigen Vormittag", "am heutigen Samstag", "am gestrigen Ostersonntag", "vom gestrigen
 * Abend" -> that day, with its part when the noun is one; "bei der gestrigen Sitzung", "in seinem
 * gestrigen Vortrag", "die morgige Kundgebung" -> that day too: "gestrig"/"morgig" always count from
 * the time of writing (not after "ein"/"eine": "eine gestrige Politik" is outdated), while "heutig"
 * only after "am"/"vom"/"seit dem" before a day word, or as the occasion of "bei"/"nach"/"während"
 * ("Bei ihrem heutigen Auftritt", "nach der heutigen Sitzung"; "in der heutigen Zeit", "im heutigen
 * Polen", "nach dem heutigen Stand" mean nowadays).
 */
const dayAdjective: Pattern = {
  name: 'day-adjective',
  regex: re(
    `${B}(?:(?<=(?:^|[^\\p{L}])(?:[Aa]m|[Vv]om|[Ss]eit dem)\\s)(?<today>heutigen)|(?<=(?:^|[^\\p{L}])(?:[Bb]ei|[Bb]eim|[Nn]ach|[Ww]ährend)\\s(?:(?:der|ihrer|seiner|ihrem|seinem)\\s)?)(?<occasion>heutigen)|(?<!(?:^|[^\\p{L}])[Ee]ine[mnrs]?\\s|(?:^|[^\\p{L}])[Ee]in\\s)(?<other>vorgestrige[nmrs]?|gestrige[nmrs]?|morgige[nmrs]?))\\s+(?<noun>\\p{Lu}\\p{Ll}+)${E}`,
  ),
  build(m) {
    const g = m.groups!;
    // "Vormittag", "Samstag", "Ostersonntag", "Mittwoch", "Abend" -> a day or a part of it (not "am heutigen İzmir")
    const dayWord = /(?:tag|woch|abend|morgen|nacht)$/i.test(g.noun!);
    if (g.today && !dayWord) return undefined;
    const adj = (g.today ?? g.occasion ?? g.other!).replace(/e[nmrs]?$/, '');
    const expr: ShiftExpr = { type: 'shift', unit: 'day', amount: DAY_ADJECTIVE_OFFSETS.get(adj)!, base: 'doc' };
    const part = dayWord ? DAY_PARTS.get(g.noun!.toLowerCase()) : undefined;
    if (part) expr.time = part;
    return expr;
  },
};

/**
 * "in der Nacht zum Samstag", "in der Nacht auf Freitag", "in der Nacht von Freitag auf Samstag",
 * "in der Nacht zu heute", "in der Nacht auf gestern" -> the night that begins on the day before.
 */
const nightBefore: Pattern = {
  name: 'night-before',
  regex: re(`${B}(?<=[Ii]n der\\s)Nacht\\s+(?:von\\s+${WEEKDAY_WORD}\\s+auf|zum|zu|auf)\\s+(?:(?<day>${WEEKDAY_WORD})|(?<deictic>heute|gestern))${E}`),
  build(m) {
    const g = m.groups!;
    if (g.deictic) return { type: 'shift', unit: 'day', amount: g.deictic === 'heute' ? -1 : -2, base: 'doc', time: DAY_PARTS.get('nacht')! };
    return { type: 'weekday', weekday: (WEEKDAYS.get(g.day!.toLowerCase())! + 6) % 7, time: DAY_PARTS.get('nacht')! };
  },
};

/** "am Wochenende", "am vergangenen Wochenende", "dieses Wochenende". */
const weekend: Pattern = {
  name: 'weekend',
  regex: re(`${B}(?:(?<adj>vergangenen|letzten|vorigen|kommenden|nächsten|diesem|dieses)\\s+|(?<=(?:[Aa]m|übers|[Ff]ür das)\\s))Wochenende${E}`),
  build(m) {
    return { type: 'shift', unit: 'weekend', amount: shiftOf(m.groups!.adj), base: 'doc' };
  },
};

/** "in der kommenden Woche", "vergangene Woche" (also "Vergangene Woche" opening a sentence), "im vergangenen Jahr", "nächsten Monat", "Vorjahr". */
const relativeUnit: Pattern = {
  name: 'relative-unit',
  regex: re(
    `${B}(?:(?<adj>[Vv]ergangenen?|[Ll]etzten?|[Vv]origen?|[Kk]ommenden?|[Nn]ächsten?|[Dd]iese[nrms]?|laufenden?|neuen)\\s+` +
      `(?<unit>Woche|Monats?|Jahr(?:es)?)|(?<compound>Vorjahr|Vorjahres|Vormonat|Vormonats|Vorwoche|Folgejahr|Folgejahres))${E}`,
  ),
  build(m) {
    const g = m.groups!;
    if (g.compound) {
      const unit = /monat/i.test(g.compound) ? 'month' : /woche/i.test(g.compound) ? 'week' : 'year';
      return { type: 'shift', unit, amount: g.compound.startsWith('Folge') ? 1 : -1, base: g.compound.startsWith('Folge') ? 'anchor' : 'context' };
    }
    const unit = g.unit!.startsWith('Woche') ? 'week' : g.unit!.startsWith('Monat') ? 'month' : 'year';
    return { type: 'shift', unit, amount: shiftOf(g.adj), base: unit === 'year' ? 'context' : 'doc' };
  },
};

// "diesjährigen" -> this year's, "vorjährige"/"letztjährigen" -> last year's, "nächstjährige" -> next year's
const YEAR_ADJECTIVE_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['diesjährig', 0],
  ['vorjährig', -1],
  ['letztjährig', -1],
  ['nächstjährig', 1],
]);

/**
 * "der diesjährigen Absteiger", "beim diesjährigen Festival", "die vorjährige Siegerin" -> the year
 * of the time of writing (or the one before or after): an adjective that always counts from it.
 */
const yearAdjective: Pattern = {
  name: 'year-adjective',
  regex: re(`${B}(?<adj>diesjährig|vorjährig|letztjährig|nächstjährig)(?:e[nmrs]?)${E}`),
  build(m) {
    return { type: 'shift', unit: 'year', amount: YEAR_ADJECTIVE_OFFSETS.get(m.groups!.adj!)!, base: 'doc' };
  },
};

const QUALIFIER = '(?:(?:etwa|rund|knapp|gut|fast|über|genau|ungefähr|zirka|ca\\.|mehr als|weniger als)\\s+)?';

/** Days back that "vor ein paar/wenigen/einigen Tagen" stands for: its ISO week is the date given. */
const A_FEW_DAYS = 3;
/** Months back that "vor ein paar/wenigen/einigen Monaten" stands for: its year is the date given. */
const A_FEW_MONTHS = 3;

/**
 * "vor 70 Jahren", "vor etwa vier Wochen", "vor einem Jahr"; "vor ein paar Tagen" is the week of
 * three days back (rough), "vor einigen Monaten" the year of three months back (rough), other vague
 * ones ("vor ein paar Jahren", "vor mehreren Monaten", "vor langer Zeit") a past reference.
 */
const ago: Pattern = {
  name: 'ago',
  regex: re(`${B}[Vv]or\\s+${QUALIFIER}(?:(?<n>${NUMBER}|\\d{1,3}(?:\\.\\d{3})+)|(?<vague>wenigen|einigen|mehreren|ein paar|vielen|langer))\\s+(?<unit>${UNIT_WORD}|Zeit)${E}`),
  build(m) {
    const g = m.groups!;
    if (g.vague && /^(?:wenigen|einigen|ein paar)$/.test(g.vague) && /^Tag/.test(g.unit!)) return { type: 'shift', unit: 'day', amount: -A_FEW_DAYS, base: 'doc', rough: true };
    if (g.vague && /^(?:wenigen|einigen|ein paar)$/.test(g.vague) && /^Monat/.test(g.unit!)) return { type: 'shift', unit: 'month', amount: -A_FEW_MONTHS, base: 'doc', rough: true };
    if (g.vague) return { type: 'ref', value: 'PAST_REF' };
    const unit = unitOf(g.unit!);
    const n = parseNumber(g.n!.replace(/\.(?=\d{3})/g, ''));
    if (!unit || n === undefined || unit === 'minute' || unit === 'hour') return undefined;
    if (unit === 'decade') return { type: 'shift', unit: 'year', amount: -10 * n, base: 'doc' };
    if (!Number.isInteger(n)) return unit === 'year' ? { type: 'shift', unit: 'month', amount: -12 * n, base: 'doc' } : undefined;
    return { type: 'shift', unit, amount: -n, base: 'doc' };
  },
};

/** "in drei Wochen", "in zwei Jahren" (future); vague "in einigen Wochen" is a future reference. */
const inFuture: Pattern = {
  name: 'in-future',
  regex: re(`${B}[Ii]n\\s+(?:(?<n>${NUMBER})|(?<vague>wenigen|einigen|ein paar|mehreren))\\s+(?<unit>Tagen?|Wochen?|Monaten|Monat|Jahren|Jahr)${E}`),
  build(m) {
    const g = m.groups!;
    if (g.vague) return { type: 'ref', value: 'FUTURE_REF' };
    const unit = unitOf(g.unit!);
    const n = parseNumber(g.n!);
    if (!unit || n === undefined || !Number.isInteger(n) || unit === 'minute' || unit === 'hour' || unit === 'decade') return undefined;
    return { type: 'shift', unit, amount: n, base: 'doc' };
  },
};

/** Patterns relative to the article date: "gestern", "am Mittwoch", "vor 70 Jahren". */
export const DEICTIC_PATTERNS: readonly Pattern[] = [today, dayAdjective, weekday, nightBefore, weekend, relativeUnit, yearAdjective, ago, inFuture];
