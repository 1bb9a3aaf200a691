/**
 * Resolving calendar expressions: filling in a missing year from the narrative or from the
 * article date and the sentence's tense, and writing the TIMEX value at the right precision.
 */
import { addDays, calValue, weekdayOf } from './calendar.ts';
import { type Reference, type Resolution, anchorBase, contextBase } from './reference.ts';
import type { Cal, CalendarExpr, MentionPrecision } from './types.ts';

/** Month a season or quarter starts in, for comparing it with the article date. */
const PART_MONTH: Readonly<Record<string, number>> = {
  SP: 3,
  SU: 6,
  FA: 9,
  WI: 12,
  Q1: 1,
  Q2: 4,
  Q3: 7,
  Q4: 10,
  H1: 1,
  H2: 7,
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The year of a month/day that the text gives without one, in news: the nearest such date in
 * the direction of the sentence's tense (past -> on or before the article date).
 * @example yearFromTense(9, undefined, { year: 2019, month: 3 }, "past") // 2018
 */
export function yearFromTense(month: number, day: number | undefined, doc: Cal, tense: Reference['tense']): number {
  if (doc.month === undefined) return doc.year;
  const cmp = month - doc.month || (day !== undefined && doc.day !== undefined ? Math.sign(day - doc.day) : 0);
  if (tense === 'past' || tense === 'pluperfect') return cmp > 0 ? doc.year - 1 : doc.year;
  if (tense === 'future') return cmp < 0 ? doc.year + 1 : doc.year;
  // present: the nearest occurrence, ties go back
  const diff = month - doc.month;
  if (diff >= 6) return doc.year - 1;
  if (diff < -6) return doc.year + 1;
  return doc.year;
}

/** The year of an expression that names none ("im September", "Ende Februar", "30. Juli"). */
function inferYear(expr: CalendarExpr, ref: Reference): Cal {
  const month = expr.month ?? (expr.part ? PART_MONTH[expr.part] : undefined);
  const fromDoc = month === undefined ? ref.doc.year : yearFromTense(month, expr.day, ref.doc, ref.tense);
  const useLast = ref.last && (ref.narrative || (ref.lastNear && ref.last.year !== ref.doc.year));
  if (!useLast) return { year: fromDoc };
  const fromLast: Cal = { year: ref.last!.year, ...(ref.last!.bc ? { bc: true } : {}) };
  // "Sonntag, 8. Januar": the weekday tells which of the candidate years is meant
  if (
    expr.weekday !== undefined &&
    expr.day !== undefined &&
    !fromLast.bc &&
    weekdayOf({ ...fromLast, month: month!, day: expr.day }) !== expr.weekday &&
    weekdayOf({ year: fromDoc, month: month!, day: expr.day }) === expr.weekday
  )
    return { year: fromDoc };
  return fromLast;
}

/** The year (with era) the expression names or implies. */
function yearOf(expr: CalendarExpr, ref: Reference): Cal {
  if (expr.year !== undefined) return expr.bc ? { year: expr.year, bc: true } : { year: expr.year };
  if (expr.shortYear !== undefined) {
    const base = contextBase(ref).year;
    let year = Math.floor(base / 100) * 100 + expr.shortYear;
    if (year > base + 10) year -= 100;
    return { year };
  }
  if (expr.yearFrom) {
    const base = expr.yearFrom.source === 'doc' ? ref.doc : expr.yearFrom.source === 'anchor' ? anchorBase(ref) : contextBase(ref);
    return { year: base.year + expr.yearFrom.shift, ...(base.bc ? { bc: true } : {}) };
  }
  return inferYear(expr, ref);
}

/** Decades and centuries: "die 1990er Jahre" -> 199, "90er Jahre" -> the latest 90s up to the reference. */
function resolveEra(expr: CalendarExpr, ref: Reference): Resolution {
  const modifier = expr.modifier ? { modifier: expr.modifier } : {};
  if (expr.century !== undefined) {
    return { value: `${expr.bc ? 'BC' : ''}${pad(expr.century, 2)}`, precision: 'century', kind: 'date', ...modifier };
  }
  let decade = expr.decade;
  if (decade === undefined) {
    const base = contextBase(ref).year;
    decade = Math.floor(base / 100) * 10 + expr.shortDecade!;
    if (decade * 10 > base) decade -= 10;
  }
  return { value: pad(decade, 3), precision: 'decade', kind: 'date', ...modifier };
}

// "02:00", "05:30" -> an hour of the small hours, which after a night belongs to its morning
const SMALL_HOURS = /^0[0-5]:/;

/**
 * The day a bare time ("um 16:00 Uhr", "am Abend") belongs to: the last day mentioned, else the
 * article's; an hour before six after a night ("in der Nacht von Dienstag auf Mittwoch … um 2:00
 * Uhr") is the next morning's.
 */
function dayForTime(ref: Reference, time: string): Cal | undefined {
  if (ref.lastDay) return ref.lastNight && SMALL_HOURS.test(time) ? addDays(ref.lastDay, 1) : ref.lastDay;
  return ref.doc.day !== undefined && !ref.narrative ? ref.doc : undefined;
}

/**
 * Resolve a calendar expression against its reference.
 * @example resolveCalendar({ type: "calendar", month: 2, modifier: "late" }, { doc: { year: 2019, month: 3 }, tense: "past", ... })
 * // { value: "2019-02", precision: "month", modifier: "late", ... }
 */
export function resolveCalendar(expr: CalendarExpr, ref: Reference): Resolution | undefined {
  if (expr.century !== undefined || expr.decade !== undefined || expr.shortDecade !== undefined) return resolveEra(expr, ref);
  let cal: Cal;
  if (expr.time && expr.day === undefined) {
    const day = dayForTime(ref, expr.time);
    if (!day) return undefined;
    cal = day;
  } else {
    cal = { ...yearOf(expr, ref) };
    if (expr.month !== undefined) cal.month = expr.month;
    if (expr.month !== undefined && expr.day !== undefined) cal.day = expr.day;
  }
  const modifier = expr.modifier ? { modifier: expr.modifier } : {};
  if (expr.part) {
    const precision: MentionPrecision = /^[QH]/.test(expr.part) ? 'quarter' : 'season';
    const year = { year: cal.year, ...(cal.bc ? { bc: true } : {}) };
    return { value: `${calValue(year)}-${expr.part}`, precision, kind: 'date', cal: year, ...modifier };
  }
  if (expr.time) return { value: `${calValue(cal)}T${expr.time}`, precision: 'time', kind: 'date', cal, ...modifier };
  const precision = cal.day !== undefined ? 'day' : cal.month !== undefined ? 'month' : 'year';
  return { value: calValue(cal), precision, kind: 'date', cal, ...modifier };
}
