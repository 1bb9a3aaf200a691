/**
 * Times of day: "4:45 Uhr", "um 7 Uhr", "4 Uhr 45", "23:00 Uhr mitteleuropäischer Zeit", "zwölf Uhr mittags",
 * "Morgen des 22. Juni 1941", "Nacht vom 16." (auf den 17. April 1945), "am Abend".
 */
import { DAY_PARTS, MONTH_WORD, monthOf } from '../lexicon.ts';
import type { CalendarExpr } from '../types.ts';
import { B, E, NB, NE, type Pattern, re, withModifier } from './pattern.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "4:45 Uhr", "16.00 Uhr", "7 Uhr", "4 Uhr 45", "23:01 Uhr mitteleuropäischer Zeit", optionally after "8. Mai, ". */
const clock: Pattern = {
  name: 'clock',
  regex: re(
    `${NB}(?:(?<day>\\d{1,2})\\.\\s?(?<month>${MONTH_WORD})(?:\\s+(?<year>\\d{4}))?,\\s+(?:um\\s+)?)?` +
      `(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s?Uhr(?:\\s(?<m2>\\d{2})${NE})?(?<zone>\\s+(?:mitteleuropäischer\\s+(?:Sommer)?[Zz]eit|MEZ|MESZ))?${E}`,
  ),
  build(m) {
    const g = m.groups!;
    const hour = Number(g.h);
    const minute = Number(g.m ?? g.m2 ?? 0);
    if (hour > 24 || minute > 59) return undefined;
    let time = `${pad(hour)}:${pad(minute)}`;
    if (g.zone) time += /Sommer|MESZ/.test(g.zone) ? '+02' : '+01';
    const expr: CalendarExpr = { type: 'calendar', time };
    if (g.day) Object.assign(expr, { day: Number(g.day), month: monthOf(g.month!) });
    if (g.year) expr.year = Number(g.year);
    return expr;
  },
};

/** Hours written as words. */
const HOUR_WORDS: ReadonlyMap<string, number> = new Map(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'].map((word, i) => [word, i + 1]));
/** Hours added by the part of the day after "Uhr" ("acht Uhr abends" is 20:00, "ein Uhr mittags" 13:00). */
const AFTERNOON = /^(?:mittags|nachmittags|abends)$/;

/**
 * "zwölf Uhr mittags", "gegen acht Uhr abends", "um drei Uhr nachts" -> an hour written as a word;
 * the part of the day after it turns a morning hour into the afternoon one.
 */
const clockWords: Pattern = {
  name: 'clock-words',
  regex: re(`${B}(?<h>[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf)\\s+Uhr(?:\\s+(?<part>morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?${E}`),
  build(m) {
    let hour = HOUR_WORDS.get(m.groups!.h!.toLowerCase())!;
    const part = m.groups!.part;
    if (part && AFTERNOON.test(part) && hour < 12) hour += 12;
    if (part === 'nachts' && hour === 12) hour = 0;
    return { type: 'calendar', time: `${pad(hour)}:00` };
  },
};

const PART = '(?<part>Morgen|Morgenstunden|Vormittag|Mittag|Nachmittag|Abend|Nacht)';

/** "Morgen des 22. Juni 1941", "frühen Morgen des 6. Juni", "Nacht vom 16." (month from "auf den 17. April"). */
const partOfDate: Pattern = {
  name: 'part-of-date',
  regex: re(
    `${B}(?:(?:[Gg]egen|[Ii]m Laufe des)\\s+)?(?:(?<adj>frühen|späten)\\s+)?${PART}\\s+(?:des|vom)\\s+(?<day>\\d{1,2})\\.` +
      `(?:\\s?(?<month>${MONTH_WORD})(?:s?\\s+(?<year>\\d{4})${NE}|(?=\\s+(?:auf|zum)\\s+(?:den\\s+)?\\d{1,2}\\.\\s?${MONTH_WORD}\\s+(?<ryear>\\d{4}))|)|` +
      `(?=\\s+(?:auf|zum)\\s+(?:den\\s+)?\\d{1,2}\\.\\s?(?<lmonth>${MONTH_WORD})(?:\\s+(?<lyear>\\d{4}))?))`,
  ),
  build(m) {
    const g = m.groups!;
    const expr: CalendarExpr = {
      type: 'calendar',
      day: Number(g.day),
      month: monthOf((g.month ?? g.lmonth)!),
      time: DAY_PARTS.get(g.part!.toLowerCase())!,
    };
    const year = g.year ?? g.ryear ?? g.lyear;
    if (year) expr.year = Number(year);
    withModifier(expr, g.adj);
    return expr;
  },
};

// "Morgenstunden", "Abendstunden", "Nachmittagsstunden" -> the hours of a part of the day
const HOURS = '(?:Morgen|Vormittags|Mittags|Nachmittags|Abend|Nacht)stunden';
// "nachts ist der Fluss angestiegen" -> a night; not habitual: "auch nachts", "tagsüber und nachts", "nachts zu gefährlich"
const NIGHTS = `(?<!(?:auch|und|oder|selbst|sogar|nur|tagsüber|bis)\\s)[Nn]achts(?!\\s+(?:zu|und|oder)${E})`;

// "Zum Handelsschluss", "nach Börsenschluss", "bei Handelsbeginn", "vor Börseneröffnung" -> the end or start of a
// trading day: a time of the current day (its close the evening, its opening the morning)
const TRADING = `(?<=(?:[Zz]um|[Nn]ach|[Bb]ei|[Vv]or)\\s)(?:Börsen|Handels)(?<trading>schluss|ende|beginn|start|eröffnung)`;

/**
 * "am Abend", "am Morgen", "gegen Abend", "in der Nacht", "nachts", "in den frühen Morgenstunden",
 * "Zum Handelsschluss" -> a part of the current day (not "bis in die frühen Nachmittagsstunden", the end of a span).
 */
const partAlone: Pattern = {
  name: 'part-alone',
  regex: re(
    `${B}(?:(?<=[Aa]m\\s)(?:(?:frühen|späten)\\s+)?${PART}|(?<=[Ii]n den\\s)(?:(?:frühen|späten)\\s+)?(?<hours>${HOURS})|[Gg]egen\\s+Abend|(?<=[Ii]n der\\s)Nacht|${NIGHTS}|` +
      `(?<=(?:[Uu]m|vor|nach|[Gg]egen|bis)\\s)Mitternacht|${TRADING})${E}`,
  ),
  build(m) {
    const trading = m.groups!.trading;
    if (trading) return { type: 'calendar', time: DAY_PARTS.get(/^(?:schluss|ende)$/.test(trading) ? 'abend' : 'morgen')! };
    const word = m.groups!.part ?? m.groups!.hours ?? (m[0].endsWith('Abend') ? 'abend' : /^[Nn]achts$/.test(m[0]) ? 'nacht' : m[0]);
    if (/Mitternacht$/.test(word)) return { type: 'calendar', time: '24:00' };
    return { type: 'calendar', time: DAY_PARTS.get(word.toLowerCase())! };
  },
};

/** Patterns for times of day: "4:45 Uhr", "zwölf Uhr mittags", "Morgen des 22. Juni 1941", "am Abend". */
export const TIME_PATTERNS: readonly Pattern[] = [clock, clockWords, partOfDate, partAlone];
