/**
 * What a digest subscription is. Shared by the schedule maths, the store and the runner.
 */

/** Where a digest goes: a channel, or one user's direct messages. */
export type SubscriptionKind = 'channel' | 'dm';

/**
 * One digest subscription, keyed by `channel`.
 * For `kind: 'dm'` the key is the user's id (`U…`): `chat.postMessage` with a user id as
 * `channel` delivers to that user's DM with the app, and one user has one DM subscription.
 * @example
 * const sub: Subscription = {
 *   channel: 'C0123', kind: 'channel', time: '08:00', tz: 'Europe/Berlin',
 *   skipEmpty: false, createdAt: '2025-03-01T09:12:00.000Z',
 * };
 */
export interface Subscription {
  /** Channel id (`C…`) for `channel`, the user id (`U…`) for `dm`. */
  channel: string;
  kind: SubscriptionKind;
  /** Who asked for a `dm` subscription (equals `channel` there); absent for channels. */
  user?: string;
  /** Local wall-clock time of the daily post, `HH:MM`, 24 h. */
  time: string;
  /** IANA time zone the time is read in, e.g. `Europe/Berlin`. */
  tz: string;
  /** When nothing is new: `true` posts nothing, `false` posts a one-line note. */
  skipEmpty: boolean;
  /** ISO instant of the (latest) `digest on`; a slot scheduled before it is never due. */
  createdAt: string;
}

/** `HH:MM`, 00:00-23:59. */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Hour and minute of a valid `HH:MM` time, or `undefined`.
 * @example parseTime('07:30') // { hour: 7, minute: 30 }
 * @example parseTime('25:99') // undefined
 */
export function parseTime(time: string): { hour: number; minute: number } | undefined {
  const m = TIME.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/**
 * Whether `tz` is an IANA time zone this runtime knows.
 * @example isTimeZone('Europe/Berlin') // true
 * @example isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Throw a TypeError naming every problem if `sub` is not a storable subscription.
 * @example assertSubscription({ ...sub, time: '25:99' }) // TypeError: time must be HH:MM …
 */
export function assertSubscription(sub: Subscription): void {
  const problems: string[] = [];
  if (!sub.channel) problems.push('channel is empty');
  if (sub.kind !== 'channel' && sub.kind !== 'dm') problems.push(`kind must be channel or dm, got "${sub.kind}"`);
  if (sub.kind === 'dm' && !sub.user) problems.push('a dm subscription needs its user');
  if (!parseTime(sub.time)) problems.push(`time must be HH:MM (00:00-23:59), got "${sub.time}"`);
  if (!isTimeZone(sub.tz)) problems.push(`unknown time zone "${sub.tz}"`);
  if (Number.isNaN(Date.parse(sub.createdAt))) problems.push(`createdAt is not an ISO instant: "${sub.createdAt}"`);
  if (problems.length) throw new TypeError(`invalid digest subscription: ${problems.join('; ')}`);
}
