/**
 * In-memory DigestStore for tests and local mode. Two stores built on the same
 * `MemoryDigestData` behave like two connections to one database.
 */
import { CLAIM_LEASE_MS, SlotNotClaimedError, type DigestStore, type LastSent, type SentInfo, type SlotRecord } from './store.ts';
import { assertSubscription, type Subscription } from './subscription.ts';

/**
 * The shared state behind one or more memory stores.
 * @example const data = new MemoryDigestData(); // then new MemoryDigestStore(data) per "connection"
 */
export class MemoryDigestData {
  readonly subscriptions = new Map<string, Subscription>();
  readonly slots = new Map<string, SlotRecord>();
}

const key = (channel: string, day: string) => `${channel}\u0000${day}`;
const copy = <T>(value: T): T => structuredClone(value);

/**
 * A DigestStore held in memory.
 * @example
 * const data = new MemoryDigestData();
 * const a = new MemoryDigestStore(data), b = new MemoryDigestStore(data);
 * await a.claimSlot('C1', '2025-07-01', new Date()); // true
 * await b.claimSlot('C1', '2025-07-01', new Date()); // false
 */
export class MemoryDigestStore implements DigestStore {
  private closed = false;

  constructor(private readonly data: MemoryDigestData = new MemoryDigestData()) {}

  async subscribe(sub: Subscription): Promise<void> {
    assertSubscription(sub);
    this.open().data.subscriptions.set(sub.channel, copy(sub));
  }

  async unsubscribe(channel: string): Promise<boolean> {
    return this.open().data.subscriptions.delete(channel);
  }

  async getSubscription(channel: string): Promise<Subscription | undefined> {
    const sub = this.open().data.subscriptions.get(channel);
    return sub && copy(sub);
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return [...this.open().data.subscriptions.values()].sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0)).map(copy);
  }

  async claimSlot(channel: string, day: string, now: Date, leaseMs = CLAIM_LEASE_MS): Promise<boolean> {
    const slots = this.open().data.slots;
    const slot = slots.get(key(channel, day));
    const expired = slot?.status === 'claimed' && Date.parse(slot.claimedAt) <= now.getTime() - leaseMs;
    if (slot && slot.status !== 'failed' && !expired) return false;
    slots.set(key(channel, day), {
      channel,
      day,
      status: 'claimed',
      claimedAt: now.toISOString(),
      claims: (slot?.claims ?? 0) + 1,
    });
    return true;
  }

  async markSent(channel: string, day: string, info: SentInfo): Promise<void> {
    const slot = this.claimed(channel, day);
    slot.status = info.skipped ? 'skipped' : 'sent';
    slot.info = { sentAt: info.sentAt, articleIds: [...info.articleIds] };
    if (info.skipped) slot.info.skipped = true;
    if (info.ts !== undefined) slot.info.ts = info.ts;
  }

  async markFailed(channel: string, day: string, error: string, at: Date): Promise<void> {
    const slot = this.claimed(channel, day);
    Object.assign(slot, { status: 'failed', error, failedAt: at.toISOString() });
  }

  async getSlot(channel: string, day: string): Promise<SlotRecord | undefined> {
    const slot = this.open().data.slots.get(key(channel, day));
    return slot && copy(slot);
  }

  async lastSent(channel: string): Promise<LastSent | undefined> {
    let best: SlotRecord | undefined;
    for (const slot of this.open().data.slots.values()) {
      if (slot.channel !== channel || !slot.info) continue;
      if (slot.status !== 'sent' && slot.status !== 'skipped') continue;
      if (!best || slot.day > best.day) best = slot;
    }
    return best?.info && { day: best.day, ...copy(best.info) };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private open(): this {
    if (this.closed) throw new Error('digest store is closed');
    return this;
  }

  private claimed(channel: string, day: string): SlotRecord {
    const slot = this.open().data.slots.get(key(channel, day));
    if (slot?.status !== 'claimed') throw new SlotNotClaimedError(channel, day, slot?.status);
    return slot;
  }
}
