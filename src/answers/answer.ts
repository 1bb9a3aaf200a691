/**
 * Answers from the knowledge: a parsed question in, answer data out. Pure: the knowledge, the
 * language and the thread's previous question come in as arguments.
 */
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { cleanInput, MAX_RAW_INPUT_LENGTH, parseCommand, type Command, type Problem } from '../query/index.ts';
import { commandText, resolveFollowup } from './followup.ts';
import { helpAnswer } from './help.ts';
import type { KnowledgeView as Knowledge } from '../knowledge/view.ts';
import { detectLanguage } from '../query/index.ts';
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

/** The commands answered from the knowledge alone (digests and the feedback summary need stores: the core runs them). */
export type AnswerCommand = Exclude<Command, { kind: 'digest' | 'feedback' }>;

/** A parsed question: the command, the question as asked, the language to answer in, the thread's previous question. */
export interface Question {
  command: AnswerCommand;
  query: string;
  lang: Lang;
  previous?: string;
}

/**
 * Answer typed text without any store (tests and tools; the bot goes through `core.handle`): the
 * language is the one the text is written in, else `options.lang`; digests and the feedback
 * summary get the answer that they need Slack.
 * @example answer(knowledge, "who Biegun").kind // "who"
 * @example answer(knowledge, "und 2021?", { previous: "timeline 2020" }).kind // "timeline"
 */
export function answer(knowledge: Knowledge, input: string, options: AnswerOptions = {}): Answer {
  const lang = detectLanguage(input.slice(0, MAX_RAW_INPUT_LENGTH)) ?? options.lang ?? 'de';
  const command = parseCommand(input);
  const query = queryOf(input);
  if (command.kind === 'digest' || command.kind === 'feedback') return needsSlack(command.kind, query, lang);
  return answerQuestion(knowledge, { command, query, lang, ...(options.previous ? { previous: options.previous } : {}) });
}

/**
 * The question as asked, for the answer's `query`: without "/korea" or a greeting, bounded.
 * @example queryOf("/korea  who Biegun") // "who Biegun"
 */
export function queryOf(input: string): string {
  // patterns only ever see the first MAX_RAW_INPUT_LENGTH characters; longer input is refused by the parser
  return cleanInput(input.slice(0, MAX_RAW_INPUT_LENGTH)).slice(0, 600);
}

/**
 * Answer a parsed question; a follow-up ("mehr", "und 2021?") continues the thread's previous question.
 * @example answerQuestion(knowledge, { command: { kind: "more" }, query: "mehr", lang: "de", previous: "timeline 2020" }).kind // "timeline"
 */
export function answerQuestion(knowledge: Knowledge, question: Question): Answer {
  const { command: asked, query, lang } = question;
  const command = asked.kind === 'more' || asked.kind === 'followup' ? resolveFollowup(asked, question.previous) : asked;
  const result = answerCommand(knowledge, command, query, lang);
  // "mehr" after the last page: say so instead of showing the last page again
  if (asked.kind === 'more' && (result.kind === 'search' || result.kind === 'timeline') && command.kind === result.kind && 'page' in command && command.page > result.pageCount) {
    return errorAnswer(query, lang, messagesFor(lang).nothingMore, []);
  }
  const canonical = commandText(command);
  return canonical ? { ...result, command: canonical } : result;
}

/** Answer an already parsed command. */
export function answerCommand(knowledge: Knowledge, command: AnswerCommand, query: string, lang: Lang): Answer {
  switch (command.kind) {
    case 'help':
      return helpAnswer(query, lang);
    case 'timeline':
      return timelineAnswer(knowledge, { query, lang }, command);
    case 'who':
      return whoAnswer(knowledge, { query, lang }, command.name, command.page ?? 1);
    case 'search':
      return searchAnswer(knowledge, { query, lang }, command.text, command.page);
    case 'more':
    case 'followup':
      return errorAnswer(query, lang, messagesFor(lang).nothingToContinue, []);
    case 'invalid':
      return errorAnswer(query, lang, problemMessage(command.problem, lang), command.usage);
  }
}

/**
 * The answer to a digest or feedback command where it cannot run: no store, or no Slack channel.
 * @example needsSlack("digest", "digest on", "en").message // "The digest …"
 */
export function needsSlack(kind: 'digest' | 'feedback', query: string, lang: Lang): ErrorAnswer {
  const m = messagesFor(lang);
  return kind === 'digest' ? errorAnswer(query, lang, m.digestOnlyInSlack, ['digest']) : errorAnswer(query, lang, m.feedbackEditorsOnly, []);
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
