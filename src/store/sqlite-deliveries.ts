/**
 * The delivery log in the SQLite file beside the digests: shared by bot processes on one
 * machine that use the same DATA_DIR. Old keys are deleted now and then.
 */
import type Database from 'better-sqlite3';
import { DELIVERY_TTL_MS, type DeliveryLog } from './deliveries.ts';

/**
 * @example await new SqliteDeliveryLog(db).firstTime("event:Ev1", new Date()) // true, then false
 */
export class SqliteDeliveryLog implements DeliveryLog {
  private calls = 0;
  private readonly insert;
  private readonly prune;

  constructor(
    db: Database.Database,
    private readonly ttlMs = DELIVERY_TTL_MS,
  ) {
    this.insert = db.prepare(`INSERT INTO deliveries (key, seen_at) VALUES (?, ?)
      ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE deliveries.seen_at <= ?`);
    this.prune = db.prepare('DELETE FROM deliveries WHERE seen_at <= ?');
  }

  async firstTime(key: string, now: Date): Promise<boolean> {
    // ISO instants in UTC compare as text
    const expired = new Date(now.getTime() - this.ttlMs).toISOString();
    if (++this.calls % 500 === 0) this.prune.run(expired);
    return this.insert.run(key, now.toISOString(), expired).changes === 1;
  }
}
