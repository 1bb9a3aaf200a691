/**
 * What the Slack adapter needs from the rest of the bot. main.ts builds it; tests build it too.
 */
import type { AnswerOptions } from '../answers/answer.ts';
import type { DigestReply, DigestTarget } from '../digest/service.ts';
import type { Answer } from '../answers/types.ts';
import type { Lang } from '../i18n/messages.ts';
import type { ArchiveState } from '../render/home.ts';

/** The bot's core as the adapter sees it. */
export interface BotCore {
  /** Answer command text (with thread context when there is one). */
  answer(text: string, options?: AnswerOptions): Answer;
  /** A cited passage in context, for the "show source" button. */
  source(id: string, text: string, lang: Lang): Answer;
  articleCount(): number;
  /** The archive's state for the App Home. */
  archive(): ArchiveState;
  /** Run a `digest …` command for a channel and user (absent: digests are off). */
  digest?(text: string, target: DigestTarget): Promise<DigestReply>;
  /** The bot's default language. */
  lang: Lang;
}
