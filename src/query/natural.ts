/**
 * Natural phrasings in German and English, rewritten into command syntax, and the follow-ups
 * that only make sense in a thread ("und 2021?", "was hat er gesagt?").
 */
import type { Lang } from '../i18n/messages.ts';
import { parsePeriodWords } from './period.ts';
import type { Command } from './types.ts';

/** Either text in command syntax, or a follow-up that needs the thread's previous answer. */
export type Rewritten = { kind: 'text'; text: string } | { kind: 'followup'; command: Extract<Command, { kind: 'followup' }> };

interface Rule {
  // each pattern carries an example of what it rewrites
  pattern: RegExp;
  rewrite: (match: RegExpExecArray) => string;
}

const RULES: Rule[] = [
  // "wer ist Biegun?" / "who is Lee Do-hoon" / "who's Kim" -> "who Biegun"
  { pattern: /^(?:wer|who)\s+(?:ist|war|sind|is|was|are)\s+(?:eigentlich\s+)?(.+?)[?!.]*$/i, rewrite: (m) => `who ${m[1]}` },
  { pattern: /^who's\s+(.+?)[?!.]*$/i, rewrite: (m) => `who ${m[1]}` },
  // "was geschah im Juli 2020?" / "was passierte 2019 in Kaesong?" / "what happened in 2020" -> "timeline …"
  { pattern: /^(?:was|what)\s+(?:geschah|passierte|ist passiert|war los|gab es|happened|went on)\s*(.*?)[?!.]*$/i, rewrite: (m) => `timeline ${m[1]}` },
  // "Chronik 2020" / "Zeitleiste Biegun" are command words already (see command.ts)
  // "suche Kaesong" / "search Kaesong" / "finde Sanktionen" -> "Kaesong"
  { pattern: /^(?:suche?|such nach|search(?: for)?|finde?|find)\s+(.+)$/i, rewrite: (m) => m[1]! },
];

// "und 2021?" / "and 2019..2020?" -> follow-up with a new period
const AND_PERIOD = /^(?:und|and)\s+(.+?)[?!.]*$/i;
// "was hat er gesagt?" / "was sagte sie dazu" / "what did he say?" -> the person's quotes
const WHAT_SAID = /^(?:(?:und\s+)?was\s+(?:hat|haben)\s+(?:er|sie)\b.*\bgesagt|(?:und\s+)?was\s+sagte\s+(?:er|sie)\b.*|(?:and\s+)?what\s+did\s+(?:he|she|they)\s+say\b.*)[?!.]*$/i;

/**
 * Rewrite natural phrasing into command syntax; leave command syntax alone.
 * @example rewriteNatural("wer ist Biegun?") // { kind: "text", text: "who Biegun" }
 * @example rewriteNatural("und 2021?") // { kind: "followup", command: { kind: "followup", range: { from: "2021", to: "2021" } } }
 */
export function rewriteNatural(text: string): Rewritten {
  if (WHAT_SAID.test(text)) return { kind: 'followup', command: { kind: 'followup', about: 'quotes' } };
  const and = AND_PERIOD.exec(text);
  if (and) {
    const period = parsePeriodWords(and[1]!);
    if (period.range && !period.rest && !period.bad) return { kind: 'followup', command: { kind: 'followup', range: period.range } };
  }
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return { kind: 'text', text: rule.rewrite(match).trim() };
  }
  return { kind: 'text', text };
}

// Command words ("who", "timeline") say nothing about the language; natural phrasing does.
// "who is …" / "what happened …" / "and 2021?" / "… did he say" -> English
const ENGLISH = /^(?:who\s+(?:is|was|are)|who's|what|when|and|show|find|search for|more|next)\b|\b(?:the|did|happened)\b/i;
// "wer ist …" / "was geschah …" / "und 2021?" / "Chronik 2020" / "mehr" -> German
const GERMAN = /^(?:wer|was|wann|und|zeig|suche|finde|mehr|weiter|hilfe|chronik|zeitleiste|zusammenfassung)\b|\b(?:ist|hat|geschah|passierte|gesagt)\b/i;

/**
 * The language a message is written in, when it is clear; null when it is not (a name, a year).
 * @example detectLanguage("who is Biegun?") // "en"
 * @example detectLanguage("wer ist Biegun?") // "de"
 * @example detectLanguage("Kaesong 2019") // null
 */
export function detectLanguage(text: string): Lang | null {
  const german = GERMAN.test(text);
  const english = ENGLISH.test(text);
  if (german === english) return null;
  return german ? 'de' : 'en';
}
