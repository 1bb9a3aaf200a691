/**
 * The one configured dayjs: utc, timezone and isoWeek plugins, German and English locales
 * loaded. Everything in calendar/ goes through it; nothing else imports dayjs.
 */
import dayjs from 'dayjs';
import de from 'dayjs/locale/de.js';
import en from 'dayjs/locale/en.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);
dayjs.locale(de, undefined, true);

/** The languages dates are written in. */
export type DateLang = 'de' | 'en';

/** Month names of each language, January first (from dayjs's locales). */
export const MONTH_NAMES: Readonly<Record<DateLang, readonly string[]>> = { de: de.months!, en: en.months! };

/** dayjs's German names: months and weekdays, long and short ("Sept.", "So."), for charts' time axes. */
export const GERMAN_NAMES = {
  months: de.months!,
  monthsShort: (de.monthsShort as readonly string[] | undefined) ?? [],
  weekdays: de.weekdays!,
  weekdaysShort: de.weekdaysShort ?? [],
} as const;

/**
 * A calendar day `YYYY-MM-DD` (or month `YYYY-MM`) as a UTC dayjs, or null when it is not a real
 * day of a year 1000..9999 (dayjs would roll "2019-02-30" over to March).
 * @example utcDay("1953-07-27")?.format("D. MMMM YYYY") // "27. July 1953" (locale set by the caller)
 */
export function utcDay(value: string): dayjs.Dayjs | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match || Number(match[1]) < 1000) return null;
  const day = dayjs.utc(match[3] ? value : `${value}-01`);
  return day.isValid() && day.format(match[3] ? 'YYYY-MM-DD' : 'YYYY-MM') === value ? day : null;
}

export { dayjs };
