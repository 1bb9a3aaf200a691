/**
 * The one query grammar: commands (`parseCommand`), natural phrasings and follow-ups
 * (`rewriteNatural`), free-text search (`parseQuery`: `datum:` filters, period hints, pages),
 * periods and pages, each read by one implementation with the rules of its caller.
 * @example parseCommand("timeline Kaesong 2019 seite 2") // { kind: "timeline", page: 2, range: { from: "2019", to: "2019" }, topic: "Kaesong" }
 * @example parseQuery("Kaesong datum:2019") // { text: "Kaesong", from: "2019", to: "2019" }
 */
export { cleanInput, inputText, MAX_INPUT_LENGTH, MAX_RAW_INPUT_LENGTH, parseCommand, USAGE } from './command.ts';
export { detectLanguage, rewriteNatural, type Rewritten } from './natural.ts';
export { COMMAND_PAGE, SEARCH_PAGE, trailingPage, type PageRules, type TrailingPage } from './page.ts';
export { COMMAND_PERIODS, findPeriod, parsePeriodWords, parseRange, SEARCH_PERIODS, type FoundPeriod, type PeriodRules, type PeriodWords } from './period.ts';
export { parseQuery, type ParsedQuery } from './search.ts';
export { monthNumber, monthWords, type MonthReader } from './months.ts';
export type { Command, DateRange, Problem } from './types.ts';
export { periodText, type Period } from '../calendar/index.ts';
