/**
 * Everything a Slack user can see in blocks (text fields), without button values, which Slack
 * never displays.
 */
export function visibleText(blocks: unknown): string {
  return JSON.stringify(blocks, (key, value) => (key === 'value' ? undefined : value));
}
