/**
 * Calendar arithmetic and TIMEX value formatting on plain `Cal` records (UTC, no time zones,
 * years below 100 and before Christ handled), so resolution never depends on the host clock.
 */
import type { Cal } from './types.ts';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function toDate(cal: Cal): Date {
  const date = new Date(Date.UTC(2000, (cal.month ?? 1) - 1, cal.day ?? 1));
  date.setUTCFullYear(cal.bc ? 1 - cal.year : cal.year);
  return date;
}

function fromDate(date: Date): Cal {
  const year = date.getUTCFullYear();
  const cal: Cal = year <= 0 ? { year: 1 - year, bc: true } : { year };
  return { ...cal, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The TIMEX value of a calendar date at its own precision.
 * @example calValue({ year: 1953, month: 7, day: 27 }) // "1953-07-27"
 * @example calValue({ year: 490, bc: true }) // "BC0490"
 */
export function calValue(cal: Cal): string {
  let value = (cal.bc ? 'BC' : '') + pad(cal.year, 4);
  if (cal.month !== undefined) value += `-${pad(cal.month)}`;
  if (cal.month !== undefined && cal.day !== undefined) value += `-${pad(cal.day)}`;
  return value;
}

/**
 * Parse a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value.
 * @example parseCal("2019-03") // { year: 2019, month: 3 }
 */
export function parseCal(value: string): Cal | undefined {
  const m = /^(BC)?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const cal: Cal = { year: Number(m[2]) };
  if (m[1]) cal.bc = true;
  if (m[3]) cal.month = Number(m[3]);
  if (m[4]) cal.day = Number(m[4]);
  return cal;
}

/**
 * A day-precise date moved by a number of days.
 * @example addDays({ year: 2019, month: 3, day: 1 }, -1) // { year: 2019, month: 2, day: 28 }
 */
export function addDays(cal: Cal, days: number): Cal {
  const date = toDate(cal);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

/**
 * A month-precise date moved by a number of months (the day is dropped).
 * @example addMonths({ year: 2019, month: 11 }, 3) // { year: 2020, month: 2 }
 */
export function addMonths(cal: Cal, months: number): Cal {
  const index = (cal.bc ? 1 - cal.year : cal.year) * 12 + (cal.month ?? 1) - 1 + months;
  const year = Math.floor(index / 12);
  const result: Cal = year <= 0 ? { year: 1 - year, bc: true } : { year };
  return { ...result, month: index - year * 12 + 1 };
}

/**
 * Day of the week, 0 = Sunday.
 * @example weekdayOf({ year: 2020, month: 7, day: 8 }) // 3 (a Wednesday)
 */
export function weekdayOf(cal: Cal): number {
  return toDate(cal).getUTCDay();
}

/**
 * The ISO week of a day-precise date, as TIMEX writes it.
 * @example isoWeekValue({ year: 2004, month: 12, day: 13 }) // "2004-W51"
 */
export function isoWeekValue(cal: Cal): string {
  const thursdayOf = (date: Date) => {
    const t = new Date(date);
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7) + 3);
    return t;
  };
  const thursday = thursdayOf(toDate(cal));
  const jan4 = new Date(Date.UTC(2000, 0, 4));
  jan4.setUTCFullYear(thursday.getUTCFullYear());
  const week = 1 + Math.round((thursday.getTime() - thursdayOf(jan4).getTime()) / 604_800_000);
  return `${pad(thursday.getUTCFullYear(), 4)}-W${pad(week)}`;
}

/**
 * Months from `a` to `b` (positive when `b` is later), comparing year and month only.
 * @example monthsBetween({ year: 2019, month: 3 }, { year: 2018, month: 9 }) // -6
 */
export function monthsBetween(a: Cal, b: Cal): number {
  const index = (c: Cal) => (c.bc ? 1 - c.year : c.year) * 12 + (c.month ?? 1);
  return index(b) - index(a);
}

/**
 * Days from day-precise `a` to day-precise `b` (positive when `b` is later).
 * @example daysBetween({ year: 2007, month: 6, day: 18 }, { year: 2007, month: 6, day: 25 }) // 7
 */
export function daysBetween(a: Cal, b: Cal): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
}
