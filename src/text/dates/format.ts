/**
 * Writing a resolved date in German at its precision, as a timeline shows it.
 */
import type { PreciseDate } from '../../corpus/article.ts';
import type { Modifier } from './types.ts';

const MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

const MODIFIER_WORDS: Readonly<Record<Modifier, string>> = { early: 'Anfang', mid: 'Mitte', late: 'Ende' };

/** "2016" -> "2016", "BC0490" -> "490 v. Chr.". */
function yearText(raw: string): string {
  const bc = raw.startsWith('BC');
  const year = String(Number(bc ? raw.slice(2) : raw));
  return bc ? `${year} v. Chr.` : year;
}

/**
 * A date in German at its precision, with "Anfang"/"Mitte"/"Ende" for its modifier.
 * @example formatGermanDate({ value: "2019-02", precision: "month", modifier: "late" }) // "Ende Februar 2019"
 * @example formatGermanDate({ value: "1953-07-27", precision: "day" }) // "27. Juli 1953"
 * @example formatGermanDate({ value: "199", precision: "decade" }) // "die 1990er Jahre"
 */
export function formatGermanDate(date: PreciseDate & { modifier?: Modifier }): string {
  const prefix = date.modifier ? `${MODIFIER_WORDS[date.modifier]} ` : '';
  const [rawYear = '', month, day] = date.value.split('-');
  if (date.precision === 'decade') {
    const decade = `${Number(date.value)}0er Jahre`;
    return prefix ? `${prefix}der ${decade}` : `die ${decade}`;
  }
  const year = yearText(rawYear);
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  if (date.precision === 'day' && monthName && day) return `${Number(day)}. ${monthName} ${year}`;
  if (date.precision !== 'year' && monthName) return `${prefix}${monthName} ${year}`;
  return `${prefix}${year}`;
}
