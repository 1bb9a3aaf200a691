/**
 * How a search is read. A year, month or range in free text ("Rentenreform 2024", "Exporte im
 * Januar 2015", "Biegun 2019..2020") says what the story is about: it becomes a `period` hint
 * (articles dated then or reporting events dated then rank higher), never a filter. Only the
 * explicit form `datum:2019` (also `date:`, `datum:2019-03`, `datum:2019..2020`) filters by
 * article date. A trailing "page 2" / "Seite 2" picks the page. What remains is the text.
 * Periods and pages are read by the shared grammar with its search rules (period.ts, page.ts).
 */
import type { Period } from '../calendar/index.ts';
import { SEARCH_PAGE, trailingPage } from './page.ts';
import { findPeriod, SEARCH_PERIODS } from './period.ts';

/** A search as read. */
export interface ParsedQuery {
  text: string;
  /** Explicit article-date filter (`datum:…`), `YYYY` or `YYYY-MM`, inclusive. */
  from?: string;
  to?: string;
  /** A period named in the free text: a ranking hint, not a filter. */
  period?: Period;
  page?: number;
}

// "2019", "2019-03" (years 1800-2199)
const PERIOD = String.raw`(?:1[89]|2[01])\d{2}(?:-(?:0[1-9]|1[0-2]))?`;
// "datum:2019", "date: 2019-03", "datum:2019..2020", "datum:2019-2020" -> the explicit filter
const EXPLICIT = new RegExp(String.raw`(?:^|\s)(?:datum|date):\s*(${PERIOD})(?:\s*(?:\.\.|–|—|-|bis)\s*(${PERIOD}))?(?=\s|$)`, 'i');

/**
 * Read a search text: explicit filter, period hint, page, and the words that remain.
 * @example parseQuery("Sanktionen 2019-03") // { text: "Sanktionen", period: { from: "2019-03", to: "2019-03" } }
 * @example parseQuery("Kaesong datum:2018..2020 page 2") // { text: "Kaesong", from: "2018", to: "2020", page: 2 }
 */
export function parseQuery(input: string): ParsedQuery {
  let text = ` ${input.replace(/\s+/g, ' ').trim()} `;
  const result: ParsedQuery = { text: '' };
  const page = trailingPage(text.trimEnd(), SEARCH_PAGE);
  if (page && 'page' in page) {
    result.page = page.page;
    text = `${page.before} `;
  }
  const explicit = EXPLICIT.exec(text);
  if (explicit) {
    const [from, to] = [explicit[1]!, explicit[2] ?? explicit[1]!];
    if (from <= to) Object.assign(result, { from, to });
    text = cut(text, explicit.index, explicit[0].length);
  }
  const period = findPeriod(text, SEARCH_PERIODS);
  if (period?.range) {
    result.period = period.range;
    text = cut(text, period.index, period.length);
  }
  result.text = text.replace(/\s+/g, ' ').trim();
  return result;
}

function cut(text: string, index: number, length: number): string {
  return `${text.slice(0, index)} ${text.slice(index + length)}`;
}
