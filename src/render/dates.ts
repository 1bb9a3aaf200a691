/**
 * Dates as journalists read them, at their precision: "27. Juli 1953", "Ende Februar 2019",
 * "Juli 2020", "die 1990er Jahre" (German); "27 July 1953", "late February 2019" (English).
 * Days, months and years are written by calendar/ (dayjs); decades here (German through the
 * date tagger's formatter).
 */
import { formatDate, type DateModifier } from '../calendar/index.ts';
import type { Lang } from '../i18n/messages.ts';
import { formatGermanDate } from '../text/dates/index.ts';

export type { DateModifier } from '../calendar/index.ts';

/**
 * Format `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a decade `YYY` at its precision.
 * @example displayDate("1953-07-27", "de") // "27. Juli 1953"
 * @example displayDate("2019-02", "de", "late") // "Ende Februar 2019"
 * @example displayDate("2020-07", "en") // "July 2020"
 * @example displayDate("1990", "de", undefined, true) // "die 1990er Jahre"
 */
export function displayDate(shown: string, lang: Lang, modifier?: DateModifier, decade = false): string {
  // a decade comes as its first year ("1990") with `decade` set; inside, decades are "199"
  const value = decade && /^\d{4}$/.test(shown) ? shown.slice(0, 3) : shown;
  // "1953-07-27" -> day, "2019-02" -> month, "2016" -> year, "199" -> decade; anything else as it is
  const precision = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'day' : /^\d{4}-\d{2}$/.test(value) ? 'month' : /^\d{4}$/.test(value) ? 'year' : /^\d{3}$/.test(value) ? 'decade' : null;
  if (!precision) return value;
  if (precision !== 'decade') return formatDate(value, precision, lang, modifier);
  if (lang === 'de') return formatGermanDate({ value, precision, ...(modifier ? { modifier } : {}) });
  return `${modifier ? `${modifier} ` : ''}the ${value}0s`;
}
