/**
 * DigestStore on PostgreSQL, for several replicas sharing one database. A slot claim is one
 * `INSERT … ON CONFLICT DO UPDATE … WHERE` statement, which PostgreSQL decides under the row's
 * lock: exactly one replica wins, also when a lease runs out and two try to take over at once.
 * While the server cannot be reached every call throws a DigestDatabaseError (the runner logs it
 * once and tries again on the next tick, so due digests go out when the server is back).
 */
import type pg from 'pg';
import { messageOf, withoutPassword } from '../store/postgres.ts';
import { DigestDatabaseError } from './database-error.ts';
import { CLAIM_LEASE_MS, SlotNotClaimedError, type DigestStore, type LastSent, type SentInfo, type SlotRecord, type SlotStatus } from './store.ts';
import { assertSubscription, type Subscription, type SubscriptionKind } from './subscription.ts';

interface SubscriptionRow {
  channel: string;
  kind: SubscriptionKind;
  user: string | null;
  time: string;
  tz: string;
  skip_empty: boolean;
  created_at: string;
}

interface SlotRow {
  channel: string;
  day: string;
  status: SlotStatus;
  claimed_at: Date;
  claims: number;
  sent_at: string | null;
  article_ids: string[] | null;
  ts: string | null;
  error: string | null;
  failed_at: Date | null;
}

/**
 * A DigestStore on a pool from `openPostgres` (schema already migrated).
 * @example const store = new PostgresDigestStore(await openPostgres(url), url)
 */
export class PostgresDigestStore implements DigestStore {
  private readonly name: string;

  constructor(
    private readonly pool: pg.Pool,
    url: string,
    private readonly ownsPool = false,
  ) {
    this.name = withoutPassword(url);
  }

  async subscribe(sub: Subscription): Promise<void> {
    assertSubscription(sub);
    await this.query(
      `INSERT INTO digest_subscriptions (channel, kind, "user", time, tz, skip_empty, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (channel) DO UPDATE SET kind = excluded.kind, "user" = excluded."user", time = excluded.time,
        tz = excluded.tz, skip_empty = excluded.skip_empty, created_at = excluded.created_at`,
      [sub.channel, sub.kind, sub.user ?? null, sub.time, sub.tz, sub.skipEmpty, sub.createdAt],
    );
  }

  async unsubscribe(channel: string): Promise<boolean> {
    return (await this.query('DELETE FROM digest_subscriptions WHERE channel = $1', [channel])).rowCount === 1;
  }

  async getSubscription(channel: string): Promise<Subscription | undefined> {
    const { rows } = await this.query<SubscriptionRow>('SELECT * FROM digest_subscriptions WHERE channel = $1', [channel]);
    return rows[0] && toSubscription(rows[0]);
  }

  async listSubscriptions(): Promise<Subscription[]> {
    // byte order, as the other stores sort ("C1" < "C2" < "U42")
    const { rows } = await this.query<SubscriptionRow>('SELECT * FROM digest_subscriptions ORDER BY channel COLLATE "C"');
    return rows.map(toSubscription);
  }

  async claimSlot(channel: string, day: string, now: Date, leaseMs = CLAIM_LEASE_MS): Promise<boolean> {
    const result = await this.query(
      `INSERT INTO digest_sends (channel, day, status, claimed_at, claims) VALUES ($1, $2, 'claimed', $3, 1)
      ON CONFLICT (channel, day) DO UPDATE SET status = 'claimed', claimed_at = excluded.claimed_at,
        claims = digest_sends.claims + 1, error = NULL, failed_at = NULL
      WHERE digest_sends.status = 'failed' OR (digest_sends.status = 'claimed' AND digest_sends.claimed_at <= $4)`,
      [channel, day, now, new Date(now.getTime() - leaseMs)],
    );
    return result.rowCount === 1;
  }

  async markSent(channel: string, day: string, info: SentInfo): Promise<void> {
    const result = await this.query(
      `UPDATE digest_sends SET status = $3, sent_at = $4, article_ids = $5, ts = $6
      WHERE channel = $1 AND day = $2 AND status = 'claimed'`,
      [channel, day, info.skipped ? 'skipped' : 'sent', info.sentAt, JSON.stringify(info.articleIds), info.ts ?? null],
    );
    if (result.rowCount !== 1) throw new SlotNotClaimedError(channel, day, (await this.getSlot(channel, day))?.status);
  }

  async markFailed(channel: string, day: string, error: string, at: Date): Promise<void> {
    const result = await this.query(
      `UPDATE digest_sends SET status = 'failed', error = $3, failed_at = $4
      WHERE channel = $1 AND day = $2 AND status = 'claimed'`,
      [channel, day, error, at],
    );
    if (result.rowCount !== 1) throw new SlotNotClaimedError(channel, day, (await this.getSlot(channel, day))?.status);
  }

  async getSlot(channel: string, day: string): Promise<SlotRecord | undefined> {
    const { rows } = await this.query<SlotRow>('SELECT * FROM digest_sends WHERE channel = $1 AND day = $2', [channel, day]);
    return rows[0] && toSlot(rows[0]);
  }

  async lastSent(channel: string): Promise<LastSent | undefined> {
    const { rows } = await this.query<SlotRow>(
      `SELECT * FROM digest_sends WHERE channel = $1 AND status IN ('sent', 'skipped')
      ORDER BY day DESC LIMIT 1`,
      [channel],
    );
    const info = rows[0] && toSlot(rows[0]).info;
    return info && { day: rows[0]!.day, ...info };
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  /** Run a statement; a failure of the server (not of the statement's logic) names the server. */
  private async query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, values);
    } catch (error) {
      throw new DigestDatabaseError(this.name, 'other', messageOf(error));
    }
  }
}

function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = { channel: row.channel, kind: row.kind, time: row.time, tz: row.tz, skipEmpty: row.skip_empty, createdAt: row.created_at };
  if (row.user !== null) sub.user = row.user;
  return sub;
}

function toSlot(row: SlotRow): SlotRecord {
  const slot: SlotRecord = { channel: row.channel, day: row.day, status: row.status, claimedAt: row.claimed_at.toISOString(), claims: row.claims };
  if ((row.status === 'sent' || row.status === 'skipped') && row.sent_at !== null) {
    slot.info = { sentAt: row.sent_at, articleIds: row.article_ids ?? [] };
    if (row.status === 'skipped') slot.info.skipped = true;
    if (row.ts !== null) slot.info.ts = row.ts;
  }
  if (row.error !== null) slot.error = row.error;
  if (row.failed_at !== null) slot.failedAt = row.failed_at.toISOString();
  return slot;
}
