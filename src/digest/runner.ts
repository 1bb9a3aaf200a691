/**
 * The digest runner: every minute, for every subscription whose slot is due, claim the slot,
 * build and post the digest, and record the outcome. The claim makes it at most once per
 * channel per local day, across restarts and across processes sharing the store.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { Cron } from 'croner';
import type { Digest } from './content.ts';
import { DigestDatabaseError } from './database-error.ts';
import { describeError } from './errors.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy, type Sleep } from './retry.ts';
import { dueSlot } from './schedule.ts';
import { CLAIM_LEASE_MS, type DigestStore, type LastSent } from './store.ts';
import type { Subscription } from './subscription.ts';

/** Console-compatible (and Bolt-Logger-compatible) logging. */
export interface DigestLog {
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** What a successful post may report back (the parent message's `ts`). */
export type PostResult = void | { ts?: string };

/** Everything the runner needs, injected. */
export interface DigestRunnerDeps {
  store: DigestStore;
  clock: () => Date;
  /** Deliver one digest to `sub.channel` (a user id for `kind: 'dm'`); throw on failure. */
  post: (sub: Subscription, digest: Digest) => Promise<PostResult>;
  /** The digest for `day`; `since` is the last sent/skipped slot of that channel, if any. */
  buildFor: (sub: Subscription, since: LastSent | null, day: string) => Digest | Promise<Digest>;
  log: DigestLog;
  /** Defaults to a real, abortable timer. */
  sleep?: Sleep;
  retry?: Partial<RetryPolicy>;
  /**
   * The `ts` of the day's digest when it is in the channel already, else undefined. Asked before
   * posting a slot that was claimed before (a failure or a claimer that died), so a digest that
   * did go out is recorded, not posted again. Absent: not asked.
   */
  alreadyPosted?: (sub: Subscription, day: string) => Promise<string | undefined>;
  /** Told about each due subscription's outcome (e.g. to count it). */
  onReport?: (report: TickReport) => void;
  /** Check for due digests this often, seconds dividing a minute (default 60). */
  checkEverySeconds?: number;
  /** A claim older than this may be taken over by another process (default CLAIM_LEASE_MS). */
  claimLeaseMs?: number;
  /** A slot that failed is retried after this long (default 15 min) … */
  failedRetryAfterMs?: number;
  /** … while it has been claimed fewer times than this that day (default 3). */
  maxClaimsPerDay?: number;
}

/** What one tick did for one due subscription. */
export interface TickReport {
  channel: string;
  day: string;
  /** `taken`: sent, skipped or in flight elsewhere; `held`: failed, waiting or out of tries. */
  outcome: 'sent' | 'skipped' | 'failed' | 'taken' | 'held';
  attempts?: number;
  error?: string;
}

/** Makes the report of one subscription's tick. */
type Reporter = (outcome: TickReport['outcome'], extra?: Partial<TickReport>) => TickReport;

const realSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal });

/**
 * Runs due digests. Call `tick()` yourself (tests) or `start()` to tick every minute. While the
 * database cannot be used (a DigestDatabaseError: damaged, not writable) the problem is logged
 * once, not every minute, due digests are reported failed, and the next tick that works says so.
 * @example
 * const runner = new DigestRunner({ store, clock: () => new Date(), post, buildFor, log: console });
 * runner.start();            // ticks now (catching up a digest missed earlier today), then every minute
 * await runner.stop();       // no timers left; waits for a tick in progress
 */
export class DigestRunner {
  private job: Cron | undefined;
  private running: Promise<TickReport[]> | undefined;
  private abort = new AbortController();
  private readonly retry: RetryPolicy;
  /** The database problem logged last, until a tick gets through without one. */
  private databaseProblem: string | undefined;
  private databaseFailedThisTick = false;

  constructor(private readonly deps: DigestRunnerDeps) {
    this.retry = { ...DEFAULT_RETRY, ...deps.retry };
  }

  /** Check every subscription once. A tick already in progress is joined, not doubled. */
  tick(): Promise<TickReport[]> {
    this.running ??= this.runAll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Tick now and then at the start of every minute (or every `checkEverySeconds`). Idempotent. */
  start(): void {
    if (this.job) return;
    if (this.abort.signal.aborted) this.abort = new AbortController();
    const every = this.deps.checkEverySeconds ?? 60;
    // "* * * * *" -> at the start of every minute; "*/10 * * * * *" -> every 10 s (seconds field first)
    const pattern = every >= 60 ? '* * * * *' : `*/${every} * * * * *`;
    this.job = new Cron(pattern, { protect: true }, () => this.safeTick());
    void this.safeTick();
  }

  /** Stop ticking, cut short any retry wait (that digest is recorded as failed), await the tick. */
  async stop(): Promise<void> {
    this.job?.stop();
    this.job = undefined;
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private async safeTick(): Promise<void> {
    try {
      await this.tick();
    } catch (error) {
      this.deps.log.error('digest tick failed', describeError(error));
    }
  }

  /**
   * The database problem that stops digests now (logged once), or undefined while it works.
   * @example runner.databaseFailure() // 'digest database data/digest.sqlite is damaged … : move it aside …'
   */
  databaseFailure(): string | undefined {
    return this.databaseProblem;
  }

  private async runAll(): Promise<TickReport[]> {
    const reports: TickReport[] = [];
    this.databaseFailedThisTick = false;
    try {
      for (const sub of await this.deps.store.listSubscriptions()) {
        if (this.abort.signal.aborted) break;
        try {
          const report = await this.runOne(sub);
          if (report) {
            reports.push(report);
            this.deps.onReport?.(report);
          }
        } catch (error) {
          if (!this.noteDatabaseError(error)) this.deps.log.error('digest run failed', { channel: sub.channel, error: describeError(error) });
        }
      }
    } catch (error) {
      if (!this.noteDatabaseError(error)) throw error;
    }
    if (!this.databaseFailedThisTick && this.databaseProblem) {
      this.databaseProblem = undefined;
      this.deps.log.info('digest database works again: digests are sent as scheduled');
    }
    return reports;
  }

  /**
   * Log a database problem once per outage (not again while it lasts, even when the driver's
   * message changes from "connection refused" to "terminated unexpectedly"); false for any other error.
   */
  private noteDatabaseError(error: unknown): boolean {
    if (!(error instanceof DigestDatabaseError)) return false;
    this.databaseFailedThisTick = true;
    if (this.databaseProblem === undefined) this.deps.log.error(`digests are not sent: ${error.message}`);
    this.databaseProblem = error.message;
    return true;
  }

  /** One subscription: nothing if not due, else claim, build, post and record. */
  private async runOne(sub: Subscription): Promise<TickReport | undefined> {
    const { store, clock } = this.deps;
    const now = clock();
    const last = (await store.lastSent(sub.channel)) ?? null;
    const day = dueSlot(now, sub, last?.day);
    if (!day) return undefined;
    const report: Reporter = (outcome, extra = {}) => ({ channel: sub.channel, day, outcome, ...extra });
    try {
      return await this.runDue(sub, day, last, now, report);
    } catch (error) {
      if (!this.noteDatabaseError(error)) throw error;
      return report('failed', { error: (error as Error).message });
    }
  }

  /** A due subscription: claim, build, post and record. */
  private async runDue(sub: Subscription, day: string, last: LastSent | null, now: Date, report: Reporter): Promise<TickReport> {
    const { store, clock } = this.deps;
    if (await this.held(sub.channel, day, now)) return report('held');
    if (!(await store.claimSlot(sub.channel, day, now, this.deps.claimLeaseMs ?? CLAIM_LEASE_MS))) return report('taken');
    let digest: Digest;
    try {
      digest = await this.deps.buildFor(sub, last, day);
    } catch (error) {
      return this.fail(sub, day, describeError(error), 0, report);
    }
    const articleIds = digest.articles.map((a) => a.citation.id);
    const posted = await this.postedBefore(sub, day);
    if (posted) {
      await store.markSent(sub.channel, day, { sentAt: clock().toISOString(), articleIds, ts: posted });
      this.deps.log.info('digest found in the channel, recorded as sent (not posted again)', { channel: sub.channel, day });
      return report('sent', { attempts: 0 });
    }
    if (digest.empty && sub.skipEmpty) {
      await store.markSent(sub.channel, day, { sentAt: clock().toISOString(), articleIds, skipped: true });
      this.deps.log.info('digest skipped (nothing new)', { channel: sub.channel, day });
      return report('skipped');
    }
    const result = await withRetry(
      () => this.deps.post(sub, digest),
      this.retry,
      this.deps.sleep ?? realSleep,
      this.abort.signal,
      (info) => this.deps.log.warn('digest post failed, retrying', { channel: sub.channel, day, ...info }),
    );
    if (!result.ok) return this.fail(sub, day, result.error, result.attempts, report);
    const ts = result.value?.ts;
    await store.markSent(sub.channel, day, { sentAt: clock().toISOString(), articleIds, ...(ts ? { ts } : {}) });
    this.deps.log.info('digest sent', { channel: sub.channel, day, attempts: result.attempts });
    return report('sent', { attempts: result.attempts });
  }

  /** The day's digest already in the channel, for a slot claimed before; undefined when unknown. */
  private async postedBefore(sub: Subscription, day: string): Promise<string | undefined> {
    if (!this.deps.alreadyPosted || ((await this.deps.store.getSlot(sub.channel, day))?.claims ?? 1) <= 1) return undefined;
    try {
      return await this.deps.alreadyPosted(sub, day);
    } catch (error) {
      this.deps.log.warn('could not look for an earlier digest in the channel; posting', { channel: sub.channel, day, error: describeError(error) });
      return undefined;
    }
  }

  /** Whether a failed slot must wait (cool-down) or has used up its claims for the day. */
  private async held(channel: string, day: string, now: Date): Promise<boolean> {
    const slot = await this.deps.store.getSlot(channel, day);
    if (slot?.status !== 'failed') return false;
    const cooldown = this.deps.failedRetryAfterMs ?? 15 * 60_000;
    const failedAt = Date.parse(slot.failedAt ?? slot.claimedAt);
    return slot.claims >= (this.deps.maxClaimsPerDay ?? 3) || now.getTime() - failedAt < cooldown;
  }

  private async fail(sub: Subscription, day: string, error: string, attempts: number, report: Reporter): Promise<TickReport> {
    await this.deps.store.markFailed(sub.channel, day, error, this.deps.clock());
    this.deps.log.error('digest failed', { channel: sub.channel, day, attempts, error });
    return report('failed', { attempts, error });
  }
}
