/**
 * Buttons on answers and what their values carry. The Slack listeners read the same ids.
 */
import type { Lang } from '../i18n/messages.ts';
import { messagesFor } from '../i18n/messages.ts';
import type { ButtonElement } from './block-types.ts';
import { BLOCK_LIMITS } from './limits.ts';

/** Action ids, shared with the action handlers. */
export const ACTION_IDS = {
  share: 'korea_share',
  more: 'korea_more',
  source: 'korea_source',
  ask: 'korea_ask',
  helpful: 'korea_helpful',
  wrong: 'korea_wrong',
  homeDigestTime: 'korea_home_digest_time',
  homeDigestOff: 'korea_home_digest_off',
  homeChannelOff: 'korea_home_channel_off',
  homeLanguage: 'korea_home_language',
  homeExample: 'korea_home_example',
} as const;

/** What a "share" or "more" button carries: a command to answer, in a language. */
export interface CommandAction {
  command: string;
  lang: Lang;
}

/** What a "source" button carries: the article and the text to find in it. */
export interface SourceAction {
  id: string;
  text: string;
  lang: Lang;
}

/** What a feedback button carries: the answer, shortly (it is stored with the vote). */
export interface FeedbackAction {
  /** Answer id (kind, question and cited articles hashed). */
  a: string;
  /** Answer kind. */
  k: string;
  /** The question, possibly cut. */
  q: string;
  /** Cited article ids, possibly cut. */
  c: string[];
  lang: Lang;
}

/**
 * Decode a feedback button's value; null when it is not one or is malformed.
 * @example decodeFeedback('{"a":"1f2e","k":"who","q":"who Biegun","c":["003"],"lang":"de"}')?.k // "who"
 */
export function decodeFeedback(value: string | undefined): FeedbackAction | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<FeedbackAction>;
    if (parsed.lang !== 'de' && parsed.lang !== 'en') return null;
    if (typeof parsed.a !== 'string' || typeof parsed.k !== 'string' || typeof parsed.q !== 'string') return null;
    if (!Array.isArray(parsed.c) || !parsed.c.every((id) => typeof id === 'string')) return null;
    return parsed as FeedbackAction;
  } catch {
    return null;
  }
}

/**
 * Decode a button value; null when it is not ours or is malformed.
 * @example decodeAction<CommandAction>('{"command":"Kaesong page 2","lang":"de"}')
 */
export function decodeAction<T extends CommandAction | SourceAction>(value: string | undefined): T | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<CommandAction & SourceAction>;
    if (parsed.lang !== 'de' && parsed.lang !== 'en') return null;
    if (typeof parsed.command === 'string' || (typeof parsed.id === 'string' && typeof parsed.text === 'string')) return parsed as T;
    return null;
  } catch {
    return null;
  }
}

/**
 * A button value within Slack's limit that still decodes: the command or passage text is cut (by
 * characters, never inside a JSON escape) until the JSON fits. A cut value is never sliced as a
 * string, which would leave JSON that no click can read.
 * @example JSON.parse(fittedValue({ command: "Kaesong" + "\u0001".repeat(490), lang: "de" })).command.startsWith("Kaesong") // true
 */
export function fittedValue(value: CommandAction | SourceAction | FeedbackAction, limit: number = BLOCK_LIMITS.buttonValue): string {
  if ('a' in value) {
    // feedback: drop cited ids from the end first, then cut the question
    let fitted = { ...value, c: [...value.c] };
    while (JSON.stringify(fitted).length > limit && fitted.c.length > 0) fitted = { ...fitted, c: fitted.c.slice(0, -1) };
    return cutField(fitted, 'q', limit);
  }
  return cutField(value, 'command' in value ? 'command' : 'text', limit);
}

function cutField<T extends object>(value: T, field: string, limit: number): string {
  let chars = Array.from(String((value as Record<string, unknown>)[field] ?? ''));
  let json = JSON.stringify(value);
  while (json.length > limit && chars.length > 0) {
    // cut in proportion to the excess; each round at least one character
    chars = chars.slice(0, Math.min(chars.length - 1, Math.floor((chars.length * limit) / json.length)));
    json = JSON.stringify({ ...value, [field]: chars.join('') });
  }
  return json;
}

/** The "share in channel" button. */
export function shareButton(command: string, lang: Lang): ButtonElement {
  return button(ACTION_IDS.share, messagesFor(lang).share, { command, lang } satisfies CommandAction, 'primary');
}

/** The "more" button for the next page. */
export function moreButton(command: string, lang: Lang): ButtonElement {
  return button(ACTION_IDS.more, messagesFor(lang).more, { command, lang } satisfies CommandAction);
}

/** A button that asks a follow-up command (e.g. one of several people called "Kim"). */
export function commandButton(command: string, lang: Lang): ButtonElement {
  return button(ACTION_IDS.ask, command.replace(/^who /, ''), { command, lang } satisfies CommandAction);
}

/**
 * The button that narrows a search to articles dated in the period its query named (the command
 * carries an explicit `datum:`; the same handler as the other command buttons answers it).
 * @example narrowButton("Rentenreform datum:2024", "2024", "de").text.text // "Nur Artikel datiert 2024"
 */
export function narrowButton(command: string, period: string, lang: Lang): ButtonElement {
  return button(ACTION_IDS.ask, messagesFor(lang).narrowToPeriod(period).slice(0, BLOCK_LIMITS.buttonText), { command, lang } satisfies CommandAction);
}

/** The "show source" button for a cited passage (the text is cut to fit Slack's value limit). */
export function sourceButton(id: string, text: string, lang: Lang): ButtonElement {
  return button(ACTION_IDS.source, messagesFor(lang).source, { id, text: text.slice(0, 300), lang } satisfies SourceAction);
}

/**
 * "Hilfreich" and "Stimmt nicht" for an answer.
 * @example feedbackButtons({ a: "1f2e", k: "who", q: "who Biegun", c: ["003"], lang: "de" }).map((b) => b.action_id) // ["korea_helpful", "korea_wrong"]
 */
export function feedbackButtons(value: FeedbackAction): ButtonElement[] {
  const m = messagesFor(value.lang);
  return [button(ACTION_IDS.helpful, m.feedbackHelpful, value), button(ACTION_IDS.wrong, m.feedbackWrong, value)];
}

function button(action_id: string, label: string, value: CommandAction | SourceAction | FeedbackAction, style?: 'primary'): ButtonElement {
  const element: ButtonElement = { type: 'button', action_id, text: { type: 'plain_text', text: label, emoji: false }, value: fittedValue(value) };
  if (style) element.style = style;
  return element;
}
