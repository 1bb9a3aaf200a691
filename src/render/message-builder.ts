/**
 * Builds a Slack message within Block Kit limits: every part is cut to its limit, and when the
 * message is full a note says how much was left out instead of Slack rejecting the message.
 */
import type { Block, ButtonElement, SlackMessage } from './block-types.ts';
import { BLOCK_LIMITS, truncate } from './limits.ts';

/**
 * Accumulates blocks while tracking the block count and total text.
 * @example new MessageBuilder("fallback").header("Titel").section("*fett*").build()
 */
export class MessageBuilder {
  private readonly blocks: Block[] = [];
  private textLength = 0;
  private omitted = 0;
  private trailer: Block | null = null;

  constructor(private readonly fallback: string) {}

  /** Room left for blocks, keeping two: the "not shown" note and a row of buttons. */
  private fits(blocks: number, chars: number): boolean {
    return this.omitted === 0 && this.blocks.length + blocks <= BLOCK_LIMITS.blocks - 2 && this.textLength + chars <= BLOCK_LIMITS.totalText;
  }

  private push(block: Block, chars: number): void {
    this.blocks.push(block);
    this.textLength += chars;
  }

  /** A header (plain text, cut to 150 characters; `<` `>` shown as ‹ › so nothing reads as a mention). */
  header(text: string): this {
    const plain = text.replace(/\s+/g, ' ').replace(/</g, '‹').replace(/>/g, '›').trim();
    const cut = truncate(plain || '…', BLOCK_LIMITS.headerText);
    if (this.fits(1, cut.length)) this.push({ type: 'header', text: { type: 'plain_text', text: cut, emoji: false } }, cut.length);
    return this;
  }

  /**
   * A group of blocks that belong together (an item and its citation): added whole or not at all.
   * Section texts must already be escaped mrkdwn.
   */
  item(sections: string[], context: string[] = [], accessory?: ButtonElement): boolean {
    const parts: Block[] = sections.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, BLOCK_LIMITS.sectionText), verbatim: true } }));
    if (accessory && parts[0]?.type === 'section') parts[0].accessory = fitButton(accessory);
    // more citations than a context block holds: the last element says how many are left out
    const shown = context.length > BLOCK_LIMITS.contextElements ? [...context.slice(0, BLOCK_LIMITS.contextElements - 1), `+${context.length - BLOCK_LIMITS.contextElements + 1}`] : context;
    const elements = shown.map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, BLOCK_LIMITS.contextText), verbatim: true }));
    if (elements.length > 0) parts.push({ type: 'context', elements });
    const chars = parts.reduce((sum, block) => sum + blockTextLength(block), 0);
    if (!this.fits(parts.length, chars)) {
      this.omitted++;
      return false;
    }
    for (const block of parts) this.push(block, blockTextLength(block));
    return true;
  }

  /** A single mrkdwn section. */
  section(text: string): this {
    this.item([text]);
    return this;
  }

  /** A row of buttons, always kept (it is reserved room, like the "not shown" note). */
  actions(buttons: ButtonElement[]): this {
    if (buttons.length > 0) this.trailer = { type: 'actions', elements: buttons.slice(0, BLOCK_LIMITS.actionsElements).map(fitButton) };
    return this;
  }

  /** A divider line. */
  divider(): this {
    if (this.fits(1, 0)) this.push({ type: 'divider' }, 0);
    return this;
  }

  /** Count items that were never offered because the caller already cut them. */
  skip(count: number): this {
    this.omitted += Math.max(0, count);
    return this;
  }

  /** The message, with a closing note when items were left out. */
  build(notShownLabel: (count: number) => string = (n) => `${n} more not shown.`): SlackMessage {
    const blocks = [...this.blocks];
    if (this.omitted > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notShownLabel(this.omitted), verbatim: true }] });
    if (this.trailer) blocks.push(this.trailer);
    return { text: truncate(this.fallback, BLOCK_LIMITS.fallbackText), blocks };
  }
}

/** Labels are cut to fit; values already fit (`fittedValue` in actions.ts keeps them decodable). */
function fitButton(button: ButtonElement): ButtonElement {
  return { ...button, text: { ...button.text, text: truncate(button.text.text, BLOCK_LIMITS.buttonText) }, value: button.value };
}

function blockTextLength(block: Block): number {
  switch (block.type) {
    case 'header':
    case 'section':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case 'divider':
    case 'actions':
      return 0;
  }
}
