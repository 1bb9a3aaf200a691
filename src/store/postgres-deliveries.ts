/**
 * The delivery log in PostgreSQL, shared by every replica: one `INSERT … ON CONFLICT` decides
 * which replica handles a delivery. Old keys are deleted now and then.
 */
import type pg from 'pg';
import { DELIVERY_TTL_MS, type DeliveryLog } from './deliveries.ts';

/**
 * @example await new PostgresDeliveryLog(pool).firstTime("event:Ev1", new Date()) // true on one replica only
 */
export class PostgresDeliveryLog implements DeliveryLog {
  private calls = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly ttlMs = DELIVERY_TTL_MS,
  ) {}

  async firstTime(key: string, now: Date): Promise<boolean> {
    const expired = new Date(now.getTime() - this.ttlMs);
    if (++this.calls % 500 === 0) await this.pool.query('DELETE FROM slack_deliveries WHERE seen_at <= $1', [expired]);
    const result = await this.pool.query(
      `INSERT INTO slack_deliveries (key, seen_at) VALUES ($1, $2)
      ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE slack_deliveries.seen_at <= $3`,
      [key, now, expired],
    );
    return result.rowCount === 1;
  }
}
