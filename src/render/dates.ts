/**
 * Dates as journalists read them: "27. Juli 1953", "Juli 2020", "2016" (dayjs locales).
 */
import dayjs from 'dayjs';
import 'dayjs/locale/de.js';
import 'dayjs/locale/en.js';
import type { Lang } from '../i18n/messages.ts';

/**
 * Format `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at its precision.
 * @example displayDate("1953-07-27", "de") // "27. Juli 1953"
 * @example displayDate("2020-07", "en") // "July 2020"
 */
export function displayDate(value: string, lang: Lang): string {
  // "2020-07-15" -> day, "2020-07" -> month; anything else is shown as it is
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayjs(value).locale(lang).format(lang === 'de' ? 'D. MMMM YYYY' : 'D MMMM YYYY');
  if (/^\d{4}-\d{2}$/.test(value)) return dayjs(`${value}-01`).locale(lang).format('MMMM YYYY');
  return value;
}
