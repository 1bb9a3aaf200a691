/**
 * The bot's one way in, as every adapter (Slack, console, CLI, tests) sees it: text and a
 * context in, a reply (plain data) out. Nothing here knows about Slack.
 */
import type { Answer, AnswerBase } from './answers/types.ts';
import type { DigestReply } from './digest/service.ts';
import type { Lang } from './i18n/messages.ts';
import type { FeedbackSummary } from './render/feedback.ts';
import type { ArchiveState } from './render/home.ts';

/** What the core needs to know about a message besides its text; the adapter fills it in. */
export interface Context {
  /** The language to answer in: the adapter detects it once (see `languageOf`). */
  lang: Lang;
  /** Who asks (a Slack user id); absent in the console and the CLI. */
  user?: string;
  /** Where they ask (a Slack channel id); absent in the console and the CLI. */
  channel?: string;
  /** The thread's previous question (command text), for "mehr", "und 2021?", "was hat er gesagt?". */
  previous?: string;
  /** Only the asker sees the reply (a slash command's ephemeral answer): only then the editors' feedback summary is shown. */
  private?: boolean;
}

/** The outcome of a `digest …` command (preview, subscription, status), for the asker only. */
export interface DigestAnswer extends AnswerBase {
  kind: 'digest';
  reply: DigestReply;
}

/** `feedback`: the editors' summary, or null for anyone else (a polite no). */
export interface FeedbackAnswer extends AnswerBase {
  kind: 'feedback';
  summary: FeedbackSummary | null;
}

/** Every reply kind. A renderer must handle each one (see render/reply.ts). */
export type Reply = Answer | DigestAnswer | FeedbackAnswer;

/** The bot's core as the adapters see it. `createCore` builds it; `createBot` wires it to Slack. */
export interface BotCore {
  /**
   * Answer a message: questions, follow-ups, digest commands and the feedback summary alike.
   * @example await core.handle("who Biegun", { lang: "de" }) // { kind: "who", … }
   */
  handle(input: string, context: Context): Promise<Reply>;
  /** A cited passage in context, for the "show source" button. */
  source(id: string, text: string, lang: Lang): Answer;
  articleCount(): number;
  /** The archive's state for the App Home. */
  archive(): ArchiveState;
  /** The bot's default language. */
  lang: Lang;
}
