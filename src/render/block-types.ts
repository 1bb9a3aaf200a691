/**
 * The few Block Kit shapes the bot sends, taken from @slack/types (type-only imports, so rendering
 * stays a pure module) and narrowed to what the renderers build: a section always has text, buttons
 * always carry a value, actions hold buttons only and context holds text only. Every `Block` is a
 * Slack `KnownBlock`, so a message goes to Bolt unchanged.
 */
import type { ActionsBlock as SlackActionsBlock, Button, ContextBlock as SlackContextBlock, DividerBlock, HeaderBlock, MrkdwnElement, PlainTextElement, SectionBlock as SlackSectionBlock } from '@slack/types';

export type { DividerBlock, HeaderBlock };

/**
 * mrkdwn or plain text object. In mrkdwn, `verbatim: true` stops Slack from turning bare URLs,
 * @channel or #channel into links and mentions.
 * @example const t: TextObject = { type: 'mrkdwn', text: '*Kim*', verbatim: true };
 */
export type TextObject = MrkdwnElement | PlainTextElement;

/**
 * A button; `value` carries what the action handler needs (at most 2000 characters).
 * @example const b: ButtonElement = { type: 'button', action_id: 'korea_more', text: { type: 'plain_text', text: 'Mehr' }, value: '…' };
 */
export type ButtonElement = Button & { action_id: string; value: string };

/** A section with text and at most one button beside it. @example { type: 'section', text: { type: 'mrkdwn', text: 'x' } } */
export type SectionBlock = Omit<SlackSectionBlock, 'text' | 'accessory'> & { text: TextObject; accessory?: ButtonElement };

/** A row of buttons. @example { type: 'actions', elements: [button] } */
export type ActionsBlock = Omit<SlackActionsBlock, 'elements'> & { elements: ButtonElement[] };

/** Small grey text lines. @example { type: 'context', elements: [{ type: 'mrkdwn', text: 'Quelle' }] } */
export type ContextBlock = Omit<SlackContextBlock, 'elements'> & { elements: TextObject[] };

/** Any block the bot sends. */
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A complete Slack message: blocks plus the notification/fallback text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
