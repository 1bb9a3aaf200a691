/**
 * Everything the bot's processes share, opened once at start: the digest store, the delivery
 * log, and feedback with per-user settings. SQLite in DATA_DIR by default (one machine), PostgreSQL when DATABASE_URL is set (several
 * replicas). A database that cannot be used stops the start with one line naming it.
 */
import type pg from 'pg';
import { PostgresDigestStore } from '../digest/postgres-store.ts';
import { digestDbFile, openSqliteDigestStore } from '../digest/sqlite-store.ts';
import type { DigestStore } from '../digest/store.ts';
import type { Logger } from '../log.ts';
import { FallbackDeliveryLog, type DeliveryLog } from './deliveries.ts';
import type { FeedbackStore } from './feedback.ts';
import { PostgresFeedbackStore } from './postgres-feedback.ts';
import { SqliteFeedbackStore } from './sqlite-feedback.ts';
import { openPostgres, withoutPassword } from './postgres.ts';
import { PostgresDeliveryLog } from './postgres-deliveries.ts';
import { SqliteDeliveryLog } from './sqlite-deliveries.ts';

/** The shared state of the bot's processes. */
export interface SharedState {
  digests: DigestStore;
  deliveries: DeliveryLog;
  feedback: FeedbackStore;
  /** Where it lives, for the start-up line (never a password). */
  where: string;
  /** For `/readyz`: whether the database answers now. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Open the shared state: PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`.
 * @example const shared = await openSharedState({ dataDir: "data" }, logger)
 */
export async function openSharedState(options: { databaseUrl?: string; dataDir: string }, logger: Logger): Promise<SharedState> {
  if (options.databaseUrl) return postgresState(options.databaseUrl, logger);
  const file = digestDbFile(options.dataDir);
  const digests = openSqliteDigestStore(file);
  return {
    digests,
    deliveries: new FallbackDeliveryLog(new SqliteDeliveryLog(digests.db), logger),
    feedback: new SqliteFeedbackStore(digests.db),
    where: `SQLite ${file}`,
    ping: async () => digests.db.open,
    close: () => digests.close(),
  };
}

async function postgresState(url: string, logger: Logger): Promise<SharedState> {
  const pool: pg.Pool = await openPostgres(url);
  return {
    digests: new PostgresDigestStore(pool, url),
    deliveries: new FallbackDeliveryLog(new PostgresDeliveryLog(pool), logger),
    feedback: new PostgresFeedbackStore(pool),
    where: `PostgreSQL ${withoutPassword(url)}`,
    ping: () =>
      pool.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  };
}
