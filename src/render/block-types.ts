/**
 * The few Block Kit shapes the bot sends. Kept here (not imported from @slack/*) so rendering
 * stays a pure module; they are structurally compatible with Bolt's KnownBlock.
 */

/** mrkdwn or plain text object. */
export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface HeaderBlock {
  type: 'header';
  text: { type: 'plain_text'; text: string; emoji?: boolean };
}

export interface SectionBlock {
  type: 'section';
  text: TextObject;
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}

export interface DividerBlock {
  type: 'divider';
}

/** Any block the bot sends. */
export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock;

/** A complete Slack message: blocks plus the notification/fallback text. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}
