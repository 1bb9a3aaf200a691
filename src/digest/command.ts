/**
 * Parsing the `digest` subcommands. Pure: text in, a discriminated union out; nothing is
 * stored here, and bad input never yields a subscription.
 */

/**
 * The default daily time for `digest on` / `digest me` without a time.
 * @example parseDigestCommand('digest on') // { action: 'on', time: DEFAULT_DIGEST_TIME }
 */
export const DEFAULT_DIGEST_TIME = '08:00';

/** A parsed `digest` command. `time` is always normalised to `HH:MM`. */
export type DigestCommand =
  | { action: 'preview' }
  | { action: 'on'; time: string; skipEmpty: boolean }
  | { action: 'off' }
  | { action: 'status' }
  | { action: 'me'; time: string; skipEmpty: boolean }
  | { action: 'me-off' }
  | DigestCommandError;

/** Why a `digest` command was rejected (the renderers word it in the user's language). */
export interface DigestCommandError {
  action: 'error';
  reason: 'bad-time' | 'unknown-subcommand' | 'too-many-arguments';
  /** The offending word(s), as typed. */
  input: string;
}

// "07:30" / "7:30" / "7.30" -> 07:30
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
// "7" / "07" -> 07:00 (whole hour)
const HOUR = /^(\d{1,2})$/;

/**
 * `HH:MM` for a time of day as users type it, or `undefined` if it is not one.
 * @example parseClock('7:30') // '07:30'
 * @example parseClock('25:99') // undefined
 */
export function parseClock(text: string): string | undefined {
  const clock = CLOCK.exec(text) ?? HOUR.exec(text);
  if (!clock) return undefined;
  const hour = Number(clock[1]);
  const minute = Number(clock[2] ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Parse text starting with `digest`; `null` if it is not a digest command at all.
 * @example parseDigestCommand('digest on 7:30') // { action: 'on', time: '07:30' }
 * @example parseDigestCommand('digest on 25:99') // { action: 'error', reason: 'bad-time', … }
 * @example parseDigestCommand('timeline 2020') // null
 */
export function parseDigestCommand(text: string): DigestCommand | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words[0]?.toLowerCase() !== 'digest') return null;
  const [sub, ...rest] = words.slice(1);
  if (sub === undefined) return { action: 'preview' };
  const name = sub.toLowerCase();
  switch (name) {
    case 'off':
    case 'status':
      return rest.length ? tooMany(rest) : { action: name };
    case 'on':
      return withTime(name, rest);
    case 'me':
      if (rest.length === 1 && rest[0]!.toLowerCase() === 'off') return { action: 'me-off' };
      return withTime(name, rest);
    default:
      return error('unknown-subcommand', sub);
  }
}

// "leise" / "quiet" / "skip": post nothing on a day without new articles
const QUIET = /^(leise|still|quiet|skip)$/i;

/** `on` / `me` with an optional time and an optional "leise". */
function withTime(action: 'on' | 'me', input: string[]): DigestCommand {
  const skipEmpty = input.some((w) => QUIET.test(w));
  const words = input.filter((w) => !QUIET.test(w));
  // "07:30 Uhr" -> 07:30
  const rest = words.length === 2 && words[1]!.toLowerCase() === 'uhr' ? words.slice(0, 1) : words;
  if (rest.length > 1) return tooMany(rest);
  if (rest.length === 0) return { action, time: DEFAULT_DIGEST_TIME, skipEmpty };
  const time = parseClock(rest[0]!);
  if (!time) return error('bad-time', rest[0]!);
  return { action, time, skipEmpty };
}

function tooMany(rest: string[]): DigestCommandError {
  return error('too-many-arguments', rest.join(' '));
}

function error(reason: DigestCommandError['reason'], input: string): DigestCommandError {
  return { action: 'error', reason, input };
}
