/**
 * Dates through dayjs (de locale, utc/timezone/isoWeek plugins): formatting at a precision,
 * day arithmetic, ISO weeks, local days in time zones, periods; month names for writing dates.
 */
export { formatDate, type CalendarPrecision, type DateModifier } from './format.ts';
export { isoWeekOf, isoWeekThursday, localDay, previousDay } from './days.ts';
export { isValidPeriod, periodText, type Period } from './period.ts';
export { GERMAN_NAMES, MONTH_NAMES, type DateLang } from './dayjs.ts';
