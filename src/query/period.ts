/**
 * Periods in what users type: "2020", "2020-07", "2018..2020", "Juli 2020", "von 2018 bis 2020",
 * "Saison 2005-06". One reader (`findPeriod`: a range, else a month and year, else a year or
 * month alone) with two rule sets, kept as each caller had them:
 * - COMMAND_PERIODS (timeline, follow-ups): any four-digit year (from 1000), English month names,
 *   "und"/"and" between years; a period that cannot be (2020-13, 2021..2019) is reported as bad;
 * - SEARCH_PERIODS (free text): years 1800..2199 only, lead-in words ("im", "seit", "im Jahre")
 *   taken with the period, "2019/20" and "2005-06" as seasons; what is no period stays text.
 */
import { isValidPeriod } from '../calendar/index.ts';
import { monthNumber, monthWords, type MonthReader } from './months.ts';
import type { DateRange } from './types.ts';

export type { DateRange };

/** How a grammar finds periods. */
export interface PeriodRules {
  /** Two periods with a separator; groups 1 and 2 are the ends. */
  range: RegExp;
  /** A month word and a year; group 1 the word, group 2 the year. */
  monthYear: RegExp;
  /** A year or month alone; group 1. */
  single: RegExp;
  months: MonthReader;
  /** A range that is no period (backwards, impossible): 'bad' reports it, 'skip' reads on. */
  unreadableRange: 'bad' | 'skip';
}

// "2018..2020" / "2018-2020" / "2018–2020" / "2018 bis 2020" / "2018 und 2020" (after "zwischen") / "2019-03..2019-06"
// "Juli 2020" / "july 2020" (the word is looked up: "in 2019" is no month); "2020-07" / "2020"
const ANY = String.raw`\d{4}(?:-\d{2})?`;
/** Timeline commands and follow-ups ("timeline 2018..2020", "und 2021?"). */
export const COMMAND_PERIODS: PeriodRules = {
  range: new RegExp(String.raw`\b(${ANY})\s*(?:\.\.|–|—|-|\s(?:bis|to|und|and)\s)\s*(${ANY})\b`, 'i'),
  monthYear: /\b([A-Za-zÄÖÜäöü]+)\s+(\d{4})\b/,
  single: new RegExp(String.raw`\b(${ANY})\b`),
  months: 'command',
  unreadableRange: 'bad',
};

// "2019", "2019-03" (years 1800-2199); ends where a word ends
const PERIOD = String.raw`(?:1[89]|2[01])\d{2}(?:-(?:0[1-9]|1[0-2]))?`;
const END = String.raw`(?=[\s,.;:!?]|$)`;
/** Free-text search ("Rentenreform 2024", "Gipfel im März 2019", "Biegun 2019 – 2020"). */
export const SEARCH_PERIODS: PeriodRules = {
  // "2019..2020", "von 2019-03 bis 2019-06", "2018 – 2020", "Saison 2005-06" / "2005/06" (a season)
  range: new RegExp(String.raw`(?:^|\s)(?:von\s+|from\s+|zwischen\s+)?(${PERIOD})\s*(?:\.\.|–|—|bis|to|-|/)\s*(${PERIOD}|\d{2})${END}`, 'i'),
  // "März 2019" / "im Juli 2020" / "Sept. 2019"
  monthYear: new RegExp(String.raw`(?:^|\s)(?:im\s+|in\s+)?(${monthWords('search').join('|')})\.?\s+((?:1[89]|2[01])\d{2})${END}`, 'i'),
  // "2019" / "2019-03" standing alone, also "seit 1993", "im Jahre 1995"
  single: new RegExp(String.raw`(?:^|\s)(?:(?:im|in|aus|seit|von|vom)\s+(?:jahr(?:e|es)?\s+)?)?(${PERIOD})${END}`, 'i'),
  months: 'search',
  unreadableRange: 'skip',
};

/** A period found in text: where it stands, and its range (none: it looked like one but is not). */
export interface FoundPeriod {
  index: number;
  length: number;
  text: string;
  range?: DateRange;
}

/**
 * The first period in text by a grammar's rules.
 * @example findPeriod("Gipfel im März 2019", SEARCH_PERIODS)?.range // { from: "2019-03", to: "2019-03" }
 * @example findPeriod("2021..2019", COMMAND_PERIODS) // { index: 0, length: 10, text: "2021..2019" } (no range: bad)
 */
export function findPeriod(text: string, rules: PeriodRules): FoundPeriod | null {
  const range = rules.range.exec(text);
  if (range) {
    const period = rangeOf(range[1]!, range[2]!);
    if (period || rules.unreadableRange === 'bad') return found(range, period);
  }
  const monthYear = rules.monthYear.exec(text);
  const month = monthYear ? monthNumber(monthYear[1]!, rules.months) : undefined;
  if (monthYear && month) {
    const period = `${monthYear[2]}-${String(month).padStart(2, '0')}`;
    return found(monthYear, { from: period, to: period });
  }
  const single = rules.single.exec(text);
  if (!single) return null;
  const period = single[1]!;
  return found(single, isValidPeriod(period) ? { from: period, to: period } : undefined);
}

function found(match: RegExpExecArray, range: DateRange | undefined): FoundPeriod {
  return { index: match.index, length: match[0].length, text: match[0], ...(range ? { range } : {}) };
}

// "2019".."2020" -> a period; "2005".."06" -> the season 2005..2006 (only the next year:
// "2019-03" stays March 2019); a backwards or impossible one is none
function rangeOf(from: string, to: string): DateRange | undefined {
  if (/^\d{2}$/.test(to)) {
    const year = Number(from.slice(0, 4));
    return from.length === 4 && (year + 1) % 100 === Number(to) ? { from, to: String(year + 1) } : undefined;
  }
  return isValidPeriod(from) && isValidPeriod(to) && from <= to ? { from, to } : undefined;
}

/** A period found in free words, the words left over, or the first word that looked like a date but is not one. */
export interface PeriodWords {
  range?: DateRange;
  rest: string;
  bad?: string;
}

/** Words that only glue a period to the sentence ("im Juli 2020", "2019 in Kaesong"). */
const FILLERS = new Set(['im', 'in', 'am', 'an', 'von', 'vom', 'seit', 'zu', 'dazu', 'the', 'of', 'during', 'jahr', 'year', 'zwischen', 'between']);

/**
 * Find a period among a command's words and return the rest as a topic (command rules).
 * @example parsePeriodWords("2019 in Kaesong") // { range: { from: "2019", to: "2019" }, rest: "Kaesong" }
 * @example parsePeriodWords("im Juli 2020") // { range: { from: "2020-07", to: "2020-07" }, rest: "" }
 */
export function parsePeriodWords(text: string): PeriodWords {
  const clean = text.replace(/[?!.,;]+(\s|$)/g, '$1').trim();
  const found = findPeriod(clean, COMMAND_PERIODS);
  const remaining = found ? `${clean.slice(0, found.index)} ${clean.slice(found.index + found.length)}` : clean;
  const words = remaining.split(/\s+/).filter((w) => w && !FILLERS.has(w.toLowerCase()));
  const bad = words.find((w) => /\d/.test(w) && /^[\d.\-–x]+$/i.test(w));
  if (found && !found.range) return { rest: words.join(' '), bad: found.text };
  const result: PeriodWords = { rest: words.filter((w) => w !== bad).join(' ') };
  if (found?.range) result.range = found.range;
  if (bad) result.bad = bad;
  return result;
}

/**
 * Parse a bare range ("2020", "2020-07", "2018..2020") by command rules.
 * @example parseRange("2018..2020") // { from: "2018", to: "2020" }
 */
export function parseRange(text: string): DateRange | null {
  const found = parsePeriodWords(text);
  return found.range && !found.rest && !found.bad ? found.range : null;
}
