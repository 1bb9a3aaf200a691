/**
 * Block Kit limits: the one place that knows what Slack rejects.
 * https://api.slack.com/reference/block-kit/blocks
 */
export const BLOCK_LIMITS = {
  /** Blocks per message. */
  blocks: 50,
  /** Characters of a section's text. */
  sectionText: 3000,
  /** Characters of a header's plain_text. */
  headerText: 150,
  /** Elements in a context block. */
  contextElements: 10,
  /** Characters of one context element's text. */
  contextText: 2000,
  /** Characters of the fallback `text` and of all block text together (Slack's soft cap is ~12k). */
  totalText: 11000,
  /** Elements in an actions block. */
  actionsElements: 25,
  /** Characters of a button's value. */
  buttonValue: 2000,
  /** Characters of a button's label. */
  buttonText: 75,
  /** Characters of the fallback notification text we send. */
  fallbackText: 3000,
} as const;

/**
 * Cut text to `max` characters, ending with an ellipsis when cut.
 * @example truncate("abcdef", 4) // "abc…"
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // never leave half an escape ("&am") or half a surrogate pair at the end
  cut = cut.replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}
