/**
 * Dates written at their precision, as journalists read them: "27. Juli 1953", "Ende Februar
 * 2019", "Juli 2020" (German); "27 July 1953", "late February 2019" (English). Real days and
 * months of the years 1000..9999 go through dayjs and its locales; other values (years before
 * 1000, impossible days such as "2019-02-30") are written by hand the same way. Decades and BC
 * years are not handled here (see render/dates.ts and the date tagger).
 */
import { MONTH_NAMES, utcDay, type DateLang } from './dayjs.ts';

/** Where in its period a date lies. */
export type DateModifier = 'early' | 'mid' | 'late';

/** Precisions written here. */
export type CalendarPrecision = 'day' | 'month' | 'year';

const MODIFIER_WORDS: Readonly<Record<DateLang, Record<DateModifier, string>>> = {
  de: { early: 'Anfang', mid: 'Mitte', late: 'Ende' },
  en: { early: 'early', mid: 'mid', late: 'late' },
};

const FORMATS: Readonly<Record<DateLang, Record<'day' | 'month', string>>> = {
  de: { day: 'D. MMMM YYYY', month: 'MMMM YYYY' },
  en: { day: 'D MMMM YYYY', month: 'MMMM YYYY' },
};

/**
 * A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value written at its precision, with "Anfang"/"Mitte"/
 * "Ende" ("early"/"mid"/"late") for a modifier (days take none).
 * @example formatDate("1953-07-27", "day", "de") // "27. Juli 1953"
 * @example formatDate("2019-02", "month", "en", "late") // "late February 2019"
 */
export function formatDate(value: string, precision: CalendarPrecision, lang: DateLang, modifier?: DateModifier): string {
  const prefix = modifier ? `${MODIFIER_WORDS[lang][modifier]} ` : '';
  const [rawYear = '', month, day] = value.split('-');
  if (precision === 'year') return `${prefix}${yearText(rawYear, lang)}`;
  const real = utcDay(precision === 'day' ? value : `${rawYear}-${month}`);
  if (real) return `${precision === 'day' ? '' : prefix}${real.locale(lang).format(FORMATS[lang][precision])}`;
  return byHand(rawYear, month, day, precision, lang, prefix);
}

// German drops leading zeros of a year ("0800" -> "800"); English writes it as given
function yearText(raw: string, lang: DateLang): string {
  return lang === 'de' ? String(Number(raw)) : raw;
}

// what dayjs cannot take, written as before: a German month out of range leaves the year alone,
// an English one is written as it always was
function byHand(rawYear: string, month: string | undefined, day: string | undefined, precision: 'day' | 'month', lang: DateLang, prefix: string): string {
  const year = yearText(rawYear, lang);
  const name = MONTH_NAMES[lang][Number(month) - 1];
  if (lang === 'en') return precision === 'day' ? `${Number(day)} ${name} ${year}` : `${prefix}${name} ${year}`;
  if (!name) return `${prefix}${year}`;
  return precision === 'day' && day ? `${Number(day)}. ${name} ${year}` : `${prefix}${name} ${year}`;
}
