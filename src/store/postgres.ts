/**
 * The PostgreSQL connection the replicas share (`DATABASE_URL`): a small pool, the schema
 * migrated at start under an advisory lock (two replicas starting at once migrate once), and
 * errors that name the server without its password.
 */
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from './postgres-schema.ts';

/** Any lock id the bot alone uses: serialises migrations across replicas. */
const MIGRATION_LOCK = 7_354_201;

/** PostgreSQL cannot be used; the message names the server (never the password) and what to do. */
export class SharedDatabaseError extends Error {
  override name = 'SharedDatabaseError';
}

/**
 * `postgres://bot:secret@db:5432/korea` -> `postgres://bot@db:5432/korea`, for messages and logs.
 * @example withoutPassword("postgres://bot:secret@db/korea") // "postgres://bot@db/korea"
 */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (not a valid URL)';
  }
}

/** Pool options. */
export interface PostgresOptions {
  /** Give up connecting after this long, ms (default 5000). */
  connectTimeoutMs?: number;
  /** Connections per replica (default 5). */
  max?: number;
}

/**
 * Connect, check the server answers, and migrate the schema to the newest version.
 * @example const pool = await openPostgres(process.env.DATABASE_URL!)
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5, connectionTimeoutMillis: options.connectTimeoutMs ?? 5000, idleTimeoutMillis: 30_000 });
  // an idle connection the server drops (restart, network) must not become an uncaught error
  pool.on('error', () => {});
  try {
    await migrate(pool);
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new SharedDatabaseError(`PostgreSQL at ${withoutPassword(url)} cannot be used (${messageOf(error)}): check DATABASE_URL and that the server runs and accepts this user`);
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const version = rows[0]?.version ?? 0;
    if (version > POSTGRES_MIGRATIONS.length) throw new Error(`the database has schema version ${version}; this bot knows up to ${POSTGRES_MIGRATIONS.length}: run the newer bot`);
    for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) {
      await client.query(POSTGRES_MIGRATIONS[v]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * An error's message with PostgreSQL's code when there is one.
 * @example messageOf(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })) // "connect ECONNREFUSED 127.0.0.1:5432"
 */
export function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}
