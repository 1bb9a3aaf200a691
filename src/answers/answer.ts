/**
 * The bot's core: text in, answer out. Pure: the knowledge comes in as an argument.
 */
import { parseCommand } from './command.ts';
import { helpAnswer } from './help.ts';
import type { Knowledge } from './knowledge.ts';
import { searchAnswer } from './search.ts';
import { timelineAnswer } from './timeline.ts';
import type { Answer } from './types.ts';
import { whoAnswer } from './who.ts';

/**
 * Answer what a user typed (with or without the `/korea` prefix or a leading mention).
 * @example answer(knowledge, "who Biegun").kind // "who"
 */
export function answer(knowledge: Knowledge, input: string): Answer {
  const command = parseCommand(input);
  const query = input.trim().slice(0, 600);
  switch (command.kind) {
    case 'help':
      return helpAnswer(query);
    case 'timeline':
      return timelineAnswer(knowledge, query, command.range);
    case 'who':
      return whoAnswer(knowledge, query, command.name);
    case 'search':
      return searchAnswer(knowledge, command.text);
    case 'invalid':
      return { kind: 'error', query, message: command.message, usage: command.usage };
  }
}
