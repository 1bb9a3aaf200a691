/**
 * Expressions relative to the date the narrative last mentioned: "zwei Tage später",
 * "einen Monat später", "nach drei Tagen", "am selben Tag", "am folgenden Tag", "im selben Monat",
 * "Zwei Stunden nach der Tat".
 */
import { NUMBER, UNIT_WORD, parseNumber, unitOf } from '../lexicon.ts';
import { B, E, type Pattern, re } from './pattern.ts';

const QUALIFIER = '(?:(?:etwa|rund|knapp|gut|fast|genau|ungefähr|nur|erst)\\s+)?';

/** "zwei Tage später", "Einen Monat später", "drei Wochen danach", "Ein halbes Jahr später", "zwei Jahre zuvor". */
const later: Pattern = {
  name: 'later',
  regex: re(`${B}${QUALIFIER}(?:(?<n>${NUMBER})\\s+(?<unit>${UNIT_WORD})|(?<half>[Ee]in(?:em)? halbes Jahr))\\s+` + `(?<dir>später|danach|darauf|zuvor|vorher|davor|früher)${E}`),
  build(m) {
    const g = m.groups!;
    const sign = /^(später|danach|darauf)$/.test(g.dir!) ? 1 : -1;
    if (g.half) return { type: 'shift', unit: 'month', amount: 6 * sign, base: 'anchor' };
    const unit = unitOf(g.unit!);
    const n = parseNumber(g.n!);
    if (!unit || n === undefined || !Number.isInteger(n) || unit === 'minute' || unit === 'hour') return undefined;
    if (unit === 'decade') return { type: 'shift', unit: 'year', amount: 10 * n * sign, base: 'anchor' };
    return { type: 'shift', unit, amount: n * sign, base: 'anchor' };
  },
};

/** "nach zwei Tagen", "Nach etwa zehn Tagen" -> the anchor day plus the length. */
const after: Pattern = {
  name: 'after',
  regex: re(`${B}[Nn]ach\\s+${QUALIFIER}(?<n>${NUMBER})\\s+(?<unit>Tagen|Wochen|Monaten|einem Monat|einem Tag|einer Woche)${E}`),
  build(m) {
    const unit = unitOf(m.groups!.unit!.replace(/^ein(em|er) /, ''));
    const n = /^ein(em|er) /.test(m.groups!.unit!) ? 1 : parseNumber(m.groups!.n!);
    if (!unit || n === undefined || !Number.isInteger(n)) return undefined;
    return { type: 'shift', unit: unit as 'day' | 'week' | 'month', amount: n, base: 'anchor' };
  },
};

/** "am selben Tag", "am gleichen Tag", "an diesem Tag", "im selben Monat", "im selben Jahr". */
const same: Pattern = {
  name: 'same',
  regex: re(`${B}(?:[Aa]m|[Aa]n|[Ii]m|[Ii]n)\\s+(?:selben|gleichen|demselben|diesem|dem gleichen)\\s+(?<unit>Tag|Monat|Jahr)${E}`),
  build(m) {
    const unit = m.groups!.unit === 'Tag' ? 'day' : m.groups!.unit === 'Monat' ? 'month' : 'year';
    // "in diesem Jahr" is the article's year in news; "im selben Jahr" always the last date's
    const base = /diesem/.test(m[0]) && unit === 'year' ? 'context' : 'anchor';
    return { type: 'shift', unit, amount: 0, base };
  },
};

/** "am folgenden Tag", "am nächsten Tag", "am Tag darauf", "tags darauf", "Am Vortag", "am Folgetag". */
const nextDay: Pattern = {
  name: 'next-day',
  regex: re(`${B}(?:(?<adj>folgenden|nächsten|darauffolgenden|vorherigen)\\s+Tag|(?:[Aa]m\\s+)?Tag\\s+darauf|[Tt]ags\\s+(?:darauf|zuvor)|` + `(?<compound>Vortag|Folgetag))${E}`),
  build(m) {
    const g = m.groups!;
    const back = g.adj === 'vorherigen' || g.compound === 'Vortag' || /zuvor$/.test(m[0]);
    return { type: 'shift', unit: 'day', amount: back ? -1 : 1, base: 'anchor' };
  },
};

/**
 * "Eine Stunde später", "zwei Stunden danach", "Zwei Stunden nach der Tat", "neun Stunden nach dem
 * Start", "24 Stunden zuvor" -> hours from the last time told: its day (a timeline dates by the
 * day; crossing midnight is rare and the text seldom says so). Not minutes: "Zwei Minuten später
 * sah er Gelb" steps through a match, not a chronicle.
 */
const hoursLater: Pattern = {
  name: 'hours-later',
  regex: re(`${B}${QUALIFIER}(?<n>${NUMBER})\\s+Stunden?\\s+(?:später|danach|darauf|zuvor|vorher|nach\\s+(?:der|dem)\\s+\\p{Lu}[\\p{L}-]*)${E}`),
  build(m) {
    const n = parseNumber(m.groups!.n!);
    if (n === undefined) return undefined;
    return { type: 'shift', unit: 'day', amount: 0, base: 'anchor' };
  },
};

/** Patterns counting from the last date told: "zwei Tage später", "am selben Tag", "Eine Stunde später". */
export const ANAPHORIC_PATTERNS: readonly Pattern[] = [later, after, same, nextDay, hoursLater];
