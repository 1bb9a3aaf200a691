/**
 * DigestStore on SQLite (better-sqlite3), one file under DATA_DIR.
 * WAL mode so readers never block the writer, a busy timeout so two bot processes on one
 * file wait for each other instead of failing, and `BEGIN IMMEDIATE` around every write so a
 * slot claim is decided under the database's write lock.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { databaseErrorOf } from './database-error.ts';
import { MIGRATIONS } from './sqlite-schema.ts';
import { CLAIM_LEASE_MS, SlotNotClaimedError, type DigestStore, type LastSent, type SentInfo, type SlotRecord, type SlotStatus } from './store.ts';
import { assertSubscription, type Subscription, type SubscriptionKind } from './subscription.ts';

/** Options for {@link openSqliteDigestStore}. */
export interface SqliteStoreOptions {
  /** How long a write waits for another connection's lock before failing, ms (default 5000). */
  busyTimeoutMs?: number;
}

/**
 * The database file for a data directory.
 * @example digestDbFile('/var/lib/korea-bot') // '/var/lib/korea-bot/digest.sqlite'
 */
export function digestDbFile(dataDir: string): string {
  return join(dataDir, 'digest.sqlite');
}

/**
 * Open (creating the directory, file and schema as needed) a SQLite digest store. A file that is
 * damaged, a folder or not writable throws a DigestDatabaseError naming it and what to do.
 * @example const store = openSqliteDigestStore(digestDbFile(config.dataDir));
 */
export function openSqliteDigestStore(file: string, options: SqliteStoreOptions = {}): SqliteDigestStore {
  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (error) {
    throw databaseErrorOf(file, error);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, file);
    return new SqliteDigestStore(db, file);
  } catch (error) {
    db.close();
    throw databaseErrorOf(file, error);
  }
}

/** Apply the migrations newer than the file's `user_version`, under the write lock. */
function migrate(db: Database.Database, file: string): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new Error(`${file} has digest schema version ${version}; this bot knows up to ${MIGRATIONS.length} (run the newer bot, or move the file aside to start afresh)`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

interface SubscriptionRow {
  channel: string;
  kind: SubscriptionKind;
  user: string | null;
  time: string;
  tz: string;
  skip_empty: number;
  created_at: string;
}

interface SlotRow {
  channel: string;
  day: string;
  status: SlotStatus;
  claimed_at: string;
  claims: number;
  sent_at: string | null;
  article_ids: string | null;
  ts: string | null;
  error: string | null;
  failed_at: string | null;
}

/**
 * A DigestStore on an open better-sqlite3 connection (see {@link openSqliteDigestStore}). SQLite
 * failures of the file (damaged pages, no longer writable) throw a DigestDatabaseError naming it.
 */
export class SqliteDigestStore implements DigestStore {
  private readonly sql;

  constructor(
    readonly db: Database.Database,
    private readonly file = db.name,
  ) {
    this.sql = {
      upsertSub: db.prepare(`INSERT INTO subscriptions (channel, kind, user, time, tz, skip_empty, created_at)
        VALUES (@channel, @kind, @user, @time, @tz, @skip_empty, @created_at)
        ON CONFLICT (channel) DO UPDATE SET kind = excluded.kind, user = excluded.user, time = excluded.time,
          tz = excluded.tz, skip_empty = excluded.skip_empty, created_at = excluded.created_at`),
      deleteSub: db.prepare('DELETE FROM subscriptions WHERE channel = ?'),
      getSub: db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE channel = ?'),
      listSubs: db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY channel'),
      claim: db.prepare(`INSERT INTO sends (channel, day, status, claimed_at, claims) VALUES (?, ?, 'claimed', ?, 1)
        ON CONFLICT (channel, day) DO UPDATE SET status = 'claimed', claimed_at = excluded.claimed_at,
          claims = sends.claims + 1, error = NULL, failed_at = NULL
        WHERE sends.status = 'failed' OR (sends.status = 'claimed' AND sends.claimed_at <= ?)`),
      sent: db.prepare(`UPDATE sends SET status = @status, sent_at = @sent_at, article_ids = @article_ids, ts = @ts
        WHERE channel = @channel AND day = @day AND status = 'claimed'`),
      failed: db.prepare(`UPDATE sends SET status = 'failed', error = ?, failed_at = ?
        WHERE channel = ? AND day = ? AND status = 'claimed'`),
      getSlot: db.prepare<[string, string], SlotRow>('SELECT * FROM sends WHERE channel = ? AND day = ?'),
      lastSent: db.prepare<[string], SlotRow>(`SELECT * FROM sends
        WHERE channel = ? AND status IN ('sent', 'skipped') ORDER BY day DESC LIMIT 1`),
    };
  }

  async subscribe(sub: Subscription): Promise<void> {
    assertSubscription(sub);
    this.guard(() =>
      this.sql.upsertSub.run({
        channel: sub.channel,
        kind: sub.kind,
        user: sub.user ?? null,
        time: sub.time,
        tz: sub.tz,
        skip_empty: sub.skipEmpty ? 1 : 0,
        created_at: sub.createdAt,
      }),
    );
  }

  async unsubscribe(channel: string): Promise<boolean> {
    return this.guard(() => this.sql.deleteSub.run(channel).changes > 0);
  }

  async getSubscription(channel: string): Promise<Subscription | undefined> {
    const row = this.guard(() => this.sql.getSub.get(channel));
    return row && toSubscription(row);
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return this.guard(() => this.sql.listSubs.all()).map(toSubscription);
  }

  async claimSlot(channel: string, day: string, now: Date, leaseMs = CLAIM_LEASE_MS): Promise<boolean> {
    // ISO instants in UTC compare as text: "…T06:00:00.000Z" <= "…T06:10:00.000Z"
    const expiredBefore = new Date(now.getTime() - leaseMs).toISOString();
    const claim = this.db.transaction(() => this.sql.claim.run(channel, day, now.toISOString(), expiredBefore).changes === 1);
    return this.guard(() => claim.immediate());
  }

  async markSent(channel: string, day: string, info: SentInfo): Promise<void> {
    this.finish(
      channel,
      day,
      () =>
        this.sql.sent.run({
          channel,
          day,
          status: info.skipped ? 'skipped' : 'sent',
          sent_at: info.sentAt,
          article_ids: JSON.stringify(info.articleIds),
          ts: info.ts ?? null,
        }).changes,
    );
  }

  async markFailed(channel: string, day: string, error: string, at: Date): Promise<void> {
    this.finish(channel, day, () => this.sql.failed.run(error, at.toISOString(), channel, day).changes);
  }

  async getSlot(channel: string, day: string): Promise<SlotRecord | undefined> {
    const row = this.guard(() => this.sql.getSlot.get(channel, day));
    return row && toSlot(row);
  }

  async lastSent(channel: string): Promise<LastSent | undefined> {
    const row = this.guard(() => this.sql.lastSent.get(channel));
    const info = row && toSlot(row).info;
    return info && { day: row.day, ...info };
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** Run an update of a claimed slot; throw if no claimed slot was changed. */
  private finish(channel: string, day: string, update: () => number): void {
    this.guard(() =>
      this.db
        .transaction(() => {
          if (update() === 1) return;
          throw new SlotNotClaimedError(channel, day, this.sql.getSlot.get(channel, day)?.status);
        })
        .immediate(),
    );
  }

  /** Run a statement; a SQLite failure of the file becomes a DigestDatabaseError naming it. */
  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw databaseErrorOf(this.file, error, 'use');
    }
  }
}

function toSubscription(row: SubscriptionRow): Subscription {
  const sub: Subscription = {
    channel: row.channel,
    kind: row.kind,
    time: row.time,
    tz: row.tz,
    skipEmpty: row.skip_empty === 1,
    createdAt: row.created_at,
  };
  if (row.user !== null) sub.user = row.user;
  return sub;
}

function toSlot(row: SlotRow): SlotRecord {
  const slot: SlotRecord = {
    channel: row.channel,
    day: row.day,
    status: row.status,
    claimedAt: row.claimed_at,
    claims: row.claims,
  };
  if ((row.status === 'sent' || row.status === 'skipped') && row.sent_at !== null) {
    slot.info = { sentAt: row.sent_at, articleIds: JSON.parse(row.article_ids ?? '[]') as string[] };
    if (row.status === 'skipped') slot.info.skipped = true;
    if (row.ts !== null) slot.info.ts = row.ts;
  }
  if (row.error !== null) slot.error = row.error;
  if (row.failed_at !== null) slot.failedAt = row.failed_at;
  return slot;
}
