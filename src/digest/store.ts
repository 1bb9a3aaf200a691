/**
 * The digest store: subscriptions and the log of what was sent, behind one small interface.
 * Every implementation must pass test/digest/store-contract.ts.
 *
 * The send log has one slot per (channel, local day). A slot moves
 * `claimed -> sent | skipped | failed`, and `failed -> claimed` again (a retry the same day).
 * `claimSlot` is the only way into `claimed` and succeeds for exactly one caller, also across
 * processes sharing the store: that is what makes "at most once per channel per day" hold. A
 * claim older than its lease can be taken over (`claimed -> claimed`, claims + 1), so a process
 * killed between claiming and posting does not lose the day's digest; the runner then first
 * looks in the channel whether the digest went out after all.
 */
import type { Subscription } from './subscription.ts';

/**
 * How long a claim holds before another process may take the slot over: far longer than a post
 * takes, even with Slack's rate limits, so only a claimer that died gives its slot up.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/** Where a slot stands. `claimed` with no outcome means a post is in flight (or crashed). */
export type SlotStatus = 'claimed' | 'sent' | 'skipped' | 'failed';

/** What is recorded when a digest went out (or was deliberately skipped as empty). */
export interface SentInfo {
  /** ISO instant the post succeeded. */
  sentAt: string;
  /** Ids of the articles the digest listed as new (the next digest leaves them out). */
  articleIds: string[];
  /** `true`: nothing new and the subscription skips empty digests, so nothing was posted. */
  skipped?: boolean;
  /** Slack `ts` of the parent message, when the poster returns one. */
  ts?: string;
}

/** One slot of the send log. */
export interface SlotRecord {
  channel: string;
  /** Local day of the slot in the subscription's zone, `YYYY-MM-DD`. */
  day: string;
  status: SlotStatus;
  /** ISO instant of the latest claim. */
  claimedAt: string;
  /** How many times the slot was claimed (1 + retries after failure). */
  claims: number;
  /** Set when `sent` or `skipped`. */
  info?: SentInfo;
  /** Set when `failed`: the last error message and when it was recorded. */
  error?: string;
  failedAt?: string;
}

/** The latest successful (sent or skipped) slot of a channel. */
export interface LastSent extends SentInfo {
  day: string;
}

/**
 * Subscriptions and the send log.
 * @example
 * if (await store.claimSlot('C1', '2025-07-01', clock())) {
 *   try { await post(); await store.markSent('C1', '2025-07-01', { sentAt, articleIds }); }
 *   catch (e) { await store.markFailed('C1', '2025-07-01', String(e), clock()); }
 * }
 */
export interface DigestStore {
  /** Create or replace the subscription keyed by `sub.channel`. */
  subscribe(sub: Subscription): Promise<void>;
  /** Remove it; `false` if there was none. The send log stays (no resend after re-subscribing). */
  unsubscribe(channel: string): Promise<boolean>;
  getSubscription(channel: string): Promise<Subscription | undefined>;
  /** All subscriptions, ordered by channel. */
  listSubscriptions(): Promise<Subscription[]>;
  /**
   * Atomically take the (channel, day) slot: `true` if it was free, `failed`, or `claimed` at or
   * before `now - leaseMs` (its claimer crashed between claiming and recording an outcome);
   * `false` if it is `sent`, `skipped` or claimed within the lease (by anyone, in any process).
   */
  claimSlot(channel: string, day: string, now: Date, leaseMs?: number): Promise<boolean>;
  /** Record success of a claimed slot. Throws if the slot is not `claimed`. */
  markSent(channel: string, day: string, info: SentInfo): Promise<void>;
  /** Record failure of a claimed slot; it may be claimed again. Throws if not `claimed`. */
  markFailed(channel: string, day: string, error: string, at: Date): Promise<void>;
  /** The slot's record, if it was ever claimed. */
  getSlot(channel: string, day: string): Promise<SlotRecord | undefined>;
  /** The latest `sent` or `skipped` slot of the channel (latest day). */
  lastSent(channel: string): Promise<LastSent | undefined>;
  /** Release resources (database handle). Further calls fail. */
  close(): Promise<void>;
}

/**
 * Thrown by `markSent` / `markFailed` on a slot that is not currently claimed.
 * @example await store.markSent('C1', '2025-07-01', info) // throws if C1's 2025-07-01 slot is sent already
 */
export class SlotNotClaimedError extends Error {
  constructor(channel: string, day: string, status: SlotStatus | undefined) {
    super(`digest slot ${channel} ${day} is ${status ?? 'unclaimed'}, not claimed`);
    this.name = 'SlotNotClaimedError';
  }
}
