/**
 * Follow-ups in a thread: "mehr" pages on, "und 2021?" repeats the question for another period,
 * "was hat er gesagt?" asks for the person's quotes. Pure: the previous question comes in.
 */
import { parseCommand, type Command } from '../query/index.ts';

/**
 * Turn a follow-up into a full command using the thread's previous question.
 * Without a previous question the follow-up stays unresolved (the answer says so).
 * @example resolveFollowup({ kind: "more" }, "Kaesong") // { kind: "search", text: "Kaesong", page: 2 }
 * @example resolveFollowup({ kind: "followup", range: { from: "2021", to: "2021" } }, "timeline Kaesong 2020") // timeline Kaesong 2021
 */
export function resolveFollowup(command: Extract<Command, { kind: 'more' | 'followup' }>, previous: string | undefined): Extract<Command, { kind: 'search' | 'timeline' | 'who' | 'more' | 'followup' }> {
  if (!previous) return command;
  const before = parseCommand(previous);
  if (command.kind === 'more') {
    if (before.kind === 'search' || before.kind === 'timeline') return { ...before, page: before.page + 1 };
    if (before.kind === 'who') return { ...before, page: (before.page ?? 1) + 1 };
    return command;
  }
  if (command.range) {
    if (before.kind === 'timeline') return { ...before, range: command.range, page: 1 };
    if (before.kind === 'who') return { kind: 'timeline', topic: before.name, range: command.range, page: 1 };
    if (before.kind === 'search') return { kind: 'timeline', topic: before.text, range: command.range, page: 1 };
    return { kind: 'timeline', range: command.range, page: 1 };
  }
  if (command.about === 'quotes' && before.kind === 'who') return before;
  return command;
}

/**
 * The command text that reproduces a command (stored with an answer so a thread can continue).
 * @example commandText({ kind: "search", text: "Kaesong", page: 2 }) // "Kaesong page 2"
 */
export function commandText(command: Command): string | null {
  switch (command.kind) {
    case 'search':
      return command.page > 1 ? `${command.text} page ${command.page}` : command.text;
    case 'timeline': {
      const range = command.range ? (command.range.from === command.range.to ? command.range.from : `${command.range.from}..${command.range.to}`) : '';
      const page = command.page > 1 ? ` page ${command.page}` : '';
      return `timeline ${[command.topic ?? '', range].filter(Boolean).join(' ')}${page}`;
    }
    case 'who':
      return command.page && command.page > 1 ? `who ${command.name} page ${command.page}` : `who ${command.name}`;
    default:
      return null;
  }
}
