/**
 * Periods an article reports on, as index terms: every date the temporal tagger resolved inside
 * the article ("am 5. August 1930" -> 1930 and 1930-08) is indexed as `@1930` and `@1930-08`,
 * counted like words. A period typed into a search ("Rentenreform 2024") then finds the articles
 * reporting events dated then through the same postings as words.
 */
import type { Period } from '../calendar/index.ts';

/** Prefix of period terms; never produced by the analyser (words are letters and digits). */
export const PERIOD_MARK = '@';
/** Longest range of years looked up for one hint (wider ones are cut at their start). */
export const MAX_HINT_YEARS = 40;

/** What is needed of a date mention (see src/text/dates/types.ts). */
export interface DatedMention {
  value: string;
  kind: string;
}

// "2019-03-02" / "2019-03" / "2019" / "1940-SU" / "2005-Q2" / "1939-09-01T04:45" -> year and month
const CALENDAR = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?![\d])/;

/**
 * Period terms of an article's date mentions with how often each occurs.
 * @example reportedPeriods([{ value: "1930-08-05", kind: "date" }]) // Map { "@1930" => 1, "@1930-08" => 1 }
 */
export function reportedPeriods(mentions: readonly DatedMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const mention of mentions) {
    if (mention.kind !== 'date') continue;
    const match = CALENDAR.exec(mention.value);
    if (!match) continue;
    add(`${PERIOD_MARK}${match[1]}`);
    if (match[2]) add(`${PERIOD_MARK}${match[1]}-${match[2]}`);
  }
  return counts;
}

/**
 * The period terms that stand for a hint: its years, or its months when given by month.
 * @example hintTerms({ from: "2019", to: "2020" }) // ["@2019", "@2020"]
 * @example hintTerms({ from: "2019-11", to: "2020-01" }) // ["@2019-11", "@2019-12", "@2020-01"]
 */
export function hintTerms(period: Period): string[] {
  const terms: string[] = [];
  const byMonth = period.from.length === 7 || period.to.length === 7;
  let year = Number(period.from.slice(0, 4));
  let month = byMonth ? Number(period.from.slice(5, 7) || '1') : 0;
  const [lastYear, lastMonth] = [Number(period.to.slice(0, 4)), byMonth ? Number(period.to.slice(5, 7) || '12') : 0];
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && terms.length < MAX_HINT_YEARS * (byMonth ? 12 : 1)) {
    terms.push(byMonth ? `${PERIOD_MARK}${year}-${String(month).padStart(2, '0')}` : `${PERIOD_MARK}${year}`);
    if (!byMonth || ++month > 12) [year, month] = [year + 1, byMonth ? 1 : 0];
  }
  return terms;
}
