/**
 * PostgreSQL for tests: `TEST_DATABASE_URL` (set by test/with-postgres.sh, which `.ci/run` uses)
 * points at a throwaway server; each test gets a database of its own. Without it the PostgreSQL
 * suites are skipped with a note saying how to run them.
 */
import { execFileSync } from 'node:child_process';
import pg from 'pg';

/** The server for tests, or undefined when none is configured. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** For `describe(name, { skip: POSTGRES_SKIP }, …)`. */
export const POSTGRES_SKIP: string | false = TEST_DATABASE_URL ? false : 'no TEST_DATABASE_URL: run `test/with-postgres.sh npm test` for the PostgreSQL suites';

/** A new empty database on the test server. */
export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Create a database with a unique name; `drop()` removes it (closing other sessions on it).
 * @example const db = await freshDatabase(); … await db.drop()
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `korea_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** True when the test server can be stopped and started (test/with-postgres.sh says how). */
export const CAN_RESTART_POSTGRES = !!(process.env.TEST_PG_BIN && process.env.TEST_PG_DATA && process.env.TEST_PG_OPTS);

/**
 * Stop or start the test server with pg_ctl (as the user "postgres" when running as root).
 * @example pgCtl("stop"); … pgCtl("start")
 */
export function pgCtl(action: 'stop' | 'start'): void {
  const pgCtlPath = `${process.env.TEST_PG_BIN}/pg_ctl`;
  const args = ['-D', process.env.TEST_PG_DATA!, '-w', ...(action === 'stop' ? ['-m', 'fast', 'stop'] : ['-l', process.env.TEST_PG_LOG!, '-o', process.env.TEST_PG_OPTS!, 'start'])];
  const asRoot = process.getuid?.() === 0;
  execFileSync(asRoot ? 'runuser' : pgCtlPath, asRoot ? ['-u', 'postgres', '--', pgCtlPath, ...args] : args, { stdio: 'ignore' });
}
