/**
 * What Slack would reject or what would do harm in a rendered message, as a list of problems:
 * a limit from `limits.ts` exceeded, a button value that no click can decode, or live markup
 * (`<!channel>`, a mention of something that is not a user id) that the bot never means to send.
 * Used by tests and the fuzz script; the renderers are built not to produce any of these.
 */
import { decodeAction, decodeFeedback } from './actions.ts';
import type { Block, ButtonElement, SlackMessage } from './block-types.ts';
import { BLOCK_LIMITS } from './limits.ts';

// "<!channel>" / "<!here|here>" / "<!subteam^S1>" -> a broadcast or group ping; "<@U1|x>" / "<#C1>" -> a mention or channel link
const LIVE_MARKUP = /<(?:![a-z]|@(?![UWB][A-Z0-9]+>)|#)/;

function buttonsOf(block: Block): ButtonElement[] {
  if (block.type === 'actions') return block.elements;
  if (block.type === 'section' && block.accessory) return [block.accessory];
  return [];
}

function textsOf(block: Block): string[] {
  if (block.type === 'header' || block.type === 'section') return [block.text.text];
  if (block.type === 'context') return block.elements.map((e) => e.text);
  return [];
}

function blockProblems(block: Block, index: number): string[] {
  const problems: string[] = [];
  if (block.type === 'header' && block.text.text.length > BLOCK_LIMITS.headerText) problems.push(`block ${index}: header over ${BLOCK_LIMITS.headerText} characters`);
  if (block.type === 'section' && block.text.text.length > BLOCK_LIMITS.sectionText) problems.push(`block ${index}: section over ${BLOCK_LIMITS.sectionText} characters`);
  if (block.type === 'context') {
    if (block.elements.length > BLOCK_LIMITS.contextElements) problems.push(`block ${index}: context with ${block.elements.length} elements`);
    if (block.elements.some((e) => e.text.length > BLOCK_LIMITS.contextText)) problems.push(`block ${index}: context text over ${BLOCK_LIMITS.contextText} characters`);
  }
  if (block.type === 'actions' && block.elements.length > BLOCK_LIMITS.actionsElements) problems.push(`block ${index}: ${block.elements.length} buttons`);
  for (const button of buttonsOf(block)) {
    if (button.text.text.length > BLOCK_LIMITS.buttonText) problems.push(`block ${index}: button label over ${BLOCK_LIMITS.buttonText} characters`);
    if (button.value.length > BLOCK_LIMITS.buttonValue) problems.push(`block ${index}: button value over ${BLOCK_LIMITS.buttonValue} characters`);
    if (!decodeAction(button.value) && !decodeFeedback(button.value)) problems.push(`block ${index}: button value ${button.action_id} does not decode`);
  }
  for (const text of textsOf(block)) if (text.length === 0) problems.push(`block ${index}: empty text`);
  return problems;
}

/**
 * Every problem of a message; an empty list when Slack accepts it and it pings nobody.
 * @example messageProblems({ text: "x", blocks: [{ type: "section", text: { type: "mrkdwn", text: "<!channel>" } }] }) // ["live markup in block 0: <!channel>"]
 */
export function messageProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (!message.text) problems.push('no fallback text');
  if (message.text.length > BLOCK_LIMITS.fallbackText) problems.push(`fallback text over ${BLOCK_LIMITS.fallbackText} characters`);
  if (message.blocks.length > BLOCK_LIMITS.blocks) problems.push(`${message.blocks.length} blocks`);
  if (LIVE_MARKUP.test(message.text)) problems.push('live markup in the fallback text');
  let total = 0;
  message.blocks.forEach((block, index) => {
    problems.push(...blockProblems(block, index));
    for (const text of textsOf(block)) {
      total += text.length;
      const live = LIVE_MARKUP.exec(text);
      if (live) problems.push(`live markup in block ${index}: ${text.slice(live.index, live.index + 12)}`);
    }
  });
  if (total > 12_000) problems.push(`${total} characters of text in all`);
  return problems;
}
