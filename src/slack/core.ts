/**
 * What the Slack adapter needs from the rest of the bot. main.ts builds it; tests build it too.
 */
import type { AnswerOptions } from '../answers/answer.ts';
import type { Answer } from '../answers/types.ts';
import type { Lang } from '../i18n/messages.ts';

/** The bot's core as the adapter sees it. */
export interface BotCore {
  /** Answer command text (with thread context when there is one). */
  answer(text: string, options?: AnswerOptions): Answer;
  /** A cited passage in context, for the "show source" button. */
  source(id: string, text: string, lang: Lang): Answer;
  articleCount(): number;
  /** The bot's default language. */
  lang: Lang;
}
