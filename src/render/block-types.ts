/**
 * The few Block Kit shapes the bot sends. Kept here (not imported from @slack/*) so rendering
 * stays a pure module; they are structurally compatible with Bolt's KnownBlock.
 */

/** mrkdwn or plain text object. */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
  /** mrkdwn only: true stops Slack from turning bare URLs, @channel or #channel into links and mentions. */
  verbatim?: boolean;
}

export interface HeaderBlock {
  type: 'header';
  text: { type: 'plain_text'; text: string; emoji?: boolean };
}

/** A button; `value` carries what the action handler needs (at most 2000 characters). */
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  value: string;
  style?: 'primary' | 'danger';
}

export interface SectionBlock {
  type: 'section';
  text: TextObject;
  accessory?: ButtonElement;
}

export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
}

/** Any block the bot sends. */
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A complete Slack message: blocks plus the notification/fallback text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
