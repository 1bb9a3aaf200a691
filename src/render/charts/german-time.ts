/**
 * German month names and dates for the charts, from dayjs' `de` locale: the axis (through a
 * Vega time locale) and the titles, labels and alt texts (through dayjs) use the same names.
 */
import type { NumberLocale, TimeLocale } from 'vega';
import type { MonthIndex } from './months.ts';
import { monthOf, yearOf } from './months.ts';
import { GERMAN_NAMES } from '../../calendar/index.ts';

/** A list from the locale, checked to have the length Vega's locale types require. */
function names<T extends readonly string[]>(list: readonly string[] | undefined, length: T['length']): T {
  if (list?.length !== length) throw new Error(`dayjs de locale: expected ${length} names`);
  return list.map((name) => name.replace(/\.$/, '')) as unknown as T;
}

/** "Januar" … "Dezember". */
export const MONTHS: TimeLocale['months'] = names(GERMAN_NAMES.months, 12);
/** "Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sept", "Okt", "Nov", "Dez" (dayjs' short names without the period). */
export const SHORT_MONTHS: TimeLocale['shortMonths'] = names(GERMAN_NAMES.monthsShort, 12);

/**
 * The German time locale for Vega (a d3-time-format definition): `%B` is "März", `%b %Y`
 * "Sept 2019". Passed as `config.locale.time` in the Vega-Lite spec, so it applies to that view
 * only (no global `timeFormatLocale`).
 */
export const GERMAN_TIME_LOCALE: TimeLocale = {
  dateTime: '%A, %e. %B %Y, %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: names(GERMAN_NAMES.weekdays, 7),
  shortDays: names(GERMAN_NAMES.weekdaysShort, 7),
  months: MONTHS,
  shortMonths: SHORT_MONTHS,
};

/** German number formatting for Vega (thousands "1.234", decimals "0,5"). */
export const GERMAN_NUMBER_LOCALE: NumberLocale = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0€'],
};

/**
 * A month in German, long ("März 2019") or short ("Sept 2019").
 * @example formatMonth(monthIndex(2019, 3)) // "März 2019"
 * @example formatMonth(monthIndex(2019, 9), 'short') // "Sept 2019"
 */
export function formatMonth(month: MonthIndex, style: 'long' | 'short' = 'long'): string {
  const names = style === 'long' ? MONTHS : SHORT_MONTHS;
  return `${names[monthOf(month) - 1]} ${String(yearOf(month)).padStart(4, '0')}`;
}

/**
 * A period from `first` to `last` (inclusive) as a German phrase: whole years as years.
 * @example periodPhrase(monthIndex(2019, 3), monthIndex(2020, 7)) // "von März 2019 bis Juli 2020"
 * @example periodPhrase(monthIndex(2020, 1), monthIndex(2020, 12)) // "im Jahr 2020"
 * @example periodPhrase(monthIndex(1950, 1), monthIndex(2020, 12)) // "von 1950 bis 2020"
 */
export function periodPhrase(first: MonthIndex, last: MonthIndex): string {
  if (monthOf(first) === 1 && monthOf(last) === 12) {
    return yearOf(first) === yearOf(last) ? `im Jahr ${yearOf(first)}` : `von ${yearOf(first)} bis ${yearOf(last)}`;
  }
  return first === last ? `im ${formatMonth(first)}` : `von ${formatMonth(first)} bis ${formatMonth(last)}`;
}

/**
 * A bar's period: "Februar 2019" for a month, "2019" for a year, with its preposition.
 * @example binPhrase(monthIndex(2019, 2), 'month') // "im Februar 2019"
 * @example binPhrase(monthIndex(2019, 1), 'year') // "im Jahr 2019"
 */
export function binPhrase(start: MonthIndex, unit: 'month' | 'year'): string {
  return unit === 'year' ? `im Jahr ${yearOf(start)}` : `im ${formatMonth(start)}`;
}
