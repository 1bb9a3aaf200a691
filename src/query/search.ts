/**
 * How a search is read. A year, month or range in free text ("Rentenreform 2024", "Exporte im
 * Januar 2015", "Biegun 2019..2020") says what the story is about: it becomes a `period` hint
 * (articles dated then or reporting events dated then rank higher), never a filter. Only the
 * explicit form `datum:2019` (also `date:`, `datum:2019-03`, `datum:2019..2020`) filters by
 * article date. A trailing "page 2" / "Seite 2" picks the page. What remains is the text.
 */

/** A period at year or month precision, inclusive: `{ from: "2019", to: "2020" }`. */
export interface Period {
  from: string;
  to: string;
}

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

const MONTHS: Record<string, string> = {
  januar: '01', jan: '01', jaenner: '01', jänner: '01', februar: '02', feb: '02', maerz: '03', märz: '03', mar: '03', april: '04', apr: '04',
  mai: '05', juni: '06', jun: '06', juli: '07', jul: '07', august: '08', aug: '08', september: '09', sep: '09', sept: '09',
  oktober: '10', okt: '10', november: '11', nov: '11', dezember: '12', dez: '12',
};
// "2019", "2019-03" (years 1800-2199)
const PERIOD = String.raw`(?:1[89]|2[01])\d{2}(?:-(?:0[1-9]|1[0-2]))?`;
// "page 2" / "Seite 3" at the end
const PAGE = /(?:^|\s)(?:page|seite|s\.)\s*(\d{1,3})\s*$/i;
// "datum:2019", "date: 2019-03", "datum:2019..2020", "datum:2019-2020" -> the explicit filter
const EXPLICIT = new RegExp(String.raw`(?:^|\s)(?:datum|date):\s*(${PERIOD})(?:\s*(?:\.\.|–|—|-|bis)\s*(${PERIOD}))?(?=\s|$)`, 'i');
// "2019..2020", "2019-03 bis 2019-06", "2018 – 2020", "2018-2020", "Saison 2005-06" / "2005/06" (a season)
const RANGE = new RegExp(String.raw`(?:^|\s)(?:von\s+|from\s+|zwischen\s+)?(${PERIOD})\s*(?:\.\.|–|—|bis|to|-|/)\s*(${PERIOD}|\d{2})(?=[\s,.;:!?]|$)`, 'i');
// "März 2019" / "im Juli 2020" -> a month
const MONTH_YEAR = new RegExp(String.raw`(?:^|\s)(?:im\s+|in\s+)?(${Object.keys(MONTHS).join('|')})\.?\s+((?:1[89]|2[01])\d{2})(?=[\s,.;:!?]|$)`, 'i');
// "2019" / "2019-03" standing alone, also "seit 1993", "im Jahre 1995"
const SINGLE = new RegExp(String.raw`(?:^|\s)(?:(?:im|in|aus|seit|von|vom)\s+(?:jahr(?:e|es)?\s+)?)?(${PERIOD})(?=[\s,.;:!?]|$)`, 'i');

/**
 * Read a search text: explicit filter, period hint, page, and the words that remain.
 * @example parseQuery("Sanktionen 2019-03") // { text: "Sanktionen", period: { from: "2019-03", to: "2019-03" } }
 * @example parseQuery("Kaesong datum:2018..2020 page 2") // { text: "Kaesong", from: "2018", to: "2020", page: 2 }
 */
export function parseQuery(input: string): ParsedQuery {
  let text = ` ${input.replace(/\s+/g, ' ').trim()} `;
  const result: ParsedQuery = { text: '' };
  const page = PAGE.exec(text.trimEnd());
  if (page) {
    result.page = Math.max(1, Number(page[1]));
    text = text.trimEnd().slice(0, page.index) + ' ';
  }
  const explicit = EXPLICIT.exec(text);
  if (explicit) {
    const range = ordered(explicit[1]!, explicit[2] ?? explicit[1]!);
    if (range) Object.assign(result, { from: range.from, to: range.to });
    text = cut(text, explicit);
  }
  const period = readPeriod(text);
  if (period) {
    result.period = period.period;
    text = period.rest;
  }
  result.text = text.replace(/\s+/g, ' ').trim();
  return result;
}

/** The first period named in free text, and the text without it. */
function readPeriod(text: string): { period: Period; rest: string } | undefined {
  const range = RANGE.exec(text);
  if (range) {
    const period = range[2]!.length === 2 ? season(range[1]!, range[2]!) : ordered(range[1]!, range[2]!);
    if (period) return { period, rest: cut(text, range) };
  }
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) {
    const month = `${monthYear[2]}-${MONTHS[monthYear[1]!.toLowerCase()]}`;
    return { period: { from: month, to: month }, rest: cut(text, monthYear) };
  }
  const single = SINGLE.exec(text);
  if (single) return { period: { from: single[1]!, to: single[1]! }, rest: cut(text, single) };
  return undefined;
}

// "2005-06" -> the season 2005..2006 (only the next year: "2019-03" stays March 2019)
function season(first: string, next: string): Period | undefined {
  const year = Number(first.slice(0, 4));
  return first.length === 4 && (year + 1) % 100 === Number(next) ? { from: first, to: String(year + 1) } : undefined;
}

// "2019".."2020" -> a period; a backwards one ("2020".."2019") is none
function ordered(from: string, to: string): Period | undefined {
  return from <= to ? { from, to } : undefined;
}

function cut(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

/**
 * A period as it is typed back into a query: `2019`, `2019-03`, `2019..2020`.
 * @example periodText({ from: "2019", to: "2020" }) // "2019..2020"
 */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from}..${period.to}`;
}
