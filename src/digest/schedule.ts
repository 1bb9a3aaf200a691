/**
 * Schedule maths for daily digests: pure functions of (now, subscription).
 * Time-zone rules come from croner and calendar/ (dayjs; both use the runtime's IANA data);
 * nothing here adds or subtracts offsets by hand; `localDay` is calendar's, re-exported. On a
 * spring-forward day a time inside the gap runs at the first valid minute after it (02:30 Europe/Berlin -> 03:00 CEST); on a fall-back day a
 * repeated time runs once, at its first occurrence.
 */
import { Cron } from 'croner';
import { localDay } from '../calendar/index.ts';
import { isTimeZone, parseTime, type Subscription } from './subscription.ts';

/** Widest UTC offset east (+14 h) plus one hour of slack, in ms. */
const EARLIEST_OFFSET_MS = 15 * 3600_000;

export { localDay };

/** A paused croner job firing daily at the subscription's local time (never started). */
function dailyJob(sub: Pick<Subscription, 'time' | 'tz'>): Cron {
  const time = parseTime(sub.time);
  if (!time) throw new RangeError(`digest time must be HH:MM (00:00-23:59), got "${sub.time}"`);
  if (!isTimeZone(sub.tz)) throw new RangeError(`unknown time zone "${sub.tz}"`);
  return new Cron(`${time.minute} ${time.hour} * * *`, { timezone: sub.tz, paused: true });
}

/**
 * The instant a subscription's digest is scheduled on a given local day.
 * @example slotTime('2025-03-30', { time: '02:30', tz: 'Europe/Berlin' })
 * // 2025-03-30T01:00:00.000Z (03:00 CEST: 02:30 does not exist that night)
 */
export function slotTime(day: string, sub: Pick<Subscription, 'time' | 'tz'>): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(midnightUtc)) {
    throw new RangeError(`day must be YYYY-MM-DD, got "${day}"`);
  }
  const job = dailyJob(sub);
  // Local midnight of `day` lies within [day 00:00Z - 14 h, day 00:00Z + 12 h]; three runs
  // from 15 h before midnight UTC always include the one on `day`.
  const runs = job.nextRuns(3, new Date(midnightUtc - EARLIEST_OFFSET_MS));
  const run = runs.find((r) => localDay(r, sub.tz) === day);
  if (!run) throw new Error(`no run of ${sub.time} ${sub.tz} on ${day}`);
  return run;
}

/**
 * The next instant after `now` (and not before the subscription existed) a digest goes out.
 * @example nextRun(new Date('2025-03-29T12:00:00Z'), sub0800Berlin)
 * // 2025-03-30T06:00:00.000Z (08:00 CEST, the first day of summer time)
 */
export function nextRun(now: Date, sub: Subscription): Date {
  const created = Date.parse(sub.createdAt);
  const from = Number.isNaN(created) || created <= now.getTime() ? now : new Date(created - 1);
  const run = dailyJob(sub).nextRun(from);
  if (!run) throw new Error(`no next run for ${sub.time} ${sub.tz}`);
  return run;
}

/**
 * The local day whose digest is due at `now`, or `null`.
 * Due means: today's (local) scheduled time has passed, the subscription existed then, and
 * nothing was sent for today yet. A slot missed earlier the same local day is still due
 * (the bot was down at 08:00 and is back at 10:00); a previous day's never is.
 * @example dueSlot(new Date('2025-03-30T08:15:00Z'), sub0800Berlin) // '2025-03-30'
 * @example dueSlot(new Date('2025-03-30T08:15:00Z'), sub0800Berlin, '2025-03-30') // null
 */
export function dueSlot(now: Date, sub: Subscription, lastSentDay?: string): string | null {
  const today = localDay(now, sub.tz);
  if (lastSentDay !== undefined && lastSentDay >= today) return null;
  const scheduled = slotTime(today, sub).getTime();
  if (scheduled > now.getTime()) return null;
  const created = Date.parse(sub.createdAt);
  if (!Number.isNaN(created) && scheduled < created) return null;
  return today;
}
