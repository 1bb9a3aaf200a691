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
export function fittedValue(value: CommandAction | SourceAction, limit: number = BLOCK_LIMITS.buttonValue): string {
  const field = 'command' in value ? 'command' : 'text';
  let chars = Array.from((value as unknown as Record<string, string>)[field] ?? '');
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

function button(action_id: string, label: string, value: CommandAction | SourceAction, style?: 'primary'): ButtonElement {
  const element: ButtonElement = { type: 'button', action_id, text: { type: 'plain_text', text: label, emoji: false }, value: fittedValue(value) };
  if (style) element.style = style;
  return element;
}
