/**
 * Day arithmetic through dayjs: the day before, the local day of an instant in a time zone,
 * ISO weeks. Days are `YYYY-MM-DD` strings (years 1000..9999); BC dates stay with the tagger.
 */
import { dayjs } from './dayjs.ts';

/**
 * The calendar day before `day`; calendar arithmetic, no time zone involved.
 * @example previousDay("2025-03-01") // "2025-02-28"
 */
export function previousDay(day: string): string {
  return dayjs.utc(day).subtract(1, 'day').format('YYYY-MM-DD');
}

/**
 * The local calendar day of an instant in an IANA time zone (throws a RangeError for an
 * unknown zone).
 * @example localDay(new Date("2025-03-29T23:30:00Z"), "Europe/Berlin") // "2025-03-30"
 */
export function localDay(instant: Date, tz: string): string {
  return dayjs(instant).tz(tz).format('YYYY-MM-DD');
}

/**
 * The ISO week of a day, as TIMEX writes it.
 * @example isoWeekOf("2004-12-13") // "2004-W51"
 * @example isoWeekOf("2021-01-01") // "2020-W53"
 */
export function isoWeekOf(day: string): string {
  const date = dayjs.utc(day);
  return `${date.isoWeekYear()}-W${String(date.isoWeek()).padStart(2, '0')}`;
}

/**
 * The Thursday of an ISO week (the day that decides its year and month).
 * @example isoWeekThursday(2008, 35) // "2008-08-28"
 */
export function isoWeekThursday(year: number, week: number): string {
  return dayjs
    .utc(`${year}-01-04`)
    .isoWeekday(4)
    .add(week - 1, 'week')
    .format('YYYY-MM-DD');
}
