/**
 * What an answer button does, apart from Slack: decode the button's value and answer it through
 * the core. The Slack action handlers (`actions.ts`) and the preview page (`src/preview/`) both
 * run clicks through here, so a click in the preview takes the same path as one in Slack.
 * No Bolt here: only the core and the button encodings.
 */
import { languageOf } from '../core.ts';
import type { BotCore, Reply } from '../core-types.ts';
import type { Lang } from '../i18n/messages.ts';
import { ACTION_IDS, type CommandAction, decodeAction, type SourceAction } from '../render/actions.ts';

/** A decoded click: the language to answer in and how to compute the reply. */
export interface ButtonPress {
  lang: Lang;
  /** "Mehr", a candidate or a narrowed search: the command the button carries. Absent for "Quelle zeigen". */
  command?: string;
  /** Compute the reply through the core. */
  answer(core: BotCore): Promise<Reply>;
}

/** The buttons that answer through the core (the feedback buttons open a form instead). */
export const ANSWER_BUTTONS: ReadonlySet<string> = new Set([ACTION_IDS.share, ACTION_IDS.more, ACTION_IDS.ask, ACTION_IDS.source]);

/**
 * Decode a click on an answer button; null when the id is not an answer button or the value is unreadable.
 * @example await buttonPress("korea_more", '{"command":"timeline 2020 page 2","lang":"de"}')?.answer(core) // { kind: "timeline", page: 2, … }
 */
export function buttonPress(actionId: string, value: string | undefined): ButtonPress | null {
  if (actionId === ACTION_IDS.source) {
    const source = decodeAction<SourceAction>(value);
    if (!source || typeof source.id !== 'string' || typeof source.text !== 'string') return null;
    return { lang: source.lang, answer: async (core) => core.source(source.id, source.text, source.lang) };
  }
  if (!ANSWER_BUTTONS.has(actionId)) return null;
  const action = decodeAction<CommandAction>(value);
  if (!action || typeof action.command !== 'string') return null;
  const { command, lang } = action;
  return { lang, command, answer: (core) => core.handle(command, { lang: languageOf(command, lang) }) };
}
