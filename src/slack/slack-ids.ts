/**
 * Slack ids as they may appear in mrkdwn. Anything else from a request is text, never markup.
 */

// "U012AB3CD" / "W0G9QF9GT" (Enterprise Grid) / "B01" (bot) -> a user id; "U1> <!channel" is not
const USER_ID = /^[UWB][A-Z0-9]{1,30}$/;

/**
 * True for a Slack user (or bot) id that is safe to put between `<@` and `>`.
 * @example isSlackUserId("U012AB3CD") // true
 * @example isSlackUserId("U1> <!channel") // false
 */
export function isSlackUserId(id: unknown): id is string {
  return typeof id === 'string' && USER_ID.test(id);
}

/**
 * A user mention in mrkdwn, or a neutral word when the id is not a valid Slack user id.
 * @example userMention("U012AB3CD") // "<@U012AB3CD>"
 * @example userMention("U1> <!channel", "someone") // "someone"
 */
export function userMention(id: unknown, unknownUser: string): string {
  return isSlackUserId(id) ? `<@${id}>` : unknownUser;
}
