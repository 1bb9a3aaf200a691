/**
 * Slack text in: the markup Slack puts around a question is stripped here, before the core sees
 * it, and the language is decided once per message.
 */
import { detectLanguage, MAX_RAW_INPUT_LENGTH } from '../query/index.ts';
import type { Lang } from '../i18n/messages.ts';

// "<@U123ABC> who Biegun" / "wer ist Biegun? <@U123ABC|korea>" -> the bot's mention goes wherever it is
// (a label never contains "<", so "<@A|<@A|…" without ">" costs one pass, not one per "<@")
const MENTION = /<@[A-Z0-9]+(?:\|[^<>]*)?>[\s,:]*/g;

/**
 * The question without Slack's user mentions. Text longer than the core accepts is left as it is
 * (the core refuses it by its length; no pattern runs on it).
 * @example stripSlackMarkup("<@U1> who  Biegun") // "who  Biegun"
 */
export function stripSlackMarkup(text: string): string {
  if (text.length > MAX_RAW_INPUT_LENGTH) return text;
  return text.replace(MENTION, ' ').trim();
}

/** Remembers the language each user last wrote in, so a German "mehr" follows an English question. */
export class UserLanguages {
  private readonly byUser = new Map<string, Lang>();
  constructor(private readonly fallback: Lang) {}

  /**
   * The language for this message (stripped of markup): what it is written in, else what the user
   * wrote before, else their chosen language, else the default.
   * @example new UserLanguages("de").resolve("U1", "who is Biegun?") // "en"
   */
  resolve(user: string | undefined, text: string, chosen?: Lang): Lang {
    const detected = detectLanguage(text.slice(0, MAX_RAW_INPUT_LENGTH));
    if (user && detected) this.byUser.set(user, detected);
    return detected ?? (user ? this.byUser.get(user) : undefined) ?? chosen ?? this.fallback;
  }
}
