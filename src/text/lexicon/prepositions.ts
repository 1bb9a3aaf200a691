/**
 * German prepositions that open a phrase of their own ("gegen den Minister", "nach Gesprächen mit X"):
 * where a noun's genitive or "von" complement ends. Other modules still keep narrower lists of their
 * own (as-role.ts, coordinated.ts, descriptions.ts, speaker.ts, direct.ts, clauses.ts): those differ in members on
 * purpose or by history and are to be measured before they are merged into this one.
 */

/**
 * Every such preposition, lower case (a preposition is written lower case inside a sentence).
 * @example PREPOSITIONS.has("gegen") // true; PREPOSITIONS.has("der") // false
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set('an auf aus bei bis durch für gegen gegenüber hinter in laut mit nach neben ohne seit trotz über um unter von vor wegen zu zwischen'.split(' '));
