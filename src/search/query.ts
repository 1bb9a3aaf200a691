/**
 * Filters typed into a search: a date ("Kaesong 2019", "Sanktionen 2019-03", "März 2019"),
 * a range ("2019..2020", "2019 bis 2020") and a page ("page 2", "Seite 2"). What remains is
 * the text to search for.
 */

/** A search with its filters taken out. */
export interface ParsedQuery {
  text: string;
  /** Article date range, `YYYY` or `YYYY-MM`, inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

const MONTHS: Record<string, string> = {
  januar: '01', jan: '01', jaenner: '01', februar: '02', feb: '02', maerz: '03', märz: '03', mar: '03', april: '04', apr: '04',
  mai: '05', juni: '06', jun: '06', juli: '07', jul: '07', august: '08', aug: '08', september: '09', sep: '09', sept: '09',
  oktober: '10', okt: '10', november: '11', nov: '11', dezember: '12', dez: '12',
};
const PERIOD = String.raw`(?:1[89]|2[01])\d{2}(?:-(?:0[1-9]|1[0-2]))?`;
// "page 2" / "Seite 3" at the end
const PAGE = /(?:^|\s)(?:page|seite|s\.)\s*(\d{1,3})\s*$/i;
// "2019..2020", "2019-03 bis 2019-06", "2018 – 2020", "2018-2020"
const RANGE = new RegExp(String.raw`(?:^|\s)(?:von\s+|from\s+)?(${PERIOD})\s*(?:\.\.|–|—|bis|to|-)\s*(${PERIOD})(?=\s|$)`, 'i');
// "März 2019" / "im Juli 2020" -> a month
const MONTH_YEAR = new RegExp(String.raw`(?:^|\s)(?:im\s+)?(${Object.keys(MONTHS).join('|')})\.?\s+((?:1[89]|2[01])\d{2})(?=\s|$)`, 'i');
// "2019" / "2019-03" standing alone
const SINGLE = new RegExp(String.raw`(?:^|\s)(?:im\s+|in\s+|aus\s+|seit\s+)?(${PERIOD})(?=\s|$)`, 'i');

/**
 * Take the filters out of a search text.
 * @example parseQuery("Sanktionen 2019-03") // { text: "Sanktionen", from: "2019-03", to: "2019-03" }
 * @example parseQuery("Kaesong 2018..2020 page 2") // { text: "Kaesong", from: "2018", to: "2020", page: 2 }
 */
export function parseQuery(input: string): ParsedQuery {
  let text = ` ${input.replace(/\s+/g, ' ').trim()} `;
  const result: ParsedQuery = { text: '' };
  const page = PAGE.exec(text.trimEnd());
  if (page) {
    result.page = Math.max(1, Number(page[1]));
    text = text.trimEnd().slice(0, page.index) + ' ';
  }
  const range = RANGE.exec(text);
  if (range && range[1]! <= range[2]!) {
    Object.assign(result, { from: range[1], to: range[2] });
    text = cut(text, range);
  } else {
    const monthYear = MONTH_YEAR.exec(text);
    const single = monthYear ? null : SINGLE.exec(text);
    if (monthYear) {
      const month = `${monthYear[2]}-${MONTHS[monthYear[1]!.toLowerCase()]}`;
      Object.assign(result, { from: month, to: month });
      text = cut(text, monthYear);
    } else if (single) {
      Object.assign(result, { from: single[1], to: single[1] });
      text = cut(text, single);
    }
  }
  result.text = text.replace(/\s+/g, ' ').trim();
  return result;
}

function cut(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}
