/**
 * Dates as the charts count them: every valid `YYYY-MM` or `YYYY-MM-DD` becomes a month number,
 * anything else is skipped (a chart never fails on one bad date from an article).
 */

/** Months since year 0: `year * 12 + (month - 1)`. */
export type MonthIndex = number;

/** Bars per month, or per year for long spans. */
export type TimeUnit = 'month' | 'year';

// "2019-02" -> 2019, 02; "2019-02-28" -> 2019, 02, 28 (checked against the calendar below)
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Month number of a year and a month (1-12).
 * @example monthIndex(2019, 2) // 24229
 */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/**
 * The year of a month number.
 * @example yearOf(monthIndex(2019, 2)) // 2019
 */
export function yearOf(month: MonthIndex): number {
  return Math.floor(month / 12);
}

/**
 * The calendar month (1-12) of a month number.
 * @example monthOf(monthIndex(2019, 2)) // 2
 */
export function monthOf(month: MonthIndex): number {
  return (month % 12) + 1;
}

/**
 * `YYYY-MM` of a month number.
 * @example monthKey(monthIndex(2019, 2)) // "2019-02"
 */
export function monthKey(month: MonthIndex): string {
  return `${String(yearOf(month)).padStart(4, '0')}-${String(monthOf(month)).padStart(2, '0')}`;
}

/**
 * The month of a `YYYY-MM` or `YYYY-MM-DD` date; `undefined` for anything else (a year alone,
 * a decade, "BC0490", "2020-13", "2019-02-30", "", a number).
 * @example parseMonth('2019-02-28') // monthIndex(2019, 2)
 * @example parseMonth('2019-02-30') // undefined
 */
export function parseMonth(date: unknown): MonthIndex | undefined {
  if (typeof date !== 'string') return undefined;
  const match = DATE.exec(date.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1 || month < 1 || month > 12) return undefined;
  if (match[3] !== undefined) {
    const day = Number(match[3]);
    const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return monthIndex(year, month);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A range bound as a month: `YYYY` is January (`edge: 'start'`) or December (`edge: 'end'`) of
 * that year; `YYYY-MM` and `YYYY-MM-DD` are their month.
 * @example parseBound('2020', 'end') // monthIndex(2020, 12)
 */
export function parseBound(date: unknown, edge: 'start' | 'end'): MonthIndex | undefined {
  if (typeof date === 'string' && /^\d{4}$/.test(date.trim())) {
    const year = Number(date.trim());
    return year < 1 ? undefined : monthIndex(year, edge === 'start' ? 1 : 12);
  }
  return parseMonth(date);
}

/**
 * Milliseconds (UTC) at the start of a month; the start of the next month ends it.
 * @example monthStartUtc(monthIndex(2019, 2)) // Date.UTC(2019, 1, 1)
 */
export function monthStartUtc(month: MonthIndex): number {
  const date = new Date(Date.UTC(2000, monthOf(month) - 1, 1));
  date.setUTCFullYear(yearOf(month));
  return date.getTime();
}

/** One bar: a period of `unit` starting at `month`, with how many things fell into it. */
export interface Bin {
  /** First month of the period. */
  month: MonthIndex;
  count: number;
}

/**
 * The first month of the bin a month falls into.
 * @example binStart(monthIndex(2019, 7), 'year') // monthIndex(2019, 1)
 */
export function binStart(month: MonthIndex, unit: TimeUnit): MonthIndex {
  return unit === 'year' ? yearOf(month) * 12 : month;
}

/**
 * The first month after the bin starting at `start`.
 * @example binEnd(monthIndex(2019, 1), 'year') // monthIndex(2020, 1)
 */
export function binEnd(start: MonthIndex, unit: TimeUnit): MonthIndex {
  return start + (unit === 'year' ? 12 : 1);
}

/**
 * Count weighted months into bins (only non-empty bins, oldest first).
 * @example countBins([{ month: m, count: 1 }, { month: m, count: 2 }], 'month') // [{ month: m, count: 3 }]
 */
export function countBins(items: ReadonlyArray<{ month: MonthIndex; count: number }>, unit: TimeUnit): Bin[] {
  const counts = new Map<MonthIndex, number>();
  for (const item of items) {
    const start = binStart(item.month, unit);
    counts.set(start, (counts.get(start) ?? 0) + item.count);
  }
  return [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => a.month - b.month);
}
