/**
 * German temporal tagging: `tagDates` finds and resolves date expressions, `formatGermanDate`
 * writes a date back in German at its precision.
 */
export { tagDates } from './tag.ts';
export { formatGermanDate } from './format.ts';
export type { DateMention, MentionPrecision, Modifier } from './types.ts';
