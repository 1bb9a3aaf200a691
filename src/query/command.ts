/**
 * Parse what the user typed after `/korea` (or after the bot's mention) into a command.
 * Natural phrasings ("wer ist Biegun?", "was geschah im Juli 2020?") are first rewritten into
 * command syntax by `natural.ts`; German and English command words both work. Input comes as
 * the adapter delivers it: Slack markup (the bot's mention) is already gone.
 */
import { rewriteNatural } from './natural.ts';
import { COMMAND_PAGE, trailingPage } from './page.ts';
import { parsePeriodWords } from './period.ts';
import type { Command, Problem } from './types.ts';

export type { Command, DateRange, Problem } from './types.ts';

/** Longest accepted input, in characters. */
export const MAX_INPUT_LENGTH = 500;

/**
 * Longest raw input looked at: room for white space and control characters around an accepted
 * input (and for the markup an adapter removes before). Anything longer is refused before a
 * single pattern runs on it (a 100 kB command must cost nothing).
 */
export const MAX_RAW_INPUT_LENGTH = MAX_INPUT_LENGTH * 4;

/** Usage lines per command, shown with errors and in help. */
export const USAGE = {
  timeline: ['timeline 2020', 'timeline 2020-07', 'timeline 2018..2020', 'timeline Kaesong 2019', 'timeline Biegun'],
  who: ['who Biegun', 'who Kim Jong Un'],
  search: ['Kaesong Verbindungsbüro', 'Sanktionen 2019'],
  digest: ['digest', 'digest on 08:00', 'digest off', 'digest status', 'digest me 07:30'],
} as const;

// "/korea who" -> strip the command name
const COMMAND_PREFIX = /^\/korea\b\s*/i;
// "hey, wer ist Biegun?" / "bitte Chronik 2020" -> a greeting or "bitte" in front says nothing
const GREETING = /^(?:hey|hallo|hi|hello|moin|servus|bitte|please)\b[\s,!:]*/i;

const WORDS: Record<string, 'help' | 'timeline' | 'who' | 'digest' | 'more' | 'feedback'> = {
  help: 'help',
  hilfe: 'help',
  '?': 'help',
  timeline: 'timeline',
  chronik: 'timeline',
  zeitleiste: 'timeline',
  chronologie: 'timeline',
  who: 'who',
  wer: 'who',
  digest: 'digest',
  zusammenfassung: 'digest',
  überblick: 'digest',
  ueberblick: 'digest',
  more: 'more',
  mehr: 'more',
  weiter: 'more',
  next: 'more',
  feedback: 'feedback',
  rückmeldungen: 'feedback',
  rueckmeldungen: 'feedback',
};

/**
 * Strip a leading `/korea` and a greeting, collapse white space and control characters (Slack
 * markup is the adapter's to strip).
 * @example cleanInput("/korea who  Biegun") // "who Biegun"
 */
export function cleanInput(input: string): string {
  // "Kaesong\u0001\u0002" -> "Kaesong": control characters are never part of a question
  return input
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .replace(COMMAND_PREFIX, '')
    .replace(GREETING, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parse input text.
 * @example parseCommand("who Biegun") // { kind: "who", name: "Biegun" }
 * @example parseCommand("wer ist Biegun?") // { kind: "who", name: "Biegun" }
 * @example parseCommand("timeline 20x0") // { kind: "invalid", problem: { code: "badRange", text: "20x0" }, … }
 */
export function parseCommand(input: string): Command {
  if (input.length > MAX_RAW_INPUT_LENGTH) return invalid({ code: 'tooLong', length: input.length, max: MAX_INPUT_LENGTH }, USAGE.search);
  const cleaned = cleanInput(input);
  if (cleaned.length > MAX_INPUT_LENGTH) return invalid({ code: 'tooLong', length: cleaned.length, max: MAX_INPUT_LENGTH }, USAGE.search);
  const natural = rewriteNatural(cleaned);
  if (natural.kind === 'followup') return natural.command;
  const text = natural.text;
  const [first = '', ...rest] = text.split(' ');
  const word = Object.hasOwn(WORDS, first.toLowerCase()) ? WORDS[first.toLowerCase()] : undefined;
  const args = rest.join(' ');
  // "page 2" alone has nothing to search: it is help
  if (word === undefined) return text === '' ? { kind: 'help' } : withPage(text, (body, page) => (body ? { kind: 'search', text: body, page } : { kind: 'help' }));
  switch (word) {
    case 'help':
      return { kind: 'help' };
    case 'more':
      return args ? withPage(text, (body, page) => ({ kind: 'search', text: body, page })) : { kind: 'more' };
    case 'digest':
      return { kind: 'digest', args };
    case 'feedback':
      // "feedback Kaesong" is a search for those words
      return args ? withPage(text, (body, page) => ({ kind: 'search', text: body, page })) : { kind: 'feedback' };
    case 'who':
      // "who Biegun page 2" -> the rest of the profile after its card
      return withPage(args, (body, page) => {
        // "who ?" / "who -" -> no name at all
        const name = body.replace(/[?!.]+$/, '').trim();
        if (!/[\p{L}\p{N}]/u.test(name)) return invalid({ code: 'whoNeedsName' }, USAGE.who);
        return page > 1 ? { kind: 'who', name, page } : { kind: 'who', name };
      });
    case 'timeline':
      return withPage(args, parseTimeline);
  }
}

/**
 * Text from a request field: a field that is missing or not a string is empty (a slash command
 * without `text` is a request for help).
 * @example inputText(undefined) // ""
 * @example inputText(42) // ""
 */
export function inputText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function invalid(problem: Problem, usage: readonly string[]): Command {
  return { kind: 'invalid', problem, usage: [...usage] };
}

function withPage(text: string, build: (body: string, page: number) => Command): Command {
  const found = trailingPage(text, COMMAND_PAGE);
  if (!found) return build(text, 1);
  if ('bad' in found) return invalid({ code: 'badPage', text: found.bad }, ['Kaesong page 2']);
  return build(found.before.trim(), found.page);
}

function parseTimeline(args: string, page: number): Command {
  if (!args) return invalid({ code: 'timelineNeedsRange' }, USAGE.timeline);
  const parsed = parsePeriodWords(args);
  if (parsed.bad) return invalid({ code: 'badRange', text: parsed.bad }, USAGE.timeline);
  // "timeline .." / "timeline 2019-": punctuation is neither a period nor a topic
  if ((parsed.rest && !/[\p{L}\p{N}]/u.test(parsed.rest)) || (!parsed.rest && !parsed.range)) return invalid({ code: 'badRange', text: args }, USAGE.timeline);
  const command: Command = { kind: 'timeline', page };
  if (parsed.range) command.range = parsed.range;
  if (parsed.rest) command.topic = parsed.rest;
  return command;
}
