/**
 * `help` (and empty input): what the bot can do, with examples.
 */
import type { HelpAnswer } from './types.ts';

/**
 * The help answer.
 * @example helpAnswer("").commands[0].usage // "timeline <Jahr | Jahr-Monat | Jahr..Jahr>"
 */
export function helpAnswer(query: string): HelpAnswer {
  return {
    kind: 'help',
    query,
    intro: 'I answer questions about the Korea desk archive. Every answer cites its articles.',
    commands: [
      { usage: 'timeline <YYYY | YYYY-MM | YYYY..YYYY>', description: 'What happened in a period, oldest first.', example: '/korea timeline 2020' },
      { usage: 'who <name>', description: 'A person: full name, roles, quotes and the articles that mention them.', example: '/korea who Biegun' },
      { usage: '<any words>', description: 'Search the archive; best articles first, with the matching sentence.', example: '/korea Kaesong Verbindungsbüro' },
      { usage: 'help', description: 'This overview.', example: '/korea help' },
    ],
  };
}
