/**
 * Dates as journalists read them, at their precision: "27. Juli 1953", "Ende Februar 2019",
 * "Juli 2020", "die 1990er Jahre" (German); "27 July 1953", "late February 2019" (English).
 */
import type { Lang } from '../i18n/messages.ts';
import { formatGermanDate } from '../text/dates/index.ts';

/** Where in its period a date lies. */
export type DateModifier = 'early' | 'mid' | 'late';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_MODIFIERS: Record<DateModifier, string> = { early: 'early', mid: 'mid', late: 'late' };

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
  if (lang === 'de') return formatGermanDate({ value, precision, ...(modifier ? { modifier } : {}) });
  const prefix = modifier ? `${EN_MODIFIERS[modifier]} ` : '';
  const [year, month, day] = value.split('-');
  if (precision === 'decade') return `${prefix}the ${value}0s`;
  if (precision === 'day') return `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
  if (precision === 'month') return `${prefix}${EN_MONTHS[Number(month) - 1]} ${year}`;
  return `${prefix}${year}`;
}
