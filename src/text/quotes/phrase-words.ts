/**
 * Words that make up a title phrase before or after a name ("der frühere Präsident", "Prof. Dr.",
 * "Bremer", "84-jährige", "die das Unglück überlebende"), shared by the speaker and subject finders.
 */
import type { QuoteContext } from './context.ts';
import { roleWord } from '../lexicon/index.ts';

export const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);
// "Prof. Dr." inside a title phrase
export const ACADEMIC = /^(Prof|Dr|Sir|\.)$/;
// "südkoreanische", "frühere", "Erste" -> adjectives inside a title phrase
// "Bremer" -> a city adjective
export const CITY_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
// "84-jährige" -> an age
export const ADJECTIVE = /^((\p{Lu}+-|\d+-)?\p{Ll}+(e|en|er|em|es)|Erste|Zweite|Stellvertretende)$/u;
// "überlebende", "anwesende", "geborene", "gewählten" -> a participle used as an adjective
export const PARTICIPLE_ADJECTIVE = /^\p{Ll}{3,}(ende|enden|ene|enen|te|ten)$/u;
// "als „Wortbruch“", "einen „Militärputsch“", "von „Verrat“" -> words before marks that quote a word as
// somebody's own (speech), not a name
export const WORD_QUOTERS = /^(als|einen|eine|ein|einem|einer|eines|von|vor)$/;

/** A word of a title phrase before a name: an article, an adjective, a role ("der frühere Minister"). */
export function titleWord(ctx: QuoteContext, text: string): boolean {
  return DETERMINERS.has(text) || (ADJECTIVE.test(text) && !ctx.lex.verbs.has(text)) || !!roleWord(text);
}
