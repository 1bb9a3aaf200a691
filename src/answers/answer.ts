/**
 * The bot's core: text in, answer out. Pure: the knowledge, the language and the thread's
 * previous question come in as arguments.
 */
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { cleanInput, MAX_RAW_INPUT_LENGTH, parseCommand, type Command, type Problem } from './command.ts';
import { commandText, resolveFollowup } from './followup.ts';
import { helpAnswer } from './help.ts';
import type { KnowledgeView as Knowledge } from '../knowledge/view.ts';
import { detectLanguage } from './natural.ts';
import { searchAnswer } from './search.ts';
import { timelineAnswer } from './timeline.ts';
import type { Answer, ErrorAnswer } from './types.ts';
import { whoAnswer } from './who.ts';

/** How to answer: the bot's default language and, in a thread, the question answered before. */
export interface AnswerOptions {
  lang?: Lang;
  /** The previous question in this thread (command text), for "mehr", "und 2021?", "was hat er gesagt?". */
  previous?: string;
}

/**
 * Answer what a user typed (with or without the `/korea` prefix or a leading mention).
 * @example answer(knowledge, "who Biegun").kind // "who"
 * @example answer(knowledge, "und 2021?", { previous: "timeline 2020" }).kind // "timeline"
 */
export function answer(knowledge: Knowledge, input: string, options: AnswerOptions = {}): Answer {
  // patterns only ever see the first MAX_RAW_INPUT_LENGTH characters; longer input is refused below
  const bounded = input.slice(0, MAX_RAW_INPUT_LENGTH);
  const lang = detectLanguage(bounded) ?? options.lang ?? 'de';
  // the question as asked, without the bot's mention or "/korea"
  const query = cleanInput(bounded).slice(0, 600);
  const asked = parseCommand(input);
  const command = asked.kind === 'more' || asked.kind === 'followup' ? resolveFollowup(asked, options.previous) : asked;
  const result = answerCommand(knowledge, command, query, lang);
  // "mehr" after the last page: say so instead of showing the last page again
  if (asked.kind === 'more' && (result.kind === 'search' || result.kind === 'timeline') && command.kind === result.kind && 'page' in command && command.page > result.pageCount) {
    return errorAnswer(query, lang, messagesFor(lang).nothingMore, []);
  }
  const canonical = commandText(command);
  return canonical ? { ...result, command: canonical } : result;
}

/** Answer an already parsed command. */
export function answerCommand(knowledge: Knowledge, command: Command, query: string, lang: Lang): Answer {
  switch (command.kind) {
    case 'help':
      return helpAnswer(query, lang);
    case 'timeline':
      return timelineAnswer(knowledge, { query, lang }, command);
    case 'who':
      return whoAnswer(knowledge, { query, lang }, command.name, command.page ?? 1);
    case 'search':
      return searchAnswer(knowledge, { query, lang }, command.text, command.page);
    case 'digest':
      // The digest needs the subscription store: the Slack and console adapters answer it
      return errorAnswer(query, lang, messagesFor(lang).digestOnlyInSlack, ['digest']);
    case 'feedback':
      // The feedback summary needs the store and the editors list: the Slack adapter answers it
      return errorAnswer(query, lang, messagesFor(lang).feedbackEditorsOnly, []);
    case 'more':
    case 'followup':
      return errorAnswer(query, lang, messagesFor(lang).nothingToContinue, []);
    case 'invalid':
      return errorAnswer(query, lang, problemMessage(command.problem, lang), command.usage);
  }
}

/** An error answer. */
export function errorAnswer(query: string, lang: Lang, message: string, usage: string[]): ErrorAnswer {
  return { kind: 'error', query, lang, message, usage };
}

/**
 * The user-facing sentence for a parse problem.
 * @example problemMessage({ code: "whoNeedsName" }, "en") // "`who` needs a name."
 */
export function problemMessage(problem: Problem, lang: Lang): string {
  const m = messagesFor(lang);
  switch (problem.code) {
    case 'tooLong':
      return m.tooLong(problem.length, problem.max);
    case 'timelineNeedsRange':
      return m.timelineNeedsRange;
    case 'badRange':
      return m.badRange(problem.text);
    case 'whoNeedsName':
      return m.whoNeedsName;
    case 'badPage':
      return m.badPage(problem.text);
  }
}
