/**
 * What parsing a command yields, apart from the parser (natural phrasings build commands too).
 */
import type { Period } from '../calendar/index.ts';

/** A date range at its precision: `from`/`to` are `YYYY` or `YYYY-MM`. */
export type DateRange = Period;

/** Why input could not be parsed; the answer layer turns it into a message in the user's language. */
export type Problem = { code: 'tooLong'; length: number; max: number } | { code: 'timelineNeedsRange' } | { code: 'badRange'; text: string } | { code: 'whoNeedsName' } | { code: 'badPage'; text: string };

/** A parsed command. `page` is 1-based. */
export type Command =
  | { kind: 'help' }
  | { kind: 'timeline'; range?: DateRange; topic?: string; page: number }
  | { kind: 'who'; name: string; page?: number }
  | { kind: 'search'; text: string; page: number }
  | { kind: 'digest'; args: string }
  | { kind: 'feedback' }
  | { kind: 'more' }
  | { kind: 'followup'; range?: DateRange; about?: 'quotes' }
  | { kind: 'invalid'; problem: Problem; usage: string[] };
