/**
 * Parse what the user typed after `/korea` (or after the bot's mention) into a command.
 */

/** Longest accepted input, in characters. */
export const MAX_INPUT_LENGTH = 500;

/** A date range at its precision: `from`/`to` are `YYYY` or `YYYY-MM`. */
export interface DateRange {
  from: string;
  to: string;
}

/** A parsed command, or why it could not be parsed. */
export type Command =
  | { kind: 'help' }
  | { kind: 'timeline'; range: DateRange }
  | { kind: 'who'; name: string }
  | { kind: 'search'; text: string }
  | { kind: 'invalid'; message: string; usage: string[] };

/** Usage lines per command, shown with errors and in help. */
export const USAGE = {
  timeline: ['timeline 2020', 'timeline 2020-07', 'timeline 2018..2020'],
  who: ['who Biegun', 'who Kim Jong Un'],
  search: ['Kaesong Verbindungsbüro', 'Sanktionen'],
} as const;

// "<@U123ABC> who Biegun" -> strip the leading mention; "/korea who" -> strip the command name
const LEADING_MENTION = /^(?:<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/;
const COMMAND_PREFIX = /^\/korea\b\s*/i;

/**
 * Parse input text.
 * @example parseCommand("who Biegun") // { kind: "who", name: "Biegun" }
 * @example parseCommand("timeline 20x0") // { kind: "invalid", message: "…", usage: [...] }
 */
export function parseCommand(input: string): Command {
  const text = input.replace(LEADING_MENTION, '').replace(COMMAND_PREFIX, '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_INPUT_LENGTH) {
    return { kind: 'invalid', message: `That is ${text.length} characters; please ask in at most ${MAX_INPUT_LENGTH}.`, usage: [...USAGE.search] };
  }
  const [word = '', ...rest] = text.split(' ');
  const args = rest.join(' ');
  switch (word.toLowerCase()) {
    case '':
    case 'help':
    case 'hilfe':
      return { kind: 'help' };
    case 'timeline':
      return parseTimeline(args);
    case 'who':
      return args ? { kind: 'who', name: args } : { kind: 'invalid', message: '`who` needs a name.', usage: [...USAGE.who] };
    default:
      return { kind: 'search', text };
  }
}

/**
 * Parse a timeline range.
 * @example parseRange("2018..2020") // { from: "2018", to: "2020" }
 */
export function parseRange(text: string): DateRange | null {
  // "2020" -> 2020..2020; "2020-07" -> month; "2018..2020" / "2018-2020" / "2018 bis 2020" -> range
  const match = /^(\d{4}(?:-\d{2})?)(?:\s*(?:\.\.|–|bis|-)\s*(\d{4}(?:-\d{2})?))?$/.exec(text.trim());
  if (!match) return null;
  const from = match[1]!;
  const to = match[2] ?? from;
  if (![from, to].every(isValidPeriod) || to < from) return null;
  return { from, to };
}

function isValidPeriod(period: string): boolean {
  const [year, month] = period.split('-').map(Number);
  return year! >= 1000 && year! <= 2999 && (month === undefined || (month >= 1 && month <= 12));
}

function parseTimeline(args: string): Command {
  if (!args) return { kind: 'invalid', message: '`timeline` needs a year, a month or a range.', usage: [...USAGE.timeline] };
  const range = parseRange(args);
  if (!range) return { kind: 'invalid', message: `"${args}" is not a year, month or range I understand.`, usage: [...USAGE.timeline] };
  return { kind: 'timeline', range };
}
