import type { QuoteContext } from './context.ts';
import type { Marked } from './marks.ts';
import { roleWord, isNoun, startsLower, startsUpper } from '../lexicon/index.ts';
import { DETERMINERS, WORD_QUOTERS } from './phrase-words.ts';

// „Hartz IV“, „2010“ -> capitalised or numeric words
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
// the word before a quotation mark
const LAST_WORD = /(\S+)\s*$/u;

// "der „Sacharow-Preis …“", "im Fachmagazin „Public Library of Science“", "laut „tagesschau.de“",
// "die oben genannten „…“", "(„Hartz IV“, „Rente mit 67“)" -> what stands before a name
// (a scare quote, "so genannten „EVAC-Ambulanz“", is a label already: marks.ts)
// "von", "bei" -> prepositions before an organisation's name in marks
const GROUP_OPENERS = new Set(['von', 'bei']);
const NAME_OPENERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'laut', 'genannte', 'genannten', 'titel', '(', ',']);

/**
 * A short stretch without a verb (six words or fewer) right after an article, a preposition that
 * cites a source, "genannte", a list in brackets or a common noun ("Wochenzeitung „Le Canard
 * enchaîné“", "Grundsatz „in dubio pro reo“") names or cites a thing: a title, not somebody's words.
 */
export function citedName(ctx: QuoteContext, first: number, last: number): boolean {
  const words = ctx.tokens.slice(first + 1, last).filter((t) => t.word);
  if (words.length === 0 || words.length > 6 || words.some((t) => startsLower(t.text) && ctx.lex.verbs.has(t.text))) return false;
  const prev = ctx.tokens[first - 1];
  if (!prev || prev.sentence !== ctx.tokens[first]!.sentence) return false;
  // „von unbeschreiblicher Brutalität“ -> a phrase in lower case is somebody's words (but "laut „tagesschau.de“")
  if (startsLower(words[0]!.text) && prev.text !== 'laut') return false;
  if (NAME_OPENERS.has(prev.text.toLowerCase()) && !(prev.text === ',' && ctx.tokens[first - 2]?.text !== '“')) return true;
  // "des Leiters von „Ärzte ohne Grenzen“", "Sprecherin bei „Reporter ohne Grenzen“" -> a title, then "von"/"bei":
  // the marks name the group the title holder works for ("sprach von „Verrat am Volk“" are somebody's words)
  if (GROUP_OPENERS.has(prev.text) && titleBefore(ctx, first - 1)) return true;
  // a common noun right before: "Fachmagazin „…“" (not a name, not a cue: "Merkel „ist …“")
  return prev.word && startsUpper(prev.text) && !prev.initial && !ctx.personAt.has(first - 1) && isNoun(ctx.lex, prev.text) && !roleWord(prev.text);
}

/** Tokens a title may stand before "von" with its complement: "des Leiters der griechischen Sektion von". */
const MAX_TITLE_REACH = 5;

/**
 * A title ("Leiter", "Leiters", "Sprecherin") stands among the few words before the preposition at `k`,
 * with no verb or punctuation between them.
 */
function titleBefore(ctx: QuoteContext, k: number): boolean {
  for (let j = k - 1; j >= k - MAX_TITLE_REACH && ctx.tokens[j]?.sentence === ctx.tokens[k]!.sentence; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word || (startsLower(t.text) && ctx.lex.verbs.has(t.text) && !DETERMINERS.has(t.text))) return false;
    if (roleWord(t.text)) return true;
  }
  return false;
}

// "Trickserei", "Verschwörung", "Feigheit", "Komplizenschaft" -> endings of abstract common nouns
const NOUN_SUFFIX = /\p{Ll}(ei|ung|heit|keit|schaft|ion|tät|nis|tum|ismus)$/u;
// prepositions before a bare noun: "durch „Trickserei“", "wegen „Untreue“"
const BARE_PREPOSITIONS = new Set(['durch', 'wegen', 'aus', 'mit', 'ohne', 'gegen', 'für', 'nach', 'zu', 'über', 'trotz', 'auf']);

/**
 * A short stretch of capitalised words („Hartz IV“, „Algemeen Dagblad“) names a thing unless "als", an
 * indefinite article or a colon introduces it ("nannte dies einen „Militärputsch“", "als „Wortbruch“").
 */
export function namedThing(ctx: QuoteContext, m: Marked): boolean {
  const words = ctx.body
    .slice(m.open + 1, m.close)
    .trim()
    .split(/\s+/);
  if (words.length > 3 || !words.every((w) => CAPITAL_OR_DIGIT.test(w))) return false;
  const prev = LAST_WORD.exec(ctx.body.slice(Math.max(0, m.open - 30), m.open))?.[1] ?? '';
  // "nur durch „Trickserei“ zustande" -> an abstract noun right after a preposition is a word quoted, not a
  // name (but "mit „Bild“", "für „Zeit“" may name a paper)
  const word = words[0]!.replace(/[^\p{L}-]/gu, '');
  if (words.length === 1 && BARE_PREPOSITIONS.has(prev) && NOUN_SUFFIX.test(word)) return false;
  return !WORD_QUOTERS.test(prev) && !prev.endsWith(':');
}
