/**
 * Periods at year or month precision: `{ from: "2019", to: "2020" }`, `{ from: "2019-03", to: "2019-03" }`.
 */

/** A period at year or month precision, inclusive: `from`/`to` are `YYYY` or `YYYY-MM`. */
export interface Period {
  from: string;
  to: string;
}

/**
 * Whether `YYYY` or `YYYY-MM` is a real period (years from 1000).
 * @example isValidPeriod("2020-13") // false
 */
export function isValidPeriod(period: string): boolean {
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(period);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  return Number(match[1]) >= 1000 && month >= 1 && month <= 12;
}

/**
 * A period as it is typed back into a query: `2019`, `2019-03`, `2019..2020`.
 * @example periodText({ from: "2019", to: "2020" }) // "2019..2020"
 */
export function periodText(period: Period): string {
  return period.from === period.to ? period.from : `${period.from}..${period.to}`;
}
