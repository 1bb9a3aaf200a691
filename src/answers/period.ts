/**
 * Periods in what users type: "2020", "2020-07", "2018..2020", "Juli 2020", "von 2018 bis 2020".
 */
import { monthOf } from '../text/dates/index.ts';

/** A date range at its precision: `from`/`to` are `YYYY` or `YYYY-MM`. */
export interface DateRange {
  from: string;
  to: string;
}

/** A period found in free words, the words left over, or the first word that looked like a date but is not one. */
export interface PeriodWords {
  range?: DateRange;
  rest: string;
  bad?: string;
}

/** Month words the German date tagger does not know: English names and short forms without a dot (German names come from its lexicon). */
const OTHER_MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['maerz', 3], ['march', 3], ['apr', 4], ['may', 5], ['june', 6],
  ['july', 7], ['aug', 8], ['sept', 9], ['sep', 9], ['october', 10], ['okt', 10], ['oct', 10], ['nov', 11], ['december', 12], ['dez', 12], ['dec', 12],
]);

/** Words that only glue a period to the sentence ("im Juli 2020", "2019 in Kaesong"). */
const FILLERS = new Set(['im', 'in', 'am', 'an', 'von', 'vom', 'seit', 'zu', 'dazu', 'the', 'of', 'during', 'jahr', 'year', 'zwischen', 'between']);

// "2018..2020" / "2018-2020" / "2018–2020" / "2018 bis 2020" / "2018 und 2020" (after "zwischen") / "2019-03..2019-06"
const RANGE = /\b(\d{4}(?:-\d{2})?)\s*(?:\.\.|–|—|-|\s(?:bis|to|und|and)\s)\s*(\d{4}(?:-\d{2})?)\b/i;
// "Juli 2020" / "july 2020" -> 2020-07
const MONTH_YEAR = /\b([A-Za-zÄÖÜäöü]+)\s+(\d{4})\b/;
// "2020-07" -> month; "2020" -> year
const SINGLE = /\b(\d{4}(?:-\d{2})?)\b/;

/**
 * Whether `YYYY` or `YYYY-MM` is a real period.
 * @example isValidPeriod("2020-13") // false
 */
export function isValidPeriod(period: string): boolean {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  return Number(match[1]) >= 1000 && month >= 1 && month <= 12;
}

/**
 * Parse a bare range ("2020", "2020-07", "2018..2020").
 * @example parseRange("2018..2020") // { from: "2018", to: "2020" }
 */
export function parseRange(text: string): DateRange | null {
  const found = parsePeriodWords(text);
  return found.range && !found.rest && !found.bad ? found.range : null;
}

/**
 * Find a period among words and return the rest as a topic.
 * @example parsePeriodWords("2019 in Kaesong") // { range: { from: "2019", to: "2019" }, rest: "Kaesong" }
 * @example parsePeriodWords("im Juli 2020") // { range: { from: "2020-07", to: "2020-07" }, rest: "" }
 */
export function parsePeriodWords(text: string): PeriodWords {
  const clean = text.replace(/[?!.,;]+(\s|$)/g, '$1').trim();
  const found = findPeriod(clean);
  const remaining = found ? clean.slice(0, found.index) + ' ' + clean.slice(found.index + found.length) : clean;
  const words = remaining.split(/\s+/).filter((w) => w && !FILLERS.has(w.toLowerCase()));
  const bad = words.find((w) => /\d/.test(w) && /^[\d.\-–x]+$/i.test(w));
  if (found && !found.range) return { rest: words.join(' '), bad: found.text };
  const result: PeriodWords = { rest: words.filter((w) => w !== bad).join(' ') };
  if (found?.range) result.range = found.range;
  if (bad) result.bad = bad;
  return result;
}

function findPeriod(text: string): { index: number; length: number; text: string; range?: DateRange } | null {
  const range = RANGE.exec(text);
  if (range) {
    const [from, to] = [range[1]!, range[2]!];
    const ok = isValidPeriod(from) && isValidPeriod(to) && to >= from;
    return { index: range.index, length: range[0].length, text: range[0], ...(ok ? { range: { from, to } } : {}) };
  }
  const monthYear = MONTH_YEAR.exec(text);
  const monthWord = monthYear?.[1]!.toLowerCase() ?? '';
  const month = monthYear ? (monthOf(monthWord) ?? OTHER_MONTHS.get(monthWord)) : undefined;
  if (monthYear && month) {
    const period = `${monthYear[2]}-${String(month).padStart(2, '0')}`;
    return { index: monthYear.index, length: monthYear[0].length, text: monthYear[0], range: { from: period, to: period } };
  }
  const single = SINGLE.exec(text);
  if (!single) return null;
  const period = single[1]!;
  return { index: single.index, length: single[0].length, text: period, ...(isValidPeriod(period) ? { range: { from: period, to: period } } : {}) };
}
