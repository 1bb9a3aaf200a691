/**
 * Resolving any expression: calendar dates (see resolve-calendar.ts), weekdays, shifts from the
 * article date or the narrative ("gestern", "vor 70 Jahren", "zwei Tage später"), durations, refs.
 */
import { addDays, addMonths, calValue, daysBetween, isoWeekValue, weekdayOf } from './calendar.ts';
import { type Reference, type Resolution, anchorBase, contextBase } from './reference.ts';
import { resolveCalendar } from './resolve-calendar.ts';
import type { Cal, Expr, ShiftExpr, WeekdayExpr } from './types.ts';

/** A month-precise stand-in when only the article's month is known ("am Mittwoch" in a 2020-07 article). */
function monthOnly(base: Cal): Resolution {
  const cal = { year: base.year, month: base.month! };
  return { value: calValue(cal), precision: 'month', kind: 'date', cal };
}

/** A day, or a day with a day part ("gestern Nachmittag" -> 2006-08-27TAF). */
function dayResolution(cal: Cal, time: string | undefined): Resolution {
  if (time) return { value: `${calValue(cal)}T${time}`, precision: 'time', kind: 'date', cal };
  return { value: calValue(cal), precision: 'day', kind: 'date', cal };
}

/** Days before the article date within which a day named before still is "am Montag" (up to the same weekday a week back). */
const SAME_WEEK = 7;

/**
 * In news, "am Montag" after the lead has named a Monday of the week before the article's date by
 * its date (the story's day: "am Montagmorgen, dem 18. Juni … Die Autobahn war am Montag gesperrt",
 * written on the 25th, also a Monday) is that Monday, not the article's day or the Monday before it.
 */
function namedBefore(expr: WeekdayExpr, ref: Reference): Cal | undefined {
  const day = ref.namedDay;
  if (ref.narrative || expr.shift !== undefined || !day || ref.doc.day === undefined || weekdayOf(day) !== expr.weekday) return undefined;
  const back = daysBetween(day, ref.doc);
  return back >= 0 && back <= SAME_WEEK ? day : undefined;
}

/**
 * "am Mittwoch": the most recent such day on or before the article date (after it in future
 * tense or with "kommenden"); in a narrative, the next such day after the last date mentioned.
 */
function resolveWeekday(expr: WeekdayExpr, ref: Reference): Resolution | undefined {
  const named = namedBefore(expr, ref);
  if (named) return dayResolution(named, expr.time);
  const base = ref.narrative ? ref.lastDay : ref.doc;
  if (!base) return undefined;
  if (base.day === undefined) return base.month === undefined ? undefined : monthOnly(base);
  const forward = expr.shift === 1 || (expr.shift === undefined && (ref.narrative || ref.tense === 'future'));
  const strict = expr.shift !== undefined || (ref.tense === 'future' && !ref.narrative);
  const today = weekdayOf(base);
  let offset = forward ? (expr.weekday - today + 7) % 7 : -((today - expr.weekday + 7) % 7);
  if (offset === 0 && strict) offset = forward ? 7 : -7;
  return dayResolution(addDays(base, offset), expr.time);
}

/** The weekend relative to a day: 0 = the latest weekend on or before it, -1 the one before, +1 the next. */
function weekendOf(base: Cal, amount: number): string {
  const today = weekdayOf(base);
  const back = today === 0 ? 1 : (today + 1) % 7;
  const saturday = addDays(base, amount > 0 ? ((6 - today + 7) % 7) + 7 * (amount - 1) : -back + 7 * amount);
  return `${isoWeekValue(saturday)}-WE`;
}

/** Shifts by days and weeks need a day-precise base; with a month-precise article the month stands in. */
function resolveShortShift(expr: ShiftExpr, base: Cal, ref: Reference): Resolution | undefined {
  if (base.day === undefined) return expr.base === 'doc' && base.month !== undefined ? monthOnly(base) : undefined;
  if (expr.unit === 'day' && expr.rough) return { value: isoWeekValue(addDays(base, expr.amount)), precision: 'week', kind: 'date' };
  if (expr.unit === 'day') return dayResolution(addDays(base, expr.amount), expr.time);
  if (expr.unit === 'weekend') {
    // "am Wochenende" in a sentence about the future is the coming one
    const amount = expr.amount === 0 && ref.tense === 'future' ? 1 : expr.amount;
    return { value: weekendOf(base, amount), precision: 'week', kind: 'date' };
  }
  const value = isoWeekValue(addDays(base, 7 * expr.amount));
  return { value, precision: 'week', kind: 'date', ...(expr.modifier ? { modifier: expr.modifier } : {}) };
}

/** "gestern", "vor 70 Jahren", "im vergangenen Jahr", "zwei Tage später", "Ende des Jahres". */
function resolveShift(expr: ShiftExpr, ref: Reference): Resolution | undefined {
  // in a history text "heute" is nowadays ("bis heute"), not the day the text was written
  if (ref.narrative && expr.base === 'doc' && expr.unit === 'day') {
    return expr.amount === 0 ? { value: 'PRESENT_REF', precision: 'ref', kind: 'ref' } : undefined;
  }
  const base = expr.base === 'doc' ? ref.doc : expr.base === 'anchor' ? anchorBase(ref) : contextBase(ref);
  const dayBase = expr.base === 'anchor' ? (ref.lastDay ?? base) : base;
  const modifier = expr.modifier ? { modifier: expr.modifier } : {};
  if (expr.unit === 'day' || expr.unit === 'week' || expr.unit === 'weekend') {
    const resolved = resolveShortShift(expr, expr.unit === 'day' ? dayBase : base, ref);
    return resolved && { ...resolved, ...modifier };
  }
  if (expr.unit === 'month') {
    if (base.month === undefined) return undefined;
    const cal = addMonths(base, expr.amount);
    // ("vor einigen Monaten": only roughly so far back, so the year of that month)
    if (expr.rough) return { value: calValue({ year: cal.year }), precision: 'year', kind: 'date', ...modifier };
    return { value: calValue(cal), precision: 'month', kind: 'date', cal, ...modifier };
  }
  const cal = addMonths({ year: base.year, month: 1, ...(base.bc ? { bc: true } : {}) }, 12 * expr.amount);
  const year: Cal = { year: cal.year, ...(cal.bc ? { bc: true } : {}) };
  if (year.bc && !base.bc && expr.base === 'doc') return { value: 'PAST_REF', precision: 'ref', kind: 'ref' };
  return { value: calValue(year), precision: 'year', kind: 'date', cal: year, ...modifier };
}

/**
 * The TIMEX value of an expression in its context, or undefined when it cannot be resolved
 * (e.g. "zwei Tage später" with no day mentioned before).
 * @example resolve({ type: "shift", unit: "day", amount: -1, base: "doc" }, { doc: { year: 2006, month: 8, day: 28 }, ... })
 * // { value: "2006-08-27", precision: "day", kind: "date", ... }
 */
export function resolve(expr: Expr, ref: Reference): Resolution | undefined {
  switch (expr.type) {
    case 'calendar':
      return resolveCalendar(expr, ref);
    case 'weekday':
      return resolveWeekday(expr, ref);
    case 'shift':
      return resolveShift(expr, ref);
    case 'duration':
      return { value: expr.value, precision: 'duration', kind: 'duration' };
    case 'ref':
      return { value: expr.value, precision: 'ref', kind: 'ref' };
  }
}
