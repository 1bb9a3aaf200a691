/**
 * German temporal tagging: `tagDates` finds and resolves date expressions, `formatGermanDate`
 * writes a date back in German at its precision.
 */
export { tagDates } from './tag.ts';
export { formatGermanDate } from './format.ts';
/** The mention a tagger returns, e.g. `{ text: "Ende Februar", value: "2019-02", precision: "month", modifier: "late", kind: "date", ... }`. */
export type { DateMention, MentionPrecision, Modifier } from './types.ts';
