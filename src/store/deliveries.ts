/**
 * Slack delivers an event again when it thinks the bot did not answer in time (same `event_id`,
 * `X-Slack-Retry-Num`), and a retry can reach another replica. The delivery log remembers what
 * was handled, shared by all replicas when it lives in the database, so each is answered once.
 */
import type { Logger } from '../log.ts';

/** Remember keys for this long; Slack retries within minutes. */
export const DELIVERY_TTL_MS = 60 * 60_000;

/** Deliveries already handled. */
export interface DeliveryLog {
  /** True the first time a key is offered (or once it is older than the TTL); false for repeats. */
  firstTime(key: string, now: Date): Promise<boolean>;
}

/**
 * One process's memory: enough for a single replica.
 * @example await new MemoryDeliveryLog().firstTime("event:Ev1", new Date()) // true, then false
 */
export class MemoryDeliveryLog implements DeliveryLog {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = DELIVERY_TTL_MS,
  ) {}

  async firstTime(key: string, now: Date): Promise<boolean> {
    const at = this.seen.get(key);
    if (at !== undefined && at > now.getTime() - this.ttlMs) return false;
    this.seen.delete(key);
    this.seen.set(key, now.getTime());
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }
}

/**
 * The shared log, falling back to memory while the database cannot be used: answering a retry
 * twice is better than not answering. The switch is logged once each way.
 * @example const deliveries = new FallbackDeliveryLog(postgresLog, logger)
 */
export class FallbackDeliveryLog implements DeliveryLog {
  private readonly memory = new MemoryDeliveryLog();
  private failing = false;

  constructor(
    private readonly shared: DeliveryLog,
    private readonly logger: Logger,
  ) {}

  async firstTime(key: string, now: Date): Promise<boolean> {
    try {
      const first = await this.shared.firstTime(key, now);
      if (this.failing) this.logger.info('delivery log: the database works again; retries are recognised across replicas');
      this.failing = false;
      await this.memory.firstTime(key, now);
      return first;
    } catch (error) {
      if (!this.failing) this.logger.error(`delivery log: the database cannot be used (${error instanceof Error ? error.message : String(error)}); retries are recognised on this replica only until it is back`);
      this.failing = true;
      return this.memory.firstTime(key, now);
    }
  }
}
